import GDVizEngine
import GDVizScene

/// The chord from (a, f(a)) to (b, f(b)) of a 1-D graph, both ends marked; above the graph
/// between a and b exactly when f is convex there.
package struct ChordLayer: FigureLayer {
    package var from: Point2
    package var to: Point2
    package var label: String?
    package var color: Color

    package init(from: Point2, to: Point2, label: String?, color: Color) {
        self.from = from
        self.to = to
        self.label = label
        self.color = color
    }

    package func draw(in context: PlotContext) {
        guard from.isFinite, to.isFinite else { return }
        let p = context.transform.device(from), q = context.transform.device(to)
        context.canvas.stroke(.polyline([p, q]), style: StrokeStyle(color: color, width: 2, cap: .round))
        CalculusDrawing.dot(on: context.canvas, at: p, color: color, theme: context.theme)
        CalculusDrawing.dot(on: context.canvas, at: q, color: color, theme: context.theme)
        if let label {
            CalculusDrawing.label(label, beside: 0.5 * (p + q), direction: CalculusDrawing.upwardNormal(p, q), gap: 6,
                                  color: color, in: context)
        }
    }

    package func inkLines(in context: PlotContext) -> [(line: [Point2], weight: Double)] {
        [([context.transform.device(from), context.transform.device(to)], LineInk.foreground)]
    }

    package func dataPoints(in context: PlotContext) -> [(point: Point2, weight: Double)] {
        let p = context.transform.device(from), q = context.transform.device(to)
        return (0...10).map { (p + (Double($0) / 10) * (q - p), 1.5) }
    }
}

extension ChordLayerSpec.Evaluated: DrawableLayer {
    func figureLayer(_ context: FigureLayerContext) -> FigureLayer {
        ChordLayer(from: from, to: to, label: spec.label, color: context.color(spec.color, default: 0xD62728))
    }
}
