import GDVizEngine

/// Level sets drawn as lines, coloured by level along a colour scale.
public struct ContourLinesLayer: FigureLayer {
    public var levels: [ContourLevel]
    public var scale: ColorScale
    public var lineWidth: Double

    public init(levels: [ContourLevel], scale: ColorScale, lineWidth: Double) {
        self.levels = levels
        self.scale = scale
        self.lineWidth = lineWidth
    }

    /// The colour of level `index`: the scale's range is cut short of its last tenth, whose
    /// pale yellows (viridis) vanish on a white page.
    public func color(forLevel index: Int) -> Color {
        let t = levels.count > 1 ? Double(index) / Double(levels.count - 1) : 0.5
        return scale.color(at: t * 0.88)
    }

    public func draw(in context: PlotContext) {
        for (index, level) in levels.enumerated() {
            let style = StrokeStyle(color: color(forLevel: index), width: lineWidth, join: .round)
            for line in level.lines where line.points.count >= 2 {
                let path = Path.polyline(line.points.map(context.transform.device), closed: line.isClosed)
                context.canvas.stroke(path, style: style)
            }
        }
    }

    public func dataPoints(in context: PlotContext) -> [(point: Point2, weight: Double)] {
        levels.flatMap { $0.lines.flatMap { line in
            stride(from: 0, to: line.points.count, by: 4).map { (context.transform.device(line.points[$0]), 0.05) }
        } }
    }
}
