import GDVizEngine

/// What an iteration panel plots against the step t.
package enum IterationQuantity: String, Sendable, CaseIterable, Codable {
    /// f(x_t).
    case value
    /// f(x_t) − f*, with f* the smallest minimum the engine finds (or the smallest value reached).
    case gap
    /// ‖∇f(x_t)‖.
    case gradientNorm = "gradient_norm"
    /// α_t, the step size the method used at step t (the line search's accepted α; else η_t).
    case stepSize = "step_size"
    /// η_t, the learning-rate schedule (the line search's first trial α₀).
    case learningRate = "learning_rate"
}

/// Axis scales of an iteration panel: `log` makes the quantity axis logarithmic, `loglog` both.
package enum IterationScale: String, Sendable, CaseIterable, Codable {
    case linear, log, loglog
}

/// `{"type": "iterations"}`: convergence curves, one per run, against the step t.
package struct IterationsPanelSpec: PanelSpecification {
    package static let kind = PanelKind(
        name: "iterations", summary: "convergence curves of the runs against the step t", dimensions: 1...2,
        keys: [
            PanelKind.titleKey,
            SettingKey("quantity", .choice(IterationQuantity.self), default: "\"gap\"",
                       "what to plot: f(x_t), f(x_t) − f*, or ‖∇f(x_t)‖"),
            SettingKey("scale", .choice(IterationScale.self), default: "\"log\"",
                       "log makes the quantity axis logarithmic, loglog both axes"),
            SettingKey("runs", .strings, "labels of the runs to plot; absent: every run"),
            SettingKey("y_label", .string, "the y axis label; absent: the quantity's symbol"),
            SettingKey("y_range", .interval, "[min, max] of the y axis; absent: fitted to the curves"),
            SettingKey("reference", .array(of: .object("reference")),
                       "dashed guide lines C/t, C/√t or C·qᵗ, each through the first point of a run's curve; absent: none"),
            SettingKey("band", .choice(IterationBand.self), default: "\"minmax\"",
                       "runs with \"repeat\": shade min…max over the seeds, mean ± σ (\"std\"), or nothing around the mean"),
            PanelKind.legendKey,
        ])

    package var title: String?
    package var quantity: IterationQuantity
    package var scale: IterationScale
    /// The runs to plot, or `nil` for every run.
    package var runLabels: [String]?
    package var yLabel: String?
    package var yRange: [Double]?
    package var references: [ReferenceRate] = []
    package var band: IterationBand = .minmax
    /// The panel's own `"legend"`; nil: the scene's.
    package var legend: LegendOptions?

    package init(title: String? = nil, quantity: IterationQuantity = .gap, scale: IterationScale = .log,
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
        panel.yLabel = input.optional("y_label", default: nil, SceneReader.text)
        if let range = input["y_range"] {
            if case .array(let items) = range, items.count == 2, case .number(let lo) = items[0], case .number(let hi) = items[1],
               lo.isFinite, hi.isFinite, lo < hi, panel.scale == .linear || lo > 0 {
                panel.yRange = [lo, hi]
            } else {
                reader.expected(panel.scale == .linear ? "[min, max] with min < max" : "[min, max] with 0 < min < max (log axis)",
                                got: range, at: input.path.key("y_range"))
            }
        }
        if let runs = input["runs"] {
            panel.runLabels = reader.readRunReferences(runs, at: input.path.key("runs"), runLabels: input.runLabels)
        }
        if let value = input["reference"] {
            panel.references = reader.readReferences(value, at: input.path.key("reference"), runLabels: input.runLabels)
        }
        panel.band = input.optional("band", default: .minmax) { reader.choice($0, at: $1) }
        panel.legend = input["legend"].flatMap { reader.readLegend($0, at: input.path.key("legend")) }
        if input.runLabels.isEmpty {
            reader.report(input.path, "an iterations panel plots optimizer runs, but the scene has no \"runs\"")
        }
        return panel
    }

    /// `optimum` is f* for the `gap` quantity: the smallest minimum found or value reached.
    package struct Evaluated: EvaluatedPanelContent {
        package var spec: IterationsPanelSpec
        /// Indices into `EvaluatedScene.runs`.
        package var runs: [Int]
        package var optimum: Double
        /// One curve per run in `runs`, in plotted coordinates.
        package var series: [IterationSeries] = []
        /// The `"reference"` guides, from their anchor to the last plotted step.
        package var references: [ReferenceGuide] = []
        /// The legend options in force (the panel's, else the scene's).
        package var legend = LegendOptions()
    }

    package func evaluate(_ context: PanelEvaluationContext) -> Evaluated {
        let indices = context.runIndices(labelled: runLabels)
        let optimum = SceneEvaluator.optimum(context.stationarySet().points, runs: context.runs)
        var result = Evaluated(spec: self, runs: indices, optimum: optimum)
        result.legend = legend ?? context.scene.legend
        result.series = indices.map { series(context.runs[$0], index: $0, optimum: optimum) }
        let lastStep = result.series.flatMap { $0.points.map(\.x) }.max() ?? 1
        result.references = references.map { reference in
            let anchor = reference.run.flatMap { label in context.runs.firstIndex { $0.spec.label == label } }
            let curve = anchor.map { series(context.runs[$0], index: $0, optimum: optimum).points }
                ?? result.series.first?.points ?? []
            return ReferenceGuide(reference: reference, label: reference.displayLabel,
                                  points: reference.guide(through: curve, to: lastStep))
        }
        return result
    }
}
