import GDVizEngine
import GDVizScene

/// A least-squares data panel's content: residual segments, the model curves (each run's in its
/// colour and dash, the optimum's in the foreground, dashed), and the data points on top.
struct DataFitLayer: FigureLayer {
    struct Curve {
        var samples: [Point2]
        var style: StrokeStyle
        var label: String
    }

    var data: [Point2]
    var curves: [Curve]
    var residuals: [(Point2, Point2)]
    var pointColor: Color
    var residualColor: Color
    var background: Color

    static let pointRadius = 3.6

    func draw(in context: PlotContext) {
        let residualStyle = StrokeStyle(color: residualColor, width: 1.2)
        for (from, to) in residuals where from.isFinite && to.isFinite {
            context.canvas.stroke(.polyline([from, to].map(context.transform.device)), style: residualStyle)
        }
        for curve in curves {
            var piece: [Point2] = []
            for p in curve.samples.map(context.transform.device) + [Point2(.nan, .nan)] {
                if p.isFinite { piece.append(p); continue }
                if piece.count >= 2 { context.canvas.stroke(.polyline(piece), style: curve.style) }
                piece = []
            }
        }
        for p in data {
            MarkerShape.circle.draw(on: context.canvas, at: context.transform.device(p), radius: Self.pointRadius,
                                    fill: pointColor, edge: background, edgeWidth: 0.8)
        }
    }

    var legendEntries: [LegendEntry] {
        [LegendEntry(label: "data", key: .marker(.circle, pointColor))]
            + curves.map { LegendEntry(label: $0.label, key: .line($0.style, marker: nil)) }
            + (residuals.isEmpty ? [] : [LegendEntry(label: "residuals", key: .line(StrokeStyle(color: residualColor, width: 1.2), marker: nil))])
    }

    func dataPoints(in context: PlotContext) -> [(point: Point2, weight: Double)] {
        data.map { (context.transform.device($0), 1.0) }
            + curves.flatMap { curve in stride(from: 0, to: curve.samples.count, by: 4).map { (context.transform.device(curve.samples[$0]), 0.5) } }
                .filter { $0.0.isFinite }
    }

    func labelObstacles(in context: PlotContext) -> [[Point2]] {
        data.map { [context.transform.device($0)] }
    }
}

extension DataPanelSpec.Evaluated: DrawablePanel {
    func panel(_ context: FigureLayerContext) -> Panel {
        let theme = context.theme
        let curves = fits.map { fit -> DataFitLayer.Curve in
            guard let run = fit.run else {
                return DataFitLayer.Curve(samples: fit.samples,
                                          style: StrokeStyle(color: theme.foreground, width: 1.6, dash: [6, 4], join: .round),
                                          label: "least-squares fit $\\theta^\\star$")
            }
            let style = StrokeStyle(color: context.runColor(run), width: 1.8, dash: context.runCue(run).dash, join: .round)
            return DataFitLayer.Curve(samples: fit.samples, style: style, label: context.evaluated.runs[run].spec.label)
        }
        let layer = DataFitLayer(data: data, curves: curves, residuals: residuals,
                                 pointColor: theme.legible(Color(hex: 0x555555)),
                                 residualColor: theme.legible(Color(hex: 0xD62728)),
                                 background: theme.background)
        var result = Panel(domain: domain, title: spec.title, xLabel: spec.xLabel, yLabel: spec.yLabel, grid: false,
                           layers: [layer])
        result.legend = legend
        return result
    }
}
