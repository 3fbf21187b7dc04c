import GDVizEngine
import GDVizScene

/// Marked points (x, f(x)) on a 1-D graph, each optionally labelled beside the graph, along its
/// normal, above or below it.
package struct PointsLayer: FigureLayer {
    package var points: [Point2]
    /// f′ at each point: the graph's direction there.
    package var slopes: [Double]
    package var labels: [String]?
    package var labelsBelow: Bool
    package var color: Color

    package init(points: [Point2], slopes: [Double], labels: [String]?, labelsBelow: Bool = false, color: Color) {
        self.points = points
        self.slopes = slopes
        self.labels = labels
        self.labelsBelow = labelsBelow
        self.color = color
    }

    package func draw(in context: PlotContext) {
        let t = context.transform
        for (i, point) in points.enumerated() where point.isFinite {
            let p = t.device(point)
            CalculusDrawing.dot(on: context.canvas, at: p, color: color, theme: context.theme, radius: 5)
            guard let labels, i < labels.count else { continue }
            var normal = Point2(0, -1)
            if i < slopes.count, slopes[i].isFinite {
                let dx = t.domain.width / 100
                normal = CalculusDrawing.upwardNormal(p, t.device(point + Point2(dx, slopes[i] * dx)))
            }
            CalculusDrawing.label(labels[i], beside: p, direction: labelsBelow ? -normal : normal, gap: 7,
                                  color: color, in: context)
        }
    }

    package func dataPoints(in context: PlotContext) -> [(point: Point2, weight: Double)] {
        points.filter(\.isFinite).map { (context.transform.device($0), 2.0) }
    }
}

extension PointsLayerSpec.Evaluated: DrawableLayer {
    func figureLayer(_ context: FigureLayerContext) -> FigureLayer {
        PointsLayer(points: points, slopes: slopes, labels: spec.labels, labelsBelow: spec.labelSide == .below,
                    color: context.color(spec.color, default: nil))
    }
}
