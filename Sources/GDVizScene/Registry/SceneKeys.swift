import GDVizEngine

/// The keys of the scene objects that are not layers or panels: the top level, `size`,
/// `domain`, `axes`, function objects, runs and schedules. The reader takes its allowed keys
/// from here, and `gdviz list`, the JSON Schema and the reference table in docs/scenes.md their
/// descriptions and defaults.
package enum SceneKeys {
    package static let topLevel = [
        SettingKey("$schema", .string, "the JSON Schema an editor checks the file against (`gdviz schema`); ignored"),
        SettingKey("version", .integer(1...1), default: "1", "the scene format version; only 1 exists"),
        SettingKey("title", .string, "drawn above the figure; may contain $…$ math; absent: no title"),
        SettingKey("size", .object("size"), "the figure's width and height, in pixels or with a unit (\"12cm\"); absent: 800 × 600"),
        SettingKey("font_size", .oneOf([.positiveNumber, .length]),
                   "axis labels and annotations (titles 11 % larger, ticks and legends 22 % smaller), in pixels or "
                   + "with a unit (\"10pt\"); absent: 18, or \"10pt\" when the size has a physical unit"),
        SettingKey("font", .choice(TextFont.self), default: "\"sans\"",
                   "the text's typeface: DejaVu Sans, Latin Modern Roman (a LaTeX article) or Latin Modern Sans (beamer)"),
        SettingKey("function", .object("function"), required: true,
                   "f: an expression in x (and y), or an object with one of expression, quadratic, builtin, least_squares"),
        SettingKey("dimension", .integer(1...2), "1 or 2; absent: 2 if the function uses y, else 1"),
        SettingKey("domain", .domain, "the plotted region {\"x\": [min, max], \"y\": [min, max]}; "
                   + "required except for built-in test functions"),
        SettingKey("axes", .object("axes"), "axis labels, equal aspect and grid"),
        SettingKey("resolution", .integer(SceneDefaults.resolutionRange), default: "\(SceneDefaults.resolution)",
                   "samples per axis when f is sampled on a grid"),
        SettingKey("runs", .array(of: .object("run")), "optimizer runs; absent: none"),
        SettingKey("layers", .layers, "what to draw, back to front; absent: contours (1-D: curve), then trajectories"),
        SettingKey("panels", .array(of: .object("panel")), "several panels in a grid, each with its own layers"),
        SettingKey("columns", .integer(1...12), "panels per row; absent: the number of panels, at most 3"),
        SettingKey("text", .choice(TextMode.self), default: "\"glyphs\"",
                   "SVG/PDF text as text (searchable, selectable; PDF embeds font subsets) or \"paths\": outlines only"),
        SettingKey("theme", .choice(ThemeName.self), default: "\"light\"", "the colours of the whole figure"),
        SettingKey("cues", .choice(CueMode.self), default: "\"auto\"",
                   "\"auto\": each run also gets its own marker and dash pattern, so colour is never the only cue; \"color\": colour only"),
        SettingKey("share_axes", .boolean, default: "false",
                   "neighbouring plot panels over the same domain share their axis labels"),
        SettingKey("legend", .oneOf([.choice(LegendPosition.allCases.map(\.rawValue)), .object("legend")]),
                   "where every panel's legend goes: a position, or {\"position\": …, \"columns\": n}; absent: \"auto\""),
        SettingKey("animate", .object("animate"), "play the runs step by step (GIF, WebP, MP4, PDF pages); absent: a still figure"),
    ]

    package static let animate = [
        SettingKey("steps_per_frame", .integer(AnimationSpec.stepsPerFrameRange), default: "1", "optimizer steps added per frame"),
        SettingKey("fps", .positiveNumber, default: "10", "frames per second, 0.1 … 60"),
        SettingKey("hold_last", .number, default: "1", "seconds the last frame stays, 0 … 60"),
        SettingKey("trail", .oneOf([.choice(["all"]), .integer(1...SceneDefaults.maxStepsRange.upperBound)]), default: "\"all\"",
                   "the whole path so far, or only its last n steps"),
        SettingKey("runs", .choice(AnimationSpec.RunOrder.allCases.map(\.rawValue)), default: "\"together\"",
                   "all runs advance at once, or each starts when the one before has finished"),
        SettingKey("counter", .boolean, default: "true", "draw \"t = …\" in the top-right corner"),
    ]

    package static let size = [
        SettingKey("width", .oneOf([.integer(SceneDefaults.sizeRange), .length]), default: "\(SceneDefaults.width)",
                   "pixels (1 px = 1 pt, a PNG pixel at scale 1), or a length \"12cm\" from 50 pt to 8000 pt"),
        SettingKey("height", .oneOf([.integer(SceneDefaults.sizeRange), .length]), default: "\(SceneDefaults.height)",
                   "pixels, or a length \"8cm\""),
    ]

    package static let domain = [
        SettingKey("x", .interval, "[min, max] of x; required except for built-in test functions"),
        SettingKey("y", .interval, "[min, max] of y (2-D), or of the plotted values (1-D; absent: fitted to the curve)"),
    ]

    package static let legend = [
        SettingKey("position", .choice(LegendPosition.allCases.map(\.rawValue)), default: "\"auto\"", "where the legend goes"),
        SettingKey("columns", .integer(1...8), default: "1", "entries per row"),
    ]

    package static let axes = [
        SettingKey("x_label", .string, "the x axis label; absent: $x$ (or a least-squares parameter)"),
        SettingKey("y_label", .string, "the y axis label; absent: $y$ (1-D: $f(x)$)"),
        SettingKey("equal_aspect", .boolean, default: "false", "one data unit is as long on both axes"),
        SettingKey("grid", .boolean, default: "false", "light grid lines at the ticks"),
    ]

    /// The keys of a function object; exactly one of the first four.
    package static let function = [
        SettingKey("expression", .expression(variables: ["x", "y"]), "f as an expression in x (and y) and the params"),
        SettingKey("quadratic", .object("quadratic"), "½ xᵀAx − bᵀx + c"),
        SettingKey("builtin", .choice(TestFunction.Name.self), "a named test function"),
        SettingKey("least_squares", .object("least_squares"), "the mean squared error of a model fitted to data"),
        SettingKey("params", .parameters, "named constants of the expression or the built-in"),
    ]

    package static let quadratic = [
        SettingKey("A", .array(of: .numbers), required: true, "a symmetric 1×1 or 2×2 matrix, as rows"),
        SettingKey("b", .numbers, "the linear term; absent: 0"),
        SettingKey("c", .number, default: "0", "the constant"),
    ]

    package static let leastSquares = [
        SettingKey("x", .numbers, required: true, "the data's inputs"),
        SettingKey("y", .numbers, required: true, "the data's outputs, one per input"),
        SettingKey("model", .string, default: "\"theta0 + theta1*x\"", "the model in x and its parameters"),
        SettingKey("parameters", .strings,
                   "the 1 or 2 parameters, in axis order; absent: the model's names other than x, sorted"),
    ]

    /// The keys every run has; the optimizer-specific ones come from ``OptimizerMethod/entry``.
    package static let run = [
        SettingKey("label", .string, "legend text, unique in the scene; absent: run 1, run 2, …"),
        SettingKey("id", .nonEmptyString, "the name layers and panels refer to the run by (\"runs\": [...]), unique; "
                   + "absent: the label only"),
        SettingKey("optimizer", .choice(OptimizerMethod.self), default: "\"gd\"", "the method (gdviz list optimizers)"),
        SettingKey("start", .point, required: true, "x₀, one number per dimension"),
        SettingKey("lr", .oneOf([.positiveNumber, .choice(["auto"])]),
                   "the learning rate η (Newton: α; line search: α₀), or \"auto\" for 1/L; absent: \"auto\" for gd, "
                   + "momentum and nesterov, else the method's default"),
        SettingKey("max_steps", .integer(SceneDefaults.maxStepsRange), default: "\(SceneDefaults.maxSteps)",
                   "the most steps to take"),
        SettingKey("tolerance", .positiveNumber, default: "1e-06", "the run stops once ‖∇f‖ < tolerance"),
        SettingKey("color", .color, "the run's colour; absent: the next colour of the palette"),
        SettingKey("line_width", .positiveNumber, "width of the run's line in device units (0.25 … 12); absent: 1.8"),
        SettingKey("repeat", .integer(SceneDefaults.repeatRange), default: "1",
                   "sgd and minibatch: run with seeds seed … seed + n − 1; iterations panels draw the mean and a band"),
    ]

    /// Every optimizer setting, once (the reader checks each is used only by its methods), in the
    /// order messages and docs list them.
    package static var optimizerSettings: [OptimizerSetting] {
        var seen: Set<String> = []
        let order = ["seed", "batch_size", "momentum", "beta1", "beta2", "eps", "alpha", "shrink", "armijo", "schedule"]
        return OptimizerMethod.allCases.flatMap(\.entry.settings).filter { seen.insert($0.name).inserted }
            .sorted { (order.firstIndex(of: $0.name) ?? order.count) < (order.firstIndex(of: $1.name) ?? order.count) }
    }

    /// The optimizer settings as run keys. A setting several methods share with different
    /// defaults or ranges (eps, batch_size) gets the widest range and no single default.
    package static var optimizerSettingKeys: [SettingKey] {
        let all = OptimizerMethod.allCases.flatMap(\.entry.settings)
        return optimizerSettings.map { setting in
            let same = all.filter { $0.name == setting.name }
            var key = same.last!.settingKey
            if Set(same.map(\.defaultJSON)).count > 1 {
                key.defaultJSON = nil
                key.summary += "; default: " + OptimizerMethod.allCases.compactMap { method in
                    method.entry.settings.first { $0.name == setting.name }.map { "\($0.defaultJSON) (\(method.rawValue))" }
                }.joined(separator: ", ")
            }
            return key
        }
    }

    package static var allRunKeys: [String] { run.map(\.name) + optimizerSettings.map(\.name) }
}

