import GDVizEngine
import GDVizScene

/// Arrows of a gradient field, one per grid cell, each drawn inside its own cell: a shaft and a
/// filled triangular head whose point is the arrow's tip. Arrows too short to show a head
/// (under 1.5 device units, where ∇f ≈ 0 in proportional mode) become a small dot.
package struct GradientFieldLayer: FigureLayer {
    package var arrows: [GradientArrow]
    package var color: Color
    /// The legend text, or nil for no entry.
    package var label: String?
    package var lineWidth: Double

    package init(arrows: [GradientArrow], color: Color, label: String?, lineWidth: Double = 1.3) {
        self.arrows = arrows
        self.color = color
        self.label = label
        self.lineWidth = lineWidth
    }

    /// The pieces of one arrow in device units.
    struct Geometry: Equatable {
        /// From the tail to just inside the head.
        var shaft: [Point2]
        /// Tip, then the two back corners.
        var head: [Point2]
    }

    /// The arrow from `tail` to `tip` (device units) with a head of up to 8 units long and
    /// 0.8 of that wide, at most 40 % of the arrow; the head shrinks further until its corners
    /// lie inside `cell` (the tip is inside, so it always fits eventually). Nil below 1.5 units.
    static func geometry(tail: Point2, tip: Point2, cell: DeviceRect) -> Geometry? {
        let d = tip - tail
        let length = d.norm
        guard length.isFinite, length >= 1.5 else { return nil }
        let u = (1 / length) * d, n = Point2(-u.y, u.x)
        var head = min(8, 0.4 * length)
        var corners: [Point2] = []
        for _ in 0..<30 {
            let base = tip - head * u
            corners = [base + (0.4 * head) * n, base - (0.4 * head) * n]
            if corners.allSatisfy(cell.contains) { break }
            head *= 0.8
        }
        return Geometry(shaft: [tail, tip - (0.7 * head) * u], head: [tip] + corners)
    }

    static func deviceCell(_ cell: Domain, _ transform: PlotTransform) -> DeviceRect {
        let a = transform.device(Point2(cell.xMin, cell.yMax)), b = transform.device(Point2(cell.xMax, cell.yMin))
        return DeviceRect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(b.x - a.x), height: abs(b.y - a.y))
    }

    package func draw(in context: PlotContext) {
        let t = context.transform
        let shaftStyle = StrokeStyle(color: color, width: lineWidth, cap: .butt)
        for arrow in arrows {
            let tail = t.device(arrow.tail), tip = t.device(arrow.tip)
            guard tail.isFinite, tip.isFinite else { continue }
            guard let g = Self.geometry(tail: tail, tip: tip, cell: Self.deviceCell(arrow.cell, t)) else {
                context.canvas.fill(.circle(center: t.device(arrow.center), radius: 1.1), color: color)
                continue
            }
            context.canvas.stroke(.polyline(g.shaft), style: shaftStyle)
            context.canvas.fill(.polyline(g.head, closed: true), color: color)
        }
    }

    package var legendEntries: [LegendEntry] {
        guard let label, !label.isEmpty else { return [] }
        return [LegendEntry(label: label, key: .arrow(color))]
    }

    package func dataPoints(in context: PlotContext) -> [(point: Point2, weight: Double)] {
        arrows.map { (context.transform.device($0.center), 0.3) }
    }

    /// The arrows' shafts, weighted like streamlines: a field the legend and labels keep off
    /// where they can (a dense field sends an automatic legend outside the plot).
    package func inkLines(in context: PlotContext) -> [(line: [Point2], weight: Double)] {
        arrows.compactMap { arrow in
            let tail = context.transform.device(arrow.tail), tip = context.transform.device(arrow.tip)
            return tail.isFinite && tip.isFinite ? ([tail, tip], LineInk.flow) : nil
        }
    }

    /// The default legend text: `$-\nabla f$` (normalised) or, for proportional arrows with data
    /// units per unit of ‖∇f‖ equal to `scale`, `$-\nabla f$ (arrow $= -0.012\,\nabla f$)`: the
    /// arrow is that multiple of the gradient, in the axes' units.
    package static func defaultLabel(direction: FlowDirection, scale: Double?) -> String {
        let sign = direction == .descent ? "-" : ""
        guard let scale, scale.isFinite, scale > 0 else { return "$\(sign)\\nabla f$ (direction)" }
        let k = Colorbar.label(scale, neighbours: []).replacingOccurrences(of: "\u{2212}", with: "-")
        return "$\(sign)\\nabla f$ (arrow $= \(sign)\(k)\\,\\nabla f$)"
    }
}

extension GradientFieldLayerSpec.Evaluated: DrawableLayer {
    func figureLayer(_ context: FigureLayerContext) -> FigureLayer {
        let label = spec.label ?? GradientFieldLayer.defaultLabel(direction: spec.direction, scale: field.scale)
        return GradientFieldLayer(arrows: field.arrows,
                                  color: spec.color.map(Color.init).map(context.theme.legible)
                                      ?? context.theme.foreground,
                                  label: label.isEmpty ? nil : label)
    }
}
