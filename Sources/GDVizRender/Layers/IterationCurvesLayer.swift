import GDVizEngine

/// Convergence curves: one polyline per run of a quantity (f(x_t), f(x_t) − f*, ‖∇f(x_t)‖)
/// against the step t. Points that a log axis cannot show (≤ 0) break the line.
public struct IterationCurvesLayer: FigureLayer {
    public struct Curve: Sendable {
        public var label: String
        public var color: Color
        public var points: [Point2]

        public init(label: String, color: Color, points: [Point2]) {
            self.label = label
            self.color = color
            self.points = points
        }
    }

    public var curves: [Curve]

    public init(curves: [Curve]) {
        self.curves = curves
    }

    /// Curves with at most this many points get a marker per iterate.
    static let markerLimit = 25

    public func draw(in context: PlotContext) {
        drawCurves(in: context, markers: curves.allSatisfy { $0.points.count <= Self.markerLimit })
    }

    func drawCurves(in context: PlotContext, markers: Bool) {
        for curve in curves {
            let device = curve.points.map(context.transform.device)
            var piece: [Point2] = []
            let style = StrokeStyle(color: curve.color, width: 1.8, join: .round)
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
                    MarkerShape.circle.draw(on: context.canvas, at: p, radius: 2.4, fill: curve.color,
                                            edge: context.theme.background, edgeWidth: 0.6)
                }
            }
        }
    }

    public var legendEntries: [LegendEntry] {
        curves.map { LegendEntry(label: $0.label, key: .line(StrokeStyle(color: $0.color, width: 1.8), marker: nil)) }
    }

    public func dataPoints(in context: PlotContext) -> [(point: Point2, weight: Double)] {
        curves.flatMap { $0.points.map { (context.transform.device($0), 1.0) } }.filter { $0.0.isFinite }
    }
}