/// The learning-rate schedules, as spelled in scene files.
package enum ScheduleKind: String, CaseIterable, Sendable {
    case constant, step
    case inverseTime = "inverse_time"
    case exponential
    case inverseSqrt = "inverse_sqrt"

    /// The schedule's parameters besides `"type"`.
    package var parameters: [SettingKey] {
        switch self {
        case .constant: return []
        case .step: return [SettingKey("every", .integer(1...1_000_000), required: true, "s, steps between decays"),
                            SettingKey("factor", .positiveNumber, required: true, "γ, the factor of each decay")]
        case .inverseTime: return [SettingKey("decay", .positiveNumber, required: true, "d")]
        case .exponential: return [SettingKey("gamma", .positiveNumber, required: true, "γ")]
        case .inverseSqrt: return [SettingKey("decay", .positiveNumber, default: "1", "d")]
        }
    }

    package var summary: String {
        switch self {
        case .constant: return "η_t = η"
        case .step: return "η_t = η · γ^⌊t/s⌋ (torch StepLR)"
        case .inverseTime: return "η_t = η / (1 + d·t)"
        case .exponential: return "η_t = η · γ^t (torch ExponentialLR)"
        case .inverseSqrt: return "η_t = η / √(1 + d·t), the O(1/√T) rate of SGD theory"
        }
    }
}

extension OptimizerSetting {
    /// The setting as a scene key.
    package var settingKey: SettingKey {
        let type: SettingType
        switch kind {
        case .fraction, .openFraction, .positiveNumber: type = .positiveNumber
        case .schedule: type = .object("schedule")
        case .integer(let range): type = .integer(range)
        }
        return SettingKey(name, type, default: defaultJSON, summary)
    }
}
