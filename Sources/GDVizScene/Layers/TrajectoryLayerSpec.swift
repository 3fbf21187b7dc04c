import GDVizEngine

/// `{"type": "trajectories"}`: the iterates of some or all runs, as polylines with markers.
package struct TrajectoryLayerSpec: LayerSpecification {
    package static let kind = LayerKind(
        name: "trajectories", summary: "the iterates of optimizer runs, joined and marked", dimensions: 1...2,
        keys: [
            SettingKey("runs", .strings, "labels of the runs to draw; absent: every run"),
            SettingKey("markers", .boolean, default: "true", "mark each iterate with a dot"),
            SettingKey("step_numbers", .boolean, default: "false", "write the step number k beside each iterate"),
        ])

    /// The labels of the runs to draw, or `nil` for every run.
    package var runLabels: [String]?
    /// Mark each iterate with a dot. Default `true`.
    package var markers: Bool
    /// Write the step number k beside each iterate x_k. Default `false`.
    package var stepNumbers: Bool

    package init(runLabels: [String]? = nil, markers: Bool = true, stepNumbers: Bool = false) {
        self.runLabels = runLabels
        self.markers = markers
        self.stepNumbers = stepNumbers
    }

    package static func read(_ input: SpecInput) -> TrajectoryLayerSpec? {
        var layer = TrajectoryLayerSpec()
        if let value = input["runs"] {
            layer.runLabels = input.reader.readRunReferences(value, at: input.path.key("runs"), runLabels: input.runLabels)
        }
        layer.markers = input.optional("markers", default: layer.markers, SceneReader.bool)
        layer.stepNumbers = input.optional("step_numbers", default: layer.stepNumbers, SceneReader.bool)
        return layer
    }

    package struct Evaluated: EvaluatedLayerContent {
        package var spec: TrajectoryLayerSpec
        /// Indices into `EvaluatedScene.runs`.
        package var runs: [Int]
    }

    package func evaluate(_ context: LayerEvaluationContext) -> Evaluated {
        Evaluated(spec: self, runs: context.runIndices(labelled: runLabels))
    }
}
