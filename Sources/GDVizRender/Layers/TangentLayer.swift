import GDVizEngine
import GDVizScene

/// The tangent y = f(x₀) + f′(x₀)(x − x₀) of a 1-D graph, with the point of tangency marked.
/// Its label goes in the legend (lines fanning out from one point leave no room to label each).
package struct TangentLayer: FigureLayer {
    package var point: Point2
    package var slope: Double
    /// The drawn segment's ends, in data coordinates.
    package var line: [Point2]
    package var label: String?
    package var color: Color

    package init(point: Point2, slope: Double, line: [Point2], label: String?, color: Color) {
        self.point = point
        self.slope = slope
        self.line = line
        self.label = label
        self.color = color
    }

    var style: StrokeStyle { StrokeStyle(color: color, width: 2, cap: .round) }

    package func draw(in context: PlotContext) {
        guard point.isFinite, slope.isFinite, line.count == 2 else { return }
        let a = context.transform.device(line[0]), b = context.transform.device(line[1])
        context.canvas.stroke(.polyline([a, b]), style: style)
        CalculusDrawing.dot(on: context.canvas, at: context.transform.device(point), color: color, theme: context.theme)
    }

    package var legendEntries: [LegendEntry] {
        label.map { [LegendEntry(label: $0, key: .line(style, marker: .circle))] } ?? []
    }

    package func inkLines(in context: PlotContext) -> [(line: [Point2], weight: Double)] {
        line.count == 2 ? [(line.map(context.transform.device), LineInk.foreground)] : []
    }

    package func dataPoints(in context: PlotContext) -> [(point: Point2, weight: Double)] {
        guard line.count == 2 else { return [] }
        let a = context.transform.device(line[0]), b = context.transform.device(line[1])
        return (0...20).map { (a + (Double($0) / 20) * (b - a), 1.0) }
    }
}

extension TangentLayerSpec.Evaluated: DrawableLayer {
    func figureLayer(_ context: FigureLayerContext) -> FigureLayer {
        TangentLayer(point: point, slope: slope, line: line, label: spec.label,
                     color: context.color(spec.color, default: 0xD62728))
    }
}
