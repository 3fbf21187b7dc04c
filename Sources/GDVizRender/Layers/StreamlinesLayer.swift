import GDVizEngine
import GDVizScene

/// Curves of the gradient flow with small filled arrowheads showing which way it runs: one at
/// the middle of a short curve, else one every `arrowSpacing` device units of arc length,
/// starting half a spacing in.
package struct StreamlinesLayer: FigureLayer {
    /// Each polyline is ordered along the flow.
    package var lines: [[Point2]]
    package var color: Color
    package var lineWidth: Double
    package var arrows: Bool
    package var label: String?

    static let arrowSpacing = 120.0, headLength = 7.0, headWidth = 5.6

    package init(lines: [[Point2]], color: Color, lineWidth: Double, arrows: Bool, label: String?) {
        self.lines = lines
        self.color = color
        self.lineWidth = lineWidth
        self.arrows = arrows
        self.label = label
    }

    /// Each curve and head is first drawn wider in the background colour (a casing), so the
    /// lines read on dark and light fills alike.
    package func draw(in context: PlotContext) {
        let style = StrokeStyle(color: color, width: lineWidth, join: .round)
        let casing = StrokeStyle(color: context.theme.background.withAlpha(0.55), width: lineWidth + 1.6,
                                 cap: .round, join: .round)
        for line in lines where line.count >= 2 {
            let points = line.map(context.transform.device)
            let heads = arrows ? Self.arrowPlaces(points).map(Self.head) : []
            context.canvas.stroke(.polyline(points), style: casing)
            for head in heads { context.canvas.stroke(head, style: casing) }
            context.canvas.stroke(.polyline(points), style: style)
            for head in heads { context.canvas.fill(head, color: color) }
        }
    }

    /// A filled triangle centred on `place`, pointing along its direction.
    static func head(_ place: (point: Point2, direction: Point2)) -> Path {
        let u = (1 / place.direction.norm) * place.direction, n = Point2(-u.y, u.x)
        let tip = place.point + (headLength / 2) * u, base = place.point - (headLength / 2) * u
        return .polyline([tip, base + (headWidth / 2) * n, base - (headWidth / 2) * n], closed: true)
    }

    /// Where arrowheads go on a device polyline: points at the chosen arc lengths, with the
    /// direction of the segment they lie on.
    static func arrowPlaces(_ points: [Point2]) -> [(point: Point2, direction: Point2)] {
        let segments = zip(points, points.dropFirst()).map { ($0, $1, $0.distance(to: $1)) }
        let total = segments.reduce(0) { $0 + $1.2 }
        guard total > 2 * headLength else { return [] }
        let count = max(1, Int.checked((total / arrowSpacing).rounded()))
        let step = total / Double(count)
        var targets = (0..<count).map { (Double($0) + 0.5) * step }[...]
        var places: [(point: Point2, direction: Point2)] = []
        var walked = 0.0
        for (a, b, length) in segments where length > 0 {
            while let target = targets.first, target <= walked + length {
                places.append((a + ((target - walked) / length) * (b - a), b - a))
                targets.removeFirst()
            }
            walked += length
        }
        return places
    }

    package var legendEntries: [LegendEntry] {
        guard let label, !label.isEmpty else { return [] }
        return [LegendEntry(label: label, key: .line(StrokeStyle(color: color, width: lineWidth), marker: nil))]
    }

    package func dataPoints(in context: PlotContext) -> [(point: Point2, weight: Double)] {
        lines.flatMap { line in stride(from: 0, to: line.count, by: 6).map { (context.transform.device(line[$0]), 0.1) } }
    }
}

extension StreamlineLayerSpec.Evaluated: DrawableLayer {
    func figureLayer(_ context: FigureLayerContext) -> FigureLayer {
        let color = spec.color.map(Color.init).map(context.theme.legible)
            ?? context.theme.foreground.withAlpha(0.7)
        return StreamlinesLayer(lines: lines.map(\.points), color: color, lineWidth: spec.lineWidth,
                                arrows: spec.arrows, label: spec.label)
    }
}
