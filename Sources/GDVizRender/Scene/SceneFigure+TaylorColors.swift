import GDVizEngine
import GDVizScene

extension SceneFigure {
    /// 2-D Taylor layers in a panel with contour lines draw each level of the approximation in the
    /// colour of the same level of f, so that each dashed level set is compared with its solid one.
    static func matchingTaylorColors(_ layers: [FigureLayer]) -> [FigureLayer] {
        guard let contours = layers.first(where: { $0 is ContourLinesLayer }) as? ContourLinesLayer else { return layers }
        let colors = contours.levels.indices.map { (contours.levels[$0].value, contours.color(forLevel: $0)) }
        return layers.map { layer in
            guard var taylor = layer as? TaylorLayer, taylor.dimension == 2, let levels = taylor.contours.first else {
                return layer
            }
            let matched = levels.map { level in
                colors.first { abs($0.0 - level.value) <= 1e-9 * max(1, abs(level.value)) }?.1
            }
            guard matched.allSatisfy({ $0 != nil }) else { return layer }
            taylor.levelColors = matched.compactMap { $0 }
            return taylor
        }
    }
}
