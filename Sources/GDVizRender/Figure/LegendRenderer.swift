import GDVizEngine

/// Draws the legend in the candidate position that covers the least data.
struct LegendRenderer {
    let theme: Theme
    let canvas: Canvas

    struct Layout {
        var size: (width: Double, height: Double)
        var rowHeight: Double
        var boxes: [TextBox]
    }

    func measure(_ entries: [LegendEntry]) -> Layout {
        let text = TextLayout(canvas: canvas)
        let boxes = entries.map { text.layout($0.label, size: theme.legendSize) }
        let rowHeight = max(theme.legendSize * 1.55, (boxes.map(\.height).max() ?? 0) + 4)
        let widest: Double = boxes.map(\.width).max() ?? 0
        let width: Double = widest + 58  // padding 10, key 30, gap 8, padding 10
        return Layout(size: (width, rowHeight * Double(entries.count) + 10), rowHeight: rowHeight, boxes: boxes)
    }

    /// Candidate rectangles in preference order: the four corners, then the edge midpoints.
    static func candidates(width: Double, height: Double, in plot: DeviceRect, inset: Double = 10) -> [DeviceRect] {
        let left = plot.minX + inset, right = plot.maxX - inset - width
        let top = plot.minY + inset, bottom = plot.maxY - inset - height
        let midX = plot.center.x - width / 2, midY = plot.center.y - height / 2
        return [(right, top), (left, top), (right, bottom), (left, bottom), (midX, top), (midX, bottom),
                (left, midY), (right, midY)]
            .map { DeviceRect(x: $0.0, y: $0.1, width: width, height: height) }
    }

    /// The candidate with the least weight of data points under it (ties: earliest candidate).
    static func bestPlacement(_ candidates: [DeviceRect], points: [(point: Point2, weight: Double)]) -> DeviceRect {
        var best = candidates[0], bestScore = Double.infinity
        for candidate in candidates {
            let grown = candidate.insetBy(dx: -4, dy: -4)
            let score = points.reduce(0.0) { $0 + (grown.contains($1.point) ? $1.weight : 0) }
            if score < bestScore - 1e-9 {
                best = candidate
                bestScore = score
            }
        }
        return best
    }

    /// Where the legend of `layers` goes, or nil when they have no entries.
    func placement(_ layers: [FigureLayer], in context: PlotContext) -> DeviceRect? {
        let entries = layers.flatMap(\.legendEntries)
        guard !entries.isEmpty else { return nil }
        let layout = measure(entries)
        let points = layers.flatMap { $0.dataPoints(in: context) }
        return Self.bestPlacement(
            Self.candidates(width: layout.size.width, height: layout.size.height, in: context.plotRect), points: points)
    }

    func draw(_ layers: [FigureLayer], in context: PlotContext) {
        let entries = layers.flatMap(\.legendEntries)
        guard !entries.isEmpty, let rect = placement(layers, in: context) else { return }
        let layout = measure(entries)
        canvas.fill(.rect(rect), color: theme.background.withAlpha(0.88))
        canvas.withPaintRole(.decoration) {
            canvas.stroke(.rect(rect), style: StrokeStyle(color: theme.frame.withAlpha(0.35), width: 0.8))
        }
        for (i, (entry, box)) in zip(entries, layout.boxes).enumerated() {
            let centerY = rect.minY + 5 + layout.rowHeight * (Double(i) + 0.5)
            let keyLeft = rect.minX + 10
            switch entry.key {
            case .line(let style, let marker):
                canvas.stroke(.polyline([Point2(keyLeft, centerY), Point2(keyLeft + 30, centerY)]), style: style)
                marker?.draw(on: canvas, at: Point2(keyLeft + 15, centerY), radius: 3, fill: style.color,
                             edge: theme.background, edgeWidth: 0.7)
            case .marker(let shape, let color):
                shape.draw(on: canvas, at: Point2(keyLeft + 15, centerY), radius: 4.5, fill: color,
                           edge: theme.background, edgeWidth: 0.8)
            case .arrow(let color):
                let tip = Point2(keyLeft + 28, centerY)
                canvas.stroke(.polyline([Point2(keyLeft + 2, centerY), Point2(tip.x - 5, centerY)]),
                              style: StrokeStyle(color: color, width: 1.4))
                canvas.fill(.polyline([tip, Point2(tip.x - 8, centerY - 3.4), Point2(tip.x - 8, centerY + 3.4)], closed: true),
                            color: color)
            }
            box.draw(on: canvas, at: Point2(keyLeft + 38, centerY + (box.ascent - box.descent) / 2),
                     color: theme.foreground)
        }
    }
}
