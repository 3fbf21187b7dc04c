import GDVizEngine

/// `{"type": "critical_points"}`: every stationary point in the domain, marked by kind.
package struct CriticalPointsLayerSpec: LayerSpecification {
    package static let kind = LayerKind(
        name: "critical_points", summary: "every stationary point in the domain, marked by kind", dimensions: 1...2,
        keys: [
            SettingKey("eigen_directions", .boolean, default: "false", "draw the Hessian's eigen-directions through saddles"),
        ])

    /// Draw the Hessian's eigen-directions through each saddle.
    package var eigenDirections: Bool

    package init(eigenDirections: Bool = false) {
        self.eigenDirections = eigenDirections
    }

    package static func read(_ input: SpecInput) -> CriticalPointsLayerSpec? {
        CriticalPointsLayerSpec(eigenDirections: input.optional("eigen_directions", default: false, SceneReader.bool))
    }

    package struct Evaluated: EvaluatedLayerContent {
        package var spec: CriticalPointsLayerSpec
        /// Isolated points; none lies on one of `curves`.
        package var points: [CriticalPoint]
        /// Curves of stationary points (valleys such as (x − y)²), traced by the engine.
        package var curves: [CriticalCurve] = []
    }

    package func evaluate(_ context: LayerEvaluationContext) -> Evaluated {
        let set = context.stationarySet()
        return Evaluated(spec: self, points: set.points, curves: set.curves)
    }
}
