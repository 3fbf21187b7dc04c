import GDVizEngine
import GDVizScene

/// A semi-transparent vertical band a ≤ x ≤ b across the plot, edged by thin dashed lines,
/// with an optional label at its top.
package struct IntervalLayer: FigureLayer {
    package var from: Double
    package var to: Double
    package var label: String?
    package var color: Color

    package init(from: Double, to: Double, label: String?, color: Color) {
        self.from = from
        self.to = to
        self.label = label
        self.color = color
    }

    package func draw(in context: PlotContext) {
        let rect = context.plotRect, t = context.transform
        let y = context.transform.domain.yMin
        let left = max(rect.minX, t.device(Point2(from, y)).x), right = min(rect.maxX, t.device(Point2(to, y)).x)
        guard left < right else { return }
        context.canvas.withPaintRole(.backdrop) {
            context.canvas.fill(.rect(DeviceRect(x: left, y: rect.minY, width: right - left, height: rect.height)),
                                color: color.withAlpha(0.14))
        }
        let edge = StrokeStyle(color: context.theme.legible(color.withAlpha(0.7)), width: 1, dash: [4, 3])
        for x in [left, right] where x > rect.minX && x < rect.maxX {
            context.canvas.stroke(.polyline([Point2(x, rect.minY), Point2(x, rect.maxY)]), style: edge)
        }
        if let label {
            CalculusDrawing.label(label, beside: Point2((left + right) / 2, rect.minY), direction: Point2(0, 1),
                                  gap: 6, color: color, in: context)
        }
    }
}

extension IntervalLayerSpec.Evaluated: DrawableLayer {
    func figureLayer(_ context: FigureLayerContext) -> FigureLayer {
        IntervalLayer(from: spec.from, to: spec.to, label: spec.label, color: context.color(spec.color, default: 0x1F77B4))
    }
}
