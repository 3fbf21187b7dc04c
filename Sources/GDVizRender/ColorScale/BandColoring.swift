import GDVizEngine

/// Values of f → bands between contour levels → colours.
///
/// With levels ℓ₀ < ℓ₁ < … < ℓₙ₋₁ there are n + 1 bands, closed at the top as in matplotlib's
/// `contourf`:
///
///     band 0 = (−∞, ℓ₀],   band k = (ℓₖ₋₁, ℓₖ] for 1 ≤ k ≤ n − 1,   band n = (ℓₙ₋₁, ∞)
///
/// so a value exactly on a level belongs to the band below it, −∞ to band 0 and +∞ to band n.
/// NaN belongs to no band (drawn transparent). With no levels there is one band.
package struct BandColoring: Sendable {
    /// Strictly increasing.
    package let levels: [Double]
    /// One colour per band: `levels.count + 1`.
    package let colors: [Color]

    package init(levels: [Double], colors: [Color]) {
        precondition(colors.count == levels.count + 1, "one colour per band")
        self.levels = levels
        self.colors = colors
    }

    package var bandCount: Int { colors.count }

    /// The band of `value`: how many levels lie strictly below it; nil for NaN.
    package func band(of value: Double) -> Int? {
        guard !value.isNaN else { return nil }
        var lo = 0, hi = levels.count  // first index with levels[index] >= value
        while lo < hi {
            let mid = (lo + hi) / 2
            if levels[mid] < value { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    package func color(of value: Double) -> Color? { band(of: value).map { colors[$0] } }

    /// Sequential colours by band index: band k of n + 1 takes the scale at
    /// `t₀ + (t₁ − t₀)·k/n`, so neighbouring bands differ by equal steps whatever the level spacing
    /// (log-spaced levels get as many distinct colours as linear ones).
    package static func sequential(levels: [Double], scale: ColorScale, range: ClosedRange<Double> = 0...1) -> BandColoring {
        let n = levels.count
        let colors = (0...n).map { k -> Color in
            let f = n == 0 ? 0.5 : Double(k) / Double(n)
            return scale.color(at: range.lowerBound + f * (range.upperBound - range.lowerBound))
        }
        return BandColoring(levels: levels, colors: colors)
    }

    /// Diverging colours by value, centred on `center`: band k is represented by the midpoint m of
    /// its interval (the outer bands end at the data's `range`) and coloured at
    ///
    ///     t = ½ + ½ · (m − center) / R,    R = the largest |v − center| over the range and the levels,
    ///
    /// so equal distances from the centre get equally strong colours on both sides, and the band
    /// that has `center` strictly inside it is exactly the neutral middle colour. When `center`
    /// is itself a level, the two bands beside it are the palest blue and red.
    package static func diverging(levels: [Double], center: Double, range: ClosedRange<Double>?,
                                 scale: ColorScale = .diverging) -> BandColoring {
        let n = levels.count
        let low = min(range?.lowerBound ?? levels.first ?? center, levels.first ?? .infinity)
        let high = max(range?.upperBound ?? levels.last ?? center, levels.last ?? -.infinity)
        let reach = max(abs(high - center), abs(low - center))
        let colors = (0...n).map { k -> Color in
            let a = k == 0 ? low : levels[k - 1]
            let b = k == n ? high : levels[k]
            if a < center && center < b { return scale.color(at: 0.5) }
            guard reach > 0, reach.isFinite else { return scale.color(at: 0.5) }
            return scale.color(at: 0.5 + 0.5 * ((a + b) / 2 - center) / reach)
        }
        return BandColoring(levels: levels, colors: colors)
    }
}

extension ScalarGrid {
    /// f at `p` by bilinear interpolation of the four surrounding samples (inside the grid cell,
    /// the same surface marching squares contours, so bands meet contour lines). If one of them is
    /// not finite, the nearest sample instead (NaN regions stay NaN, +∞ stays +∞). Points outside
    /// the domain take the value at the nearest edge.
    func interpolated(at p: Point2) -> Double {
        let fx = (p.x - domain.xMin) / domain.width * Double(columns - 1)
        let fy = (p.y - domain.yMin) / domain.height * Double(rows - 1)
        guard fx.isFinite, fy.isFinite else { return .nan }
        let i = min(max(Int.checked(fx.rounded(.down)), 0), columns - 2)
        let j = min(max(Int.checked(fy.rounded(.down)), 0), rows - 2)
        let tx = min(max(fx - Double(i), 0), 1), ty = min(max(fy - Double(j), 0), 1)
        let v00 = self[i, j], v10 = self[i + 1, j], v01 = self[i, j + 1], v11 = self[i + 1, j + 1]
        if v00.isFinite && v10.isFinite && v01.isFinite && v11.isFinite {
            return (1 - ty) * ((1 - tx) * v00 + tx * v10) + ty * ((1 - tx) * v01 + tx * v11)
        }
        return self[tx < 0.5 ? i : i + 1, ty < 0.5 ? j : j + 1]
    }
}
