import GDVizEngine

/// The engine work behind the gradient layers: f on the contour grid, exact gradients, flow lines.
extension SceneEvaluator {
    /// The evaluated form of a `filled_contours`, `gradient_field` or `streamlines` layer; `nil`
    /// for other kinds. `grid` samples f on the scene's contour grid (shared with `contours`, so
    /// bands and contour lines at the same levels coincide).
    static func fieldLayer(_ layer: LayerSpec, objective: Objective, scene: Scene,
                           grid: () -> ScalarGrid) -> EvaluatedLayer? {
        switch layer {
        case .filledContours(let spec):
            let samples = grid()
            let values = levels(spec.levels, grid: samples)
            let lines = spec.lines ? MarchingSquares.contours(samples, levels: values) : []
            return .filledContours(spec, grid: samples, levels: values, lines: lines)
        case .gradientField(let spec):
            return .gradientField(spec, field: GradientField.sample(objective, in: scene.domain, grid: spec.grid,
                                                                    direction: spec.direction, length: spec.length))
        case .streamlines(let spec):
            return .streamlines(spec, lines: Streamlines.evenlySpaced(objective, in: scene.domain,
                                                                     separation: spec.separation(in: scene.domain),
                                                                     direction: spec.direction))
        default:
            return nil
        }
    }
}
