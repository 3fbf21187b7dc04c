import GDVizEngine

/// `{"type": "trajectories"}`: the iterates of some or all runs, as polylines with markers.
package struct TrajectoryLayerSpec: LayerSpecification {
    package static let kind = LayerKind(
        name: "trajectories", summary: "the iterates of optimizer runs, joined and marked", dimensions: 1...2,
        keys: [
            SettingKey("runs", .strings, "ids or labels of the runs to draw; absent: every run"),
            SettingKey("markers", TrajectoryMarks.settingType, default: "\"auto\"",
                       "dots on the iterates: \"auto\" thins them to a few pixels apart, k marks every k-th, true every one"),
            SettingKey("step_numbers", TrajectoryMarks.settingType, default: "false",
                       "write the step number k beside iterates, thinned so they never overlap (k: every k-th)"),
            SettingKey("label_ends", .boolean, default: "false",
                       "write each run's label beside its last iterate instead of in the legend"),
        ])

    /// The labels of the runs to draw, or `nil` for every run.
    package var runLabels: [String]?
    /// Which iterates get a dot. Default `.auto`.
    package var markers: TrajectoryMarks
    /// Which iterates x_k get their step number k. Default `.none`.
    package var stepNumbers: TrajectoryMarks
    /// Each run's label beside its end instead of in the legend. Default `false`.
    package var labelEnds = false

    package init(runLabels: [String]? = nil, markers: TrajectoryMarks = .auto, stepNumbers: TrajectoryMarks = .none) {
        self.runLabels = runLabels
        self.markers = markers
        self.stepNumbers = stepNumbers
    }

    package static func read(_ input: SpecInput) -> TrajectoryLayerSpec? {
        var layer = TrajectoryLayerSpec()
        if let value = input["runs"] {
            layer.runLabels = input.reader.readRunReferences(value, at: input.path.key("runs"), runLabels: input.runLabels)
        }
        layer.markers = input.optional("markers", default: layer.markers) { value, path in
            input.reader.trajectoryMarks(value, at: path, trueMeans: .all)
        }
        layer.stepNumbers = input.optional("step_numbers", default: layer.stepNumbers) { value, path in
            input.reader.trajectoryMarks(value, at: path, trueMeans: .auto)
        }
        layer.labelEnds = input.optional("label_ends", default: false, SceneReader.bool)
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
