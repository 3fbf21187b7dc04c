#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GDVizEngine
import GDVizScene

/// Convergence curves: one polyline per run of a quantity (f(x_t), f(x_t) − f*, ‖∇f(x_t)‖)
/// against the step t. Points that a log axis cannot show (≤ 0) break the line.
package struct IterationCurvesLayer: FigureLayer {
    package struct Curve: Sendable {
        package var label: String
        package var color: Color
        package var points: [Point2]
        package var cue = RunCue.plain

        package init(label: String, color: Color, points: [Point2]) {
            self.label = label
            self.color = color
            self.points = points
        }
    }

    package var curves: [Curve]

    package init(curves: [Curve]) {
        self.curves = curves
    }

    /// Curves with at most this many points get a marker per iterate.
    static let markerLimit = 25

    package func draw(in context: PlotContext) {
        drawCurves(in: context, markers: curves.allSatisfy { $0.points.count <= Self.markerLimit })
    }

    func drawCurves(in context: PlotContext, markers: Bool) {
        for curve in curves {
            let device = curve.points.map(context.transform.device)
            var piece: [Point2] = []
            let style = StrokeStyle(color: curve.color, width: 1.8, dash: curve.cue.dash, join: .round)
            for p in device + [Point2(.nan, .nan)] {
                if p.isFinite {
                    piece.append(p)
                } else {
                    if piece.count >= 2 { context.canvas.stroke(.polyline(piece), style: style) }
                    piece = []
                }
            }
            // Markers only when every curve is short enough for them to read as steps.
            if markers {
                for p in device where p.isFinite {
                    curve.cue.marker.draw(on: context.canvas, at: p, radius: 2.4, fill: curve.color,
                                            edge: context.theme.background, edgeWidth: 0.6)
                }
            }
        }
    }

    package var legendEntries: [LegendEntry] {
        curves.map { LegendEntry(label: $0.label, key: .line(StrokeStyle(color: $0.color, width: 1.8, dash: $0.cue.dash),
                                                 marker: nil)) }
    }

    package func inkLines(in context: PlotContext) -> [(line: [Point2], weight: Double)] {
        curves.map { ($0.points.filter(\.isFinite).map(context.transform.device), LineInk.foreground) }
    }

    package func dataPoints(in context: PlotContext) -> [(point: Point2, weight: Double)] {
        curves.flatMap { $0.points.map { (context.transform.device($0), 1.0) } }.filter { $0.0.isFinite }
    }
}

extension IterationsPanelSpec.Evaluated: DrawablePanel {
    /// A convergence plot: t on x, the chosen quantity on y (log when asked), one curve per run.
    func panel(_ context: FigureLayerContext) -> Panel {
        let evaluated = context.evaluated, title = spec.title, quantity = spec.quantity, scale = spec.scale
        let yLog = scale != .linear, xLog = scale == .loglog
        let curves = series.map { item -> IterationCurvesLayer.Curve in
            var curve = IterationCurvesLayer.Curve(label: evaluated.runs[item.run].spec.label,
                                                   color: context.runColor(item.run), points: item.points)
            curve.cue = context.runCue(item.run)
            return curve
        }
        let all = curves.flatMap(\.points).filter { $0.isFinite && (!yLog || $0.y > 0) }
        let maxT = max(1, all.map(\.x).max() ?? 1)
        var yMin = all.map(\.y).min() ?? 0, yMax = all.map(\.y).max() ?? 1
        if yLog {
            yMin = pow(10, (log10(max(yMin, 1e-300))).rounded(.down))
            yMax = pow(10, (log10(max(yMax, yMin * 10))).rounded(.up))
        } else {
            let pad = 0.05 * max(yMax - yMin, 1e-12)
            yMin -= pad
            yMax += pad
        }
        if let range = spec.yRange {
            yMin = range[0]
            yMax = range[1]
        }
        let domain = Domain(xMin: xLog ? 1 : 0, xMax: xLog ? max(maxT, 10) : maxT, yMin: yMin, yMax: yMax)
        var yLabel: String
        switch quantity {
        case .value: yLabel = "$f(\\mathbf{x}_t)$"
        case .gap: yLabel = "$f(\\mathbf{x}_t) - f^\\star$"
        case .gradientNorm: yLabel = "$\\|\\nabla f(\\mathbf{x}_t)\\|$"
        case .stepSize: yLabel = "step size $\\alpha_t$"
        case .learningRate: yLabel = "learning rate $\\eta_t$"
        }
        if let label = spec.yLabel { yLabel = label }
        let bands = IterationBandLayer(bands: series.filter { !$0.lower.isEmpty }.map { item in
            IterationBandLayer.Band(steps: item.points.map(\.x), lower: item.lower, upper: item.upper,
                                    color: context.runColor(item.run))
        }, floor: yMin)
        let guides = ReferenceGuideLayer(guides: references.enumerated().map { index, guide in
            ReferenceGuideLayer.Guide(points: guide.points, label: guide.label,
                                      color: context.color(guide.reference.color, default: nil).withAlpha(0.75),
                                      dash: ReferenceGuideLayer.dashes[index % ReferenceGuideLayer.dashes.count])
        })
        var panel = Panel(domain: domain, title: title, xLabel: "step $t$", yLabel: yLabel, grid: true,
                          layers: [bands, IterationCurvesLayer(curves: curves), guides])
        panel.xLog = xLog
        panel.yLog = yLog
        panel.legend = legend
        return panel
    }
}
