import GDVizEngine

/// What an iteration panel plots against the step t.
public enum IterationQuantity: String, Sendable, CaseIterable, Codable {
    /// f(x_t).
    case value
    /// f(x_t) − f*, with f* the smallest minimum the engine finds (or the smallest value reached).
    case gap
    /// ‖∇f(x_t)‖.
    case gradientNorm = "gradient_norm"
}

/// Axis scales of an iteration panel: `log` makes the quantity axis logarithmic, `loglog` both.
public enum IterationScale: String, Sendable, CaseIterable, Codable {
    case linear, log, loglog
}

/// `{"type": "iterations"}`: convergence curves, one per run, against the step t.
public struct IterationsPanelSpec: PanelSpecification {
    package static let kind = PanelKind(
        name: "iterations", summary: "convergence curves of the runs against the step t", dimensions: 1...2,
        keys: [
            PanelKind.titleKey,
            SettingKey("quantity", .choice(IterationQuantity.self), default: "\"gap\"",
                       "what to plot: f(x_t), f(x_t) − f*, or ‖∇f(x_t)‖"),
            SettingKey("scale", .choice(IterationScale.self), default: "\"log\"",
                       "log makes the quantity axis logarithmic, loglog both axes"),
            SettingKey("runs", .strings, "labels of the runs to plot; absent: every run"),
        ])

    public var title: String?
    public var quantity: IterationQuantity
    public var scale: IterationScale
    /// The runs to plot, or `nil` for every run.
    public var runLabels: [String]?

    public init(title: String? = nil, quantity: IterationQuantity = .gap, scale: IterationScale = .log,
                runLabels: [String]? = nil) {
        self.title = title
        self.quantity = quantity
        self.scale = scale
        self.runLabels = runLabels
    }

    package static func read(_ input: SpecInput) -> IterationsPanelSpec? {
        let reader = input.reader
        var panel = IterationsPanelSpec()
        panel.title = input.optional("title", default: nil, SceneReader.text)
        panel.quantity = input.optional("quantity", default: .gap) { reader.choice($0, at: $1) }
        panel.scale = input.optional("scale", default: .log) { reader.choice($0, at: $1) }
        if let runs = input["runs"] {
            panel.runLabels = reader.readRunReferences(runs, at: input.path.key("runs"), runLabels: input.runLabels)
        }
        if input.runLabels.isEmpty {
            reader.report(input.path, "an iterations panel plots optimizer runs, but the scene has no \"runs\"")
        }
        return panel
    }

    /// `optimum` is f* for the `gap` quantity: the smallest minimum found or value reached.
    public struct Evaluated: EvaluatedPanelContent {
        public var spec: IterationsPanelSpec
        /// Indices into `EvaluatedScene.runs`.
        public var runs: [Int]
        public var optimum: Double
    }

    package func evaluate(_ context: PanelEvaluationContext) -> Evaluated {
        Evaluated(spec: self, runs: context.runIndices(labelled: runLabels),
                  optimum: SceneEvaluator.optimum(context.objective, scene: context.scene, runs: context.runs))
    }
}
