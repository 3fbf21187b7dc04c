import GDVizEngine
import GDVizScene

/// Stationary points marked by kind: minima as circles, maxima as triangles, saddles as
/// diamonds, degenerate points as squares; optionally the Hessian's eigen-directions at saddles.
public struct CriticalPointsLayer: FigureLayer {
    public var points: [CriticalPoint]
    public var eigenDirections: Bool
    /// Marker fills and eigen-direction colours, taken from the theme so they show on its page.
    public var colors: Colors

    public struct Colors: Sendable {
        public var marker: Color, muted: Color, negativeCurvature: Color, positiveCurvature: Color

        public init(theme: Theme) {
            marker = theme.markerColor
            muted = theme.mutedMarkerColor
            negativeCurvature = theme.accent(0xD62728)
            positiveCurvature = theme.accent(0x1F77B4)
        }
    }

    public init(points: [CriticalPoint], eigenDirections: Bool, theme: Theme = .light) {
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

    public func draw(in context: PlotContext) {
        let scale = context.transform.scale
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

    public var legendEntries: [LegendEntry] {
        let kinds: [(CriticalKind, String)] = [(.minimum, "minimum"), (.maximum, "maximum"), (.saddle, "saddle point"),
                                               (.degenerate, "degenerate")]
        return kinds.filter { kind, _ in points.contains { $0.kind == kind } }.map { kind, name in
            let (shape, colour) = marker(kind)
            return LegendEntry(label: name, key: .marker(shape, colour))
        }
    }

    public func dataPoints(in context: PlotContext) -> [(point: Point2, weight: Double)] {
        points.map { (context.transform.device($0.point), 2.0) }
    }
}

extension CriticalPointsLayerSpec.Evaluated: DrawableLayer {
    func figureLayer(_ context: FigureLayerContext) -> FigureLayer {
        CriticalPointsLayer(points: points, eigenDirections: spec.eigenDirections, theme: context.theme)
    }
}
