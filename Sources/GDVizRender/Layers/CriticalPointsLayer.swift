import GDVizEngine
import GDVizScene

/// Stationary points marked by kind: minima as circles, maxima as triangles, saddles as
/// diamonds, degenerate points as squares; optionally the Hessian's eigen-directions at saddles.
/// Curves of stationary points (valleys of minima, ridges of maxima) are drawn as thick lines.
package struct CriticalPointsLayer: FigureLayer {
    package var points: [CriticalPoint]
    package var eigenDirections: Bool
    /// Marker fills and eigen-direction colours, taken from the theme so they show on its page.
    package var colors: Colors
    package var curves: [CriticalCurve] = []

    package struct Colors: Sendable {
        package var marker: Color, muted: Color, negativeCurvature: Color, positiveCurvature: Color, maximumCurve: Color

        package init(theme: Theme) {
            marker = theme.markerColor
            muted = theme.mutedMarkerColor
            negativeCurvature = theme.accent(0xD62728)
            positiveCurvature = theme.accent(0x1F77B4)
            maximumCurve = theme.accent(0xB2182B)
        }
    }

    package init(points: [CriticalPoint], eigenDirections: Bool, theme: Theme = .light) {
        self.points = points
        self.eigenDirections = eigenDirections
        self.colors = Colors(theme: theme)
    }

    func marker(_ kind: CriticalKind) -> (MarkerShape, Color) {
        switch kind {
        case .minimum: return (.circle, colors.marker)
        case .maximum: return (.triangle, colors.marker)
        case .saddle: return (.diamond, colors.marker)
        case .degenerate: return (.square, colors.muted)
        }
    }

    func curveStyle(_ kind: CriticalKind) -> StrokeStyle {
        let colour = kind == .maximum ? colors.maximumCurve.withAlpha(0.8)
            : (kind == .minimum ? colors.marker.withAlpha(0.75) : colors.muted.withAlpha(0.8))
        return StrokeStyle(color: colour, width: 3.5, cap: .round, join: .round)
    }

    static func curveName(_ kind: CriticalKind) -> String {
        switch kind {
        case .minimum: return "curve of minima"
        case .maximum: return "curve of maxima"
        default: return "curve of stationary points"
        }
    }

    package func draw(in context: PlotContext) {
        let scale = context.transform.scale
        for curve in curves where curve.points.count > 1 {
            context.canvas.stroke(.polyline(curve.points.map { context.transform.device($0) }),
                                  style: curveStyle(curve.kind))
        }
        for point in points {
            let center = context.transform.device(point.point)
            if eigenDirections, point.kind == .saddle {
                for (vector, eigenvalue) in zip(point.eigenvectors, point.eigenvalues) {
                    // 40 px either side, in device space so both directions look equally long.
                    let d = Point2(vector.x * scale.x, -vector.y * scale.y)
                    let unit = (1 / max(d.norm, 1e-12)) * d
                    let colour = eigenvalue < 0 ? colors.negativeCurvature : colors.positiveCurvature
                    context.canvas.stroke(.polyline([center - 40 * unit, center + 40 * unit]),
                                          style: StrokeStyle(color: colour, width: 1.6, dash: [5, 3], cap: .round))
                }
            }
            let (shape, colour) = marker(point.kind)
            shape.draw(on: context.canvas, at: center, radius: 5, fill: colour, edge: context.theme.background,
                       edgeWidth: 1.2)
        }
    }

    package var legendEntries: [LegendEntry] {
        let kinds: [(CriticalKind, String)] = [(.minimum, "minimum"), (.maximum, "maximum"), (.saddle, "saddle point"),
                                               (.degenerate, "degenerate")]
        let markers = kinds.filter { kind, _ in points.contains { $0.kind == kind } }.map { kind, name -> LegendEntry in
            let (shape, colour) = marker(kind)
            let valleys = Set(points.filter { $0.kind == .saddle }.compactMap(\.valleys))
            if kind == .saddle, valleys.count == 1, let n = valleys.first, n > 2 {
                return LegendEntry(label: "saddle point (\(n) valleys)", key: .marker(shape, colour))
            }
            return LegendEntry(label: name, key: .marker(shape, colour))
        }
        let curveKinds: [CriticalKind] = [.minimum, .maximum, .degenerate]
        let lines = curveKinds.filter { kind in curves.contains { $0.kind == kind } }.map { kind in
            LegendEntry(label: Self.curveName(kind), key: .line(curveStyle(kind), marker: nil))
        }
        return markers + lines
    }

    package func dataPoints(in context: PlotContext) -> [(point: Point2, weight: Double)] {
        points.map { (context.transform.device($0.point), 2.0) }
            + curves.flatMap { $0.points.map { (context.transform.device($0), 1.0) } }
    }
}

extension CriticalPointsLayerSpec.Evaluated: DrawableLayer {
    func figureLayer(_ context: FigureLayerContext) -> FigureLayer {
        var layer = CriticalPointsLayer(points: points, eigenDirections: spec.eigenDirections, theme: context.theme)
        layer.curves = curves
        return layer
    }
}
