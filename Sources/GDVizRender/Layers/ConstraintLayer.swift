import GDVizEngine
import GDVizScene

/// The constraint curve g(x, y) = 0 as a thick line, optionally labelled beside it.
package struct ConstraintLayer: FigureLayer {
    package var lines: [ContourLine]
    package var label: String?
    package var color: Color
    package var lineWidth: Double

    package init(lines: [ContourLine], label: String?, color: Color, lineWidth: Double) {
        self.lines = lines
        self.label = label
        self.color = color
        self.lineWidth = lineWidth
    }

    package func draw(in context: PlotContext) {
        let style = StrokeStyle(color: color, width: lineWidth, cap: .round, join: .round)
        for line in lines where line.points.count >= 2 {
            context.canvas.stroke(.polyline(line.points.map(context.transform.device), closed: line.isClosed),
                                  style: style)
        }
        if let label, let (anchor, normal) = labelAnchor(in: context) {
            CalculusDrawing.label(label, beside: anchor, direction: normal, gap: 5 + lineWidth / 2, color: color,
                                  in: context)
        }
    }

    /// The point of the longest line nearest the plot's upper right (away from its edges), and the
    /// curve's normal there pointing away from the plot's centre.
    func labelAnchor(in context: PlotContext) -> (Point2, Point2)? {
        guard let longest = lines.max(by: { $0.points.count < $1.points.count }), longest.points.count >= 3 else {
            return nil
        }
        let device = longest.points.map(context.transform.device)
        let inner = context.plotRect.insetBy(dx: 40, dy: 30)
        let candidates = (1..<(device.count - 1)).filter { inner.contains(device[$0]) }
        guard let best = (candidates.isEmpty ? Array(1..<(device.count - 1)) : candidates)
            .max(by: { device[$0].x - device[$0].y < device[$1].x - device[$1].y })
        else { return nil }
        let tangent = device[best + 1] - device[best - 1]
        guard tangent.norm > 1e-12 else { return nil }
        var normal = (1 / tangent.norm) * Point2(-tangent.y, tangent.x)
        let outward = device[best] - context.plotRect.center
        if normal.x * outward.x + normal.y * outward.y < 0 { normal = -normal }
        return (device[best], normal)
    }

    package func dataPoints(in context: PlotContext) -> [(point: Point2, weight: Double)] {
        lines.flatMap { line in
            stride(from: 0, to: line.points.count, by: 4).map { (context.transform.device(line.points[$0]), 1.0) }
        }
    }
}

extension ConstraintLayerSpec.Evaluated: DrawableLayer {
    func figureLayer(_ context: FigureLayerContext) -> FigureLayer {
        ConstraintLayer(lines: lines, label: spec.label, color: context.color(spec.color, default: 0xD62728),
                        lineWidth: spec.lineWidth)
    }
}
