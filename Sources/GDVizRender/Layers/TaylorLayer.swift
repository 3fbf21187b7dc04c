import GDVizEngine

/// Taylor approximations around a point: in 1-D each polynomial's graph, in 2-D dashed contours
/// of each approximation over the function's own contours. The expansion point is marked.
public struct TaylorLayer: FigureLayer {
    public var center: Point2
    public var orders: [Int]
    public var curves: [[Point2]]
    public var contours: [[ContourLevel]]
    public var dimension: Int

    public init(center: Point2, orders: [Int], curves: [[Point2]], contours: [[ContourLevel]], dimension: Int) {
        self.center = center
        self.orders = orders
        self.curves = curves
        self.contours = contours
        self.dimension = dimension
    }

    static let palette: [Color] = [0xD62728, 0xFF7F0E, 0x2CA02C, 0x9467BD, 0x8C564B, 0xE377C2].map { Color(hex: $0) }

    func style(_ index: Int) -> StrokeStyle {
        StrokeStyle(color: Self.palette[index % Self.palette.count], width: dimension == 1 ? 1.8 : 1.3,
                    dash: dimension == 1 ? [7, 4] : [5, 3], cap: .butt, join: .round)
    }

    public func draw(in context: PlotContext) {
        for (i, curve) in curves.enumerated() {
            CurveLayer(samples: curve, style: style(i)).draw(in: context)
        }
        for (i, levels) in contours.enumerated() {
            for level in levels {
                for line in level.lines where line.points.count >= 2 {
                    context.canvas.stroke(.polyline(line.points.map(context.transform.device), closed: line.isClosed),
                                          style: style(i))
                }
            }
        }
        let y = dimension == 1 ? (curves.first.flatMap { nearestValue($0) } ?? center.y) : center.y
        MarkerShape.circle.draw(on: context.canvas, at: context.transform.device(Point2(center.x, y)), radius: 4.5,
                                fill: Color(hex: 0x1A1A1A), edge: context.theme.background, edgeWidth: 1.2)
    }

    /// The polynomial's value at the expansion point (the sample nearest to it).
    private func nearestValue(_ samples: [Point2]) -> Double? {
        samples.min { abs($0.x - center.x) < abs($1.x - center.x) }?.y
    }

    public var legendEntries: [LegendEntry] {
        orders.enumerated().map { i, order in
            LegendEntry(label: dimension == 1 ? "degree \(order)" : "order-\(order) approximation",
                        key: .line(style(i), marker: nil))
        }
    }

    public func dataPoints(in context: PlotContext) -> [(point: Point2, weight: Double)] {
        curves.flatMap { $0.filter(\.isFinite).map { (context.transform.device($0), 0.5) } }
    }
}
