import GDVizEngine
import GDVizScene

/// Taylor approximations around a point: in 1-D each polynomial's graph, in 2-D dashed contours
/// of each approximation over the function's own contours. The expansion point is marked.
///
/// In 2-D, `levelColors` (the colours of f's own contour levels) colours each dashed level like the
/// solid level of f it approximates; orders are then told apart by their dash patterns.
package struct TaylorLayer: FigureLayer {
    package var center: Point2
    package var orders: [Int]
    package var curves: [[Point2]]
    package var contours: [[ContourLevel]]
    package var dimension: Int
    /// One colour per contour level, or `nil` to colour each order's levels alike.
    package var levelColors: [Color]?
    /// One colour per order (when levels are not coloured) and the expansion point's marker colour.
    package var palette: [Color] = TaylorLayer.defaultPalette
    package var markColor = Color(hex: 0x1A1A1A)

    package init(center: Point2, orders: [Int], curves: [[Point2]], contours: [[ContourLevel]], dimension: Int) {
        self.center = center
        self.orders = orders
        self.curves = curves
        self.contours = contours
        self.dimension = dimension
    }

    static let defaultPalette: [Color] = [0xD62728, 0xFF7F0E, 0x2CA02C, 0x9467BD, 0x8C564B, 0xE377C2].map { Color(hex: $0) }

    static let dashes: [[Double]] = [[6, 4], [2, 3], [10, 3, 2, 3]]

    /// The style of order `index` at contour level `level` (2-D with level colours only).
    func style(_ index: Int, level: Int) -> StrokeStyle {
        guard let levelColors, !levelColors.isEmpty else { return style(index) }
        return StrokeStyle(color: levelColors[level % levelColors.count], width: 1.9,
                           dash: Self.dashes[index % Self.dashes.count], cap: .butt, join: .round)
    }

    func style(_ index: Int) -> StrokeStyle {
        StrokeStyle(color: palette[index % palette.count], width: dimension == 1 ? 2 : 1.7,
                    dash: dimension == 1 ? [8, 4] : [6, 4], cap: .butt, join: .round)
    }

    package func draw(in context: PlotContext) {
        for (i, curve) in curves.enumerated() {
            CurveLayer(samples: curve, style: style(i)).draw(in: context)
        }
        for (i, levels) in contours.enumerated() {
            for (k, level) in levels.enumerated() {
                for line in level.lines where line.points.count >= 2 {
                    context.canvas.stroke(.polyline(line.points.map(context.transform.device), closed: line.isClosed),
                                          style: style(i, level: k))
                }
            }
        }
        let y = dimension == 1 ? (curves.first.flatMap { nearestValue($0) } ?? center.y) : center.y
        MarkerShape.circle.draw(on: context.canvas, at: context.transform.device(Point2(center.x, y)), radius: 4.5,
                                fill: markColor, edge: context.theme.background, edgeWidth: 1.2)
    }

    /// The polynomial's value at the expansion point (the sample nearest to it).
    private func nearestValue(_ samples: [Point2]) -> Double? {
        samples.min { abs($0.x - center.x) < abs($1.x - center.x) }?.y
    }

    /// 1-D polynomials are foreground curves; 2-D approximations are dashed level sets, the
    /// figure's subject over f's own contours, weighted like streamlines (a field of lines).
    package func inkLines(in context: PlotContext) -> [(line: [Point2], weight: Double)] {
        curves.flatMap { CurveLayer(samples: $0, style: style(0)).pieces.map { ($0.map(context.transform.device), LineInk.foreground) } }
            + contours.flatMap { levels in
                levels.flatMap { $0.lines.map { ($0.points.map(context.transform.device), LineInk.flow) } }
            }
    }

    package var legendEntries: [LegendEntry] {
        orders.enumerated().map { i, order in
            var key = style(i)
            if levelColors != nil {
                key.color = markColor
                key.dash = Self.dashes[i % Self.dashes.count]
            }
            return LegendEntry(label: dimension == 1 ? "degree \(order)" : Self.approximationName(order),
                               key: .line(key, marker: nil))
        }
    }

    /// `$T_2$: quadratic approximation`; orders without a common name are `$T_n$: order-n approximation`.
    static func approximationName(_ order: Int) -> String {
        let names = ["constant", "linear", "quadratic", "cubic"]
        let name = order < names.count ? names[order] : "order-\(order)"
        return "$T_{\(order)}$: \(name) approximation"
    }

    package func dataPoints(in context: PlotContext) -> [(point: Point2, weight: Double)] {
        curves.flatMap { $0.filter(\.isFinite).map { (context.transform.device($0), 0.5) } }
            + contours.flatMap { levels in
                levels.flatMap { level in
                    level.lines.flatMap { line in
                        stride(from: 0, to: line.points.count, by: 5).map { (context.transform.device(line.points[$0]), 0.3) }
                    }
                }
            }
    }
}

extension TaylorLayerSpec.Evaluated: DrawableLayer {
    func figureLayer(_ context: FigureLayerContext) -> FigureLayer {
        let theme = context.theme
        var layer = TaylorLayer(center: spec.at.point2, orders: spec.orders,
                                curves: curves, contours: contours, dimension: spec.at.dimension)
        layer.palette = TaylorLayer.defaultPalette.map { theme.forcesGreyscale ? theme.foreground : theme.legible($0) }
        layer.markColor = theme.markerColor
        return layer
    }
}
