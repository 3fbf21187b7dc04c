/// How long the arrows of a gradient field are.
package enum ArrowLength: String, Sendable, CaseIterable, Codable {
    /// Every arrow 0.8 grid spacings long: only the direction is shown.
    case normalized
    /// Length ∝ ‖∇f‖, the longest arrow 0.9 grid spacings.
    case proportional
}

/// One arrow of a gradient field, centred in its grid cell.
package struct GradientArrow: Sendable, Equatable {
    /// The grid cell the arrow belongs to; the arrow lies inside it.
    package var cell: Domain
    /// The cell's centre, where ∇f is evaluated and the arrow's midpoint lies.
    package var center: Point2
    /// ∇f(center), exact.
    package var gradient: Point2
    /// The arrow as a displacement in data units, from `tail` to `tip`.
    package var vector: Point2

    package var tail: Point2 { center - 0.5 * vector }
    package var tip: Point2 { center + 0.5 * vector }
}

/// ∇f (or −∇f) sampled at the centres of a grid of cells, as arrows that fit in their cells.
///
/// Grid. The longer side of the domain is cut into `grid` cells; the shorter side into as many
/// as keep the cells closest to square, `max(1, round(grid · short/long))`. The **grid spacing**
/// is h = min(cell width, cell height), in data units.
///
/// Arrows. With s = −1 for descent and +1 for ascent, the arrow at cell centre c is the vector
///
///     normalized:     v = s · 0.8 h · ∇f(c) / ‖∇f(c)‖          (every ‖v‖ = 0.8 h)
///     proportional:   v = s · k · ∇f(c),   k = 0.9 h / max_c ‖∇f(c)‖
///
/// drawn from c − v/2 to c + v/2. Since ‖v‖ ≤ 0.9 h, each arrow stays within 0.45 h of its
/// centre and so inside its own cell: arrows never overlap. In proportional mode `scale` = k is
/// the unit: an arrow of length L data units stands for ‖∇f‖ = L / k, and the arrow is exactly
/// the gradient-descent step −k∇f (the step of GD with learning rate k).
///
/// Cells where ∇f is not finite get no arrow. Where ‖∇f‖ ≤ 10⁻⁹ of the largest ‖∇f‖ in the field
/// (a stationary point at the centre, up to rounding) the arrow has length 0: its direction would
/// be rounding noise.
package struct GradientField: Sendable, Equatable {
    package var arrows: [GradientArrow]
    package var columns: Int
    package var rows: Int
    /// h: the smaller side of a cell, data units.
    package var spacing: Double
    /// Proportional arrows: data units of arrow length per unit of ‖∇f‖ (k above). Normalised: nil.
    package var scale: Double?
    package var direction: FlowDirection
    package var length: ArrowLength

    /// Ratio of the normalised arrow length to the grid spacing.
    package static let normalizedLength = 0.8
    /// Ratio of the longest proportional arrow to the grid spacing.
    package static let proportionalMaximum = 0.9

    package static func sample(_ objective: Objective, in domain: Domain, grid: Int,
                              direction: FlowDirection = .descent, length: ArrowLength = .normalized) -> GradientField {
        let n = max(1, grid)
        let wide = domain.width >= domain.height
        let long = wide ? domain.width : domain.height, short = wide ? domain.height : domain.width
        let other = max(1, Int.checked((Double(n) * short / long).rounded()))
        let columns = wide ? n : other, rows = wide ? other : n
        let cellWidth = domain.width / Double(columns), cellHeight = domain.height / Double(rows)
        let h = min(cellWidth, cellHeight)

        var samples: [(cell: Domain, center: Point2, gradient: Point2)] = []
        for j in 0..<rows {
            for i in 0..<columns {
                let cell = Domain(xMin: domain.xMin + Double(i) * cellWidth, xMax: domain.xMin + Double(i + 1) * cellWidth,
                                  yMin: domain.yMin + Double(j) * cellHeight, yMax: domain.yMin + Double(j + 1) * cellHeight)
                let center = Point2((cell.xMin + cell.xMax) / 2, (cell.yMin + cell.yMax) / 2)
                let g = objective.gradient(at: center)
                if g.isFinite { samples.append((cell, center, g)) }
            }
        }
        let s = direction.sign
        let largest = samples.map(\.gradient.norm).max() ?? 0
        let negligible = 1e-9 * largest
        var scale: Double?
        let arrows: [GradientArrow]
        switch length {
        case .normalized:
            arrows = samples.map { cell, center, g in
                let norm = g.norm
                let v = norm > negligible ? (s * normalizedLength * h / norm) * g : .zero
                return GradientArrow(cell: cell, center: center, gradient: g, vector: v)
            }
        case .proportional:
            let k = largest > 0 ? proportionalMaximum * h / largest : 0
            scale = largest > 0 ? k : nil
            arrows = samples.map { cell, center, g in
                GradientArrow(cell: cell, center: center, gradient: g, vector: g.norm > negligible ? (s * k) * g : .zero)
            }
        }
        return GradientField(arrows: arrows, columns: columns, rows: rows, spacing: h, scale: scale,
                             direction: direction, length: length)
    }
}
