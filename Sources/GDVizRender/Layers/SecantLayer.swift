import GDVizEngine
import GDVizScene

/// The secant of a 1-D graph through (x₀, f(x₀)) and (x₀ + h, f(x₀ + h)), both points marked,
/// with the legs Δx = h and Δy = f(x₀ + h) − f(x₀) dashed. Its label goes in the legend; the legs'
/// labels beside them.
package struct SecantLayer: FigureLayer {
    package var from: Point2
    package var to: Point2
    /// The line across the domain, in data coordinates.
    package var line: [Point2]
    package var legs: Bool
    package var legLabels: [String]?
    package var label: String?
    package var color: Color

    package init(from: Point2, to: Point2, line: [Point2], legs: Bool, legLabels: [String]?, label: String?,
                color: Color) {
        self.from = from
        self.to = to
        self.line = line
        self.legs = legs
        self.legLabels = legLabels
        self.label = label
        self.color = color
    }

    package func draw(in context: PlotContext) {
        guard from.isFinite, to.isFinite, line.count == 2 else { return }
        let t = context.transform
        let a = t.device(line[0]), b = t.device(line[1])
        let p = t.device(from), q = t.device(to), corner = t.device(Point2(to.x, from.y))
        if legs {
            let dashed = StrokeStyle(color: color, width: 1.3, dash: [5, 4])
            context.canvas.stroke(.polyline([p, corner]), style: dashed)
            context.canvas.stroke(.polyline([corner, q]), style: dashed)
            if let legLabels, legLabels.count == 2 {
                // Δx on the side of the horizontal leg away from the secant, Δy outside the vertical leg.
                let below = q.y < corner.y ? Point2(0, 1) : Point2(0, -1)
                CalculusDrawing.label(legLabels[0], beside: 0.5 * (p + corner), direction: below, gap: 4,
                                      color: color, in: context)
                // Near the corner, where the region outside the triangle is usually free of lines.
                let outward = q.x > p.x ? Point2(1, 0) : Point2(-1, 0)
                CalculusDrawing.label(legLabels[1], beside: corner + 0.3 * (q - corner), direction: outward, gap: 5,
                                      color: color, in: context)
            }
        }
        context.canvas.stroke(.polyline([a, b]), style: style)
        CalculusDrawing.dot(on: context.canvas, at: p, color: color, theme: context.theme, radius: 4)
        CalculusDrawing.dot(on: context.canvas, at: q, color: color, theme: context.theme, radius: 4)
    }

    var style: StrokeStyle { StrokeStyle(color: color, width: 1.8, cap: .round) }

    package var legendEntries: [LegendEntry] {
        label.map { [LegendEntry(label: $0, key: .line(style, marker: .circle))] } ?? []
    }

    /// The secant and, when drawn, its two legs.
    package func inkLines(in context: PlotContext) -> [(line: [Point2], weight: Double)] {
        guard from.isFinite, to.isFinite, line.count == 2 else { return [] }
        let t = context.transform
        let p = t.device(from), q = t.device(to), corner = t.device(Point2(to.x, from.y))
        return [(line.map(t.device), LineInk.foreground)] + (legs ? [([p, corner, q], LineInk.foreground)] : [])
    }

    package func dataPoints(in context: PlotContext) -> [(point: Point2, weight: Double)] {
        guard line.count == 2 else { return [] }
        let a = context.transform.device(line[0]), b = context.transform.device(line[1])
        return (0...20).map { (a + (Double($0) / 20) * (b - a), 1.0) }
            + [(context.transform.device(from), 2.0), (context.transform.device(to), 2.0)]
    }
}

extension SecantLayerSpec.Evaluated: DrawableLayer {
    func figureLayer(_ context: FigureLayerContext) -> FigureLayer {
        SecantLayer(from: from, to: to, line: line, legs: spec.legs, legLabels: spec.legLabels,
                    label: spec.label, color: context.color(spec.color, default: 0xFF7F0E))
    }
}
