import GDVizEngine
import GDVizScene

/// Text centred on a point in data coordinates, over a soft background patch, with an optional
/// arrow from the text's edge to another point (stopping just short of it, so a marker there shows).
package struct AnnotationLayer: FigureLayer {
    package var text: String
    package var at: Point2
    package var arrowTo: Point2?
    package var color: Color

    package init(text: String, at: Point2, arrowTo: Point2?, color: Color) {
        self.text = text
        self.at = at
        self.arrowTo = arrowTo
        self.color = color
    }

    package func draw(in context: PlotContext) {
        let box = context.text.layout(text, size: CalculusDrawing.labelSize(context.theme), limits: true)
        let center = context.transform.device(at)
        guard center.isFinite else { return }
        let origin = Point2(center.x - box.width / 2, center.y + (box.ascent - box.descent) / 2)
        if let (start, end) = arrow(box, in: context) {
            CalculusDrawing.arrow(on: context.canvas, from: start, to: end, color: color, width: 1.4,
                                  headLength: 10, headWidth: 7.5)
        }
        CalculusDrawing.drawLabel(box, at: origin, color: color, in: context)
    }

    /// The arrow from the text's edge to just short of `arrowTo`, in device units.
    func arrow(_ box: TextBox, in context: PlotContext) -> (Point2, Point2)? {
        guard let arrowTo else { return nil }
        let center = context.transform.device(at), target = context.transform.device(arrowTo)
        let origin = Point2(center.x - box.width / 2, center.y + (box.ascent - box.descent) / 2)
        let bounds = CalculusDrawing.bounds(of: box, at: origin, padding: 4)
        let d = target - center
        guard center.isFinite, target.isFinite, d.norm > 1e-9, !bounds.contains(target) else { return nil }
        // Leave the box where the ray from its centre to the target crosses its edge.
        let sx = d.x == 0 ? Double.infinity : (bounds.width / 2) / abs(d.x)
        let sy = d.y == 0 ? Double.infinity : (bounds.height / 2) / abs(d.y)
        let u = (1 / d.norm) * d
        return (center + min(sx, sy) * d, target - 7 * u)
    }

    package func inkLines(in context: PlotContext) -> [(line: [Point2], weight: Double)] {
        guard arrowTo != nil else { return [] }
        let box = context.text.layout(text, size: CalculusDrawing.labelSize(context.theme), limits: true)
        return arrow(box, in: context).map { [([$0.0, $0.1], LineInk.foreground)] } ?? []
    }

    package func dataPoints(in context: PlotContext) -> [(point: Point2, weight: Double)] {
        [(context.transform.device(at), 3.0)]
    }
}

extension AnnotationLayerSpec.Evaluated: DrawableLayer {
    func figureLayer(_ context: FigureLayerContext) -> FigureLayer {
        AnnotationLayer(text: spec.text, at: spec.at.point2,
                        arrowTo: spec.arrowTo?.point2, color: context.color(spec.color, default: nil))
    }
}
