import GDVizEngine
import GDVizScene

/// Arrows from points: tail p, tip p + scale · v, where v is ∇f, −∇f or a fixed vector. The
/// label goes beyond the tip of the first arrow.
package struct VectorLayer: FigureLayer {
    package var tails: [Point2]
    package var vectors: [Point2]
    package var scale: Double
    package var label: String?
    package var color: Color

    package init(tails: [Point2], vectors: [Point2], scale: Double, label: String?, color: Color) {
        self.tails = tails
        self.vectors = vectors
        self.scale = scale
        self.label = label
        self.color = color
    }

    /// Tail and tip of each arrow in data coordinates.
    package var arrows: [(tail: Point2, tip: Point2)] {
        zip(tails, vectors).map { ($0, $0 + scale * $1) }
    }

    package func draw(in context: PlotContext) {
        for (i, arrow) in arrows.enumerated() where arrow.tail.isFinite && arrow.tip.isFinite {
            let p = context.transform.device(arrow.tail), q = context.transform.device(arrow.tip)
            CalculusDrawing.arrow(on: context.canvas, from: p, to: q, color: color, width: 2.2)
            CalculusDrawing.dot(on: context.canvas, at: p, color: color, theme: context.theme, radius: 3.5)
            if i == 0, let label {
                CalculusDrawing.label(label, beside: q, direction: q - p, gap: 4, color: color, in: context)
            }
        }
    }

    package func inkLines(in context: PlotContext) -> [(line: [Point2], weight: Double)] {
        arrows.filter { $0.tail.isFinite && $0.tip.isFinite }.map {
            ([context.transform.device($0.tail), context.transform.device($0.tip)], LineInk.foreground)
        }
    }

    /// The arrows, and the label's box (outlined and crossed) so contour labels keep off it.
    package func labelObstacles(in context: PlotContext) -> [[Point2]] {
        var obstacles = dataPoints(in: context).map { [$0.point] }
        if let label, let arrow = arrows.first, arrow.tail.isFinite, arrow.tip.isFinite {
            let p = context.transform.device(arrow.tail), q = context.transform.device(arrow.tip)
            let box = context.text.layout(label, size: CalculusDrawing.labelSize(context.theme))
            let origin = LabelPlacement.origin(for: box, beside: q, direction: q - p, gap: 4, in: context)
            let r = CalculusDrawing.bounds(of: box, at: origin, padding: 2)
            obstacles.append([Point2(r.minX, r.minY), Point2(r.maxX, r.minY), Point2(r.maxX, r.maxY), Point2(r.minX, r.maxY),
                              Point2(r.minX, r.minY), Point2(r.maxX, r.maxY)])
        }
        return obstacles
    }

    package func dataPoints(in context: PlotContext) -> [(point: Point2, weight: Double)] {
        arrows.flatMap { arrow in
            (0...4).map { (context.transform.device(arrow.tail + (Double($0) / 4) * (arrow.tip - arrow.tail)), 2.0) }
        }
    }
}

extension VectorLayerSpec.Evaluated: DrawableLayer {
    func figureLayer(_ context: FigureLayerContext) -> FigureLayer {
        VectorLayer(tails: tails, vectors: vectors, scale: spec.scale, label: spec.label,
                    color: context.color(spec.color, default: nil))
    }
}
