import GDVizEngine
import GDVizScene

/// Stationary points marked by kind: minima as circles, maxima as triangles, saddles as
/// diamonds, degenerate points as squares; optionally the Hessian's eigen-directions at saddles.
/// Curves of stationary points (valleys of minima, ridges of maxima) are drawn as thick lines.
public struct CriticalPointsLayer: FigureLayer {
    public var points: [CriticalPoint]
    public var eigenDirections: Bool
    public var curves: [CriticalCurve] = []

    public init(points: [CriticalPoint], eigenDirections: Bool) {
        self.points = points
        self.eigenDirections = eigenDirections
    }

    static func marker(_ kind: CriticalKind) -> (MarkerShape, Color) {
        switch kind {
        case .minimum: return (.circle, Color(hex: 0x1A1A1A))
        case .maximum: return (.triangle, Color(hex: 0x1A1A1A))
        case .saddle: return (.diamond, Color(hex: 0x1A1A1A))
        case .degenerate: return (.square, Color(hex: 0x7F7F7F))
        }
    }

    static func curveStyle(_ kind: CriticalKind) -> StrokeStyle {
        let colour = kind == .maximum ? Color(hex: 0xB2182B, alpha: 0.8)
            : (kind == .minimum ? Color(hex: 0x1A1A1A, alpha: 0.75) : Color(hex: 0x7F7F7F, alpha: 0.8))
        return StrokeStyle(color: colour, width: 3.5, cap: .round, join: .round)
    }

    static func curveName(_ kind: CriticalKind) -> String {
        switch kind {
        case .minimum: return "curve of minima"
        case .maximum: return "curve of maxima"
        default: return "curve of stationary points"
        }
    }

    public func draw(in context: PlotContext) {
        let scale = context.transform.scale
        for curve in curves where curve.points.count > 1 {
            context.canvas.stroke(.polyline(curve.points.map { context.transform.device($0) }),
                                  style: Self.curveStyle(curve.kind))
        }
        for point in points {
            let center = context.transform.device(point.point)
            if eigenDirections, point.kind == .saddle {
                for (vector, eigenvalue) in zip(point.eigenvectors, point.eigenvalues) {
                    // 40 px either side, in device space so both directions look equally long.
                    let d = Point2(vector.x * scale.x, -vector.y * scale.y)
                    let unit = (1 / max(d.norm, 1e-12)) * d
                    let colour = eigenvalue < 0 ? Color(hex: 0xD62728) : Color(hex: 0x1F77B4)
                    context.canvas.stroke(.polyline([center - 40 * unit, center + 40 * unit]),
                                          style: StrokeStyle(color: colour, width: 1.6, dash: [5, 3], cap: .round))
                }
            }
            let (shape, colour) = Self.marker(point.kind)
            shape.draw(on: context.canvas, at: center, radius: 5, fill: colour, edge: context.theme.background,
                       edgeWidth: 1.2)
        }
    }

    public var legendEntries: [LegendEntry] {
        let kinds: [(CriticalKind, String)] = [(.minimum, "minimum"), (.maximum, "maximum"), (.saddle, "saddle point"),
                                               (.degenerate, "degenerate")]
        let markers = kinds.filter { kind, _ in points.contains { $0.kind == kind } }.map { kind, name -> LegendEntry in
            let (shape, colour) = Self.marker(kind)
            let valleys = Set(points.filter { $0.kind == .saddle }.compactMap(\.valleys))
            if kind == .saddle, valleys.count == 1, let n = valleys.first, n > 2 {
                return LegendEntry(label: "saddle point (\(n) valleys)", key: .marker(shape, colour))
            }
            return LegendEntry(label: name, key: .marker(shape, colour))
        }
        let curveKinds: [CriticalKind] = [.minimum, .maximum, .degenerate]
        let lines = curveKinds.filter { kind in curves.contains { $0.kind == kind } }.map { kind in
            LegendEntry(label: Self.curveName(kind), key: .line(Self.curveStyle(kind), marker: nil))
        }
        return markers + lines
    }

    public func dataPoints(in context: PlotContext) -> [(point: Point2, weight: Double)] {
        points.map { (context.transform.device($0.point), 2.0) }
            + curves.flatMap { $0.points.map { (context.transform.device($0), 1.0) } }
    }
}

extension CriticalPointsLayerSpec.Evaluated: DrawableLayer {
    func figureLayer(_ context: FigureLayerContext) -> FigureLayer {
        var layer = CriticalPointsLayer(points: points, eigenDirections: spec.eigenDirections)
        layer.curves = curves
        return layer
    }
}
