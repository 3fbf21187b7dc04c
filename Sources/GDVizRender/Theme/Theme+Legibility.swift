/// Every colour that marks data goes through the theme, so it keeps WCAG's 3:1 non-text
/// contrast against the page in every theme (light, dark, print) — explicit scene colours too.
extension Theme {
    /// The contrast every drawn element keeps against the background (WCAG 2.1 SC 1.4.11).
    package static let minimumContrast = 3.0

    /// `color` adapted to this theme: unchanged if it already has 3:1 against the background,
    /// else darkened (light pages) or lightened (dark pages) just enough.
    package func legible(_ color: Color) -> Color {
        color.legible(on: background, minimum: Self.minimumContrast)
    }

    /// A default accent (tangent red, interval blue…): the colour in colour themes, the foreground
    /// in greyscale ones, adapted to the background either way.
    package func accent(_ hex: UInt32) -> Color {
        forcesGreyscale ? foreground : legible(Color(hex: hex))
    }

    /// Fill of critical-point markers (minimum, maximum, saddle).
    package var markerColor: Color { foreground }

    /// Fill of markers for points of lesser standing (degenerate critical points): half-way
    /// between foreground and background, then adapted so it stays visible.
    package var mutedMarkerColor: Color {
        let f = foreground, b = background
        return legible(Color((f.r + b.r) / 2, (f.g + b.g) / 2, (f.b + b.b) / 2))
    }

    /// The part of `range` of `scale` whose colours all keep 3:1 against the background: the
    /// longest run of passing samples (every 1/200). Sequential maps lose their end that is
    /// closest to the page (viridis' yellow on white, its purple on near-black). `nil` when no
    /// sample passes; callers then adapt each colour instead.
    package func legibleRange(of scale: ColorScale, within range: ClosedRange<Double> = 0...1) -> ClosedRange<Double>? {
        let samples = 200
        let ts = (0...samples).map { range.lowerBound + (range.upperBound - range.lowerBound) * Double($0) / Double(samples) }
        var best: (Int, Int)? = nil, start: Int? = nil
        for (i, t) in ts.enumerated() {
            let passes = scale.color(at: t).contrast(with: background) >= Self.minimumContrast
            if passes, start == nil { start = i }
            if let s = start, !passes || i == samples {
                let end = passes ? i : i - 1
                if best.map({ end - s > $0.1 - $0.0 }) ?? true { best = (s, end) }
                start = nil
            }
        }
        return best.map { ts[$0.0]...ts[$0.1] }
    }
}
