import GDVizEngine

/// `"runs"`: optimizer runs, each with a unique label.
extension SceneReader {
    static let runKeys = SceneKeys.allRunKeys

    /// One ``RunSpec`` per array element, even for elements with problems (with placeholder
    /// values), so that layers can still be checked against every label. `functionForm` (`nil`
    /// when the function could not be read) decides whether the stochastic optimizers are allowed.
    func readRuns(_ value: JSONValue?, at path: JSONPath, dimension: Int,
                  functionForm: FunctionReading.Form? = nil) -> [RunSpec] {
        guard let value else { return [] }
        guard case .array(let items) = value else {
            expected("an array of runs", got: value, at: path)
            return []
        }
        var runs: [RunSpec] = []
        var firstUse: [String: JSONPath] = [:]
        for (index, item) in items.enumerated() {
            let runPath = path.index(index)
            let run = readRun(item, at: runPath, number: index + 1, dimension: dimension, functionForm: functionForm)
            let labelPath = Self.hasLabel(item) ? runPath.key("label") : runPath
            if let earlier = firstUse[run.label] {
                report(labelPath, "duplicate run label \(JSONValue.quote(run.label)); \(earlier) has it too")
            } else {
                firstUse[run.label] = runPath
            }
            runs.append(run)
        }
        checkRunIDs(runs, at: path)
        return runs
    }

    /// Ids are unique, and an id that is another run's label would make `"runs": [name]` ambiguous.
    /// Fills ``runIDs`` for ``readRunReferences(_:at:runLabels:)``.
    private func checkRunIDs(_ runs: [RunSpec], at path: JSONPath) {
        var seen: [String: Int] = [:]
        for (index, run) in runs.enumerated() {
            guard let id = run.id else { continue }
            let idPath = path.index(index).key("id")
            if let earlier = seen[id] {
                report(idPath, "duplicate run id \(JSONValue.quote(id)); \(path.index(earlier)) has it too")
            } else if let other = runs.indices.first(where: { $0 != index && runs[$0].label == id }) {
                report(idPath, "the id \(JSONValue.quote(id)) is the label of \(path.index(other)); "
                       + "a reference to it would be ambiguous, so pick another id")
            } else {
                seen[id] = index
                runIDs[id] = run.label
            }
        }
    }

    /// Allowed `"line_width"` of a run, device units.
    static let runLineWidthRange = 0.25...12.0

    private static func hasLabel(_ item: JSONValue) -> Bool {
        guard case .object(let members) = item, let label = members["label"] else { return false }
        return label != .null
    }

    private func readRun(_ value: JSONValue, at path: JSONPath, number: Int, dimension: Int,
                         functionForm: FunctionReading.Form?) -> RunSpec {
        let defaultLabel = "run \(number)"
        let placeholderStart = ScenePoint.origin(dimension: dimension)
        guard let run = members(of: value, at: path, allowed: Self.runKeys) else {
            return RunSpec(label: defaultLabel, start: placeholderStart)
        }
        let label = optional(run, "label", in: path, default: defaultLabel, nonEmptyText)
        let optimizer: OptimizerMethod = optional(run, "optimizer", in: path, default: .gd) { self.choice($0, at: $1) }
        let start: ScenePoint
        if let startValue = run["start"] {
            start = readPoint(startValue, at: path.key("start"), dimension: dimension, bareNumber: true) ?? placeholderStart
        } else {
            missing(path.key("start"), expected: Self.pointShape(dimension, bareNumber: true))
            start = placeholderStart
        }
        let (seed, batchSize) = readSampling(run, at: path, optimizer: optimizer, functionForm: functionForm)
        var automatic = optimizer.defaultsToAutomaticLearningRate
        let learningRate = optional(run, "lr", in: path, default: optimizer.defaultLearningRate) { value, path in
            if case .string("auto") = value {
                if optimizer.isStochastic || optimizer == .newton || optimizer == .gdLineSearch {
                    self.report(path, #""lr": "auto" (1/L) applies to "gd", "momentum", "nesterov", "adagrad", "#
                                + #""rmsprop" and "adam"; give \#(JSONValue.quote(optimizer.rawValue)) a number"#)
                }
                automatic = true
                return optimizer.defaultLearningRate
            }
            automatic = false
            guard case .number = value else {
                self.expected(#"a positive number or "auto""#, got: value, at: path)
                return nil
            }
            return self.positiveNumber(value, at: path)
        }
        var spec = RunSpec(
            label: label, optimizer: optimizer, start: start,
            learningRate: learningRate,
            maxSteps: optional(run, "max_steps", in: path, default: SceneDefaults.maxSteps) {
                self.integer($0, at: $1, in: SceneDefaults.maxStepsRange)
            },
            tolerance: optional(run, "tolerance", in: path, default: SceneDefaults.tolerance, positiveNumber),
            color: optional(run, "color", in: path, default: nil) { self.hexColor($0, at: $1) },
            seed: seed, batchSize: batchSize)
        spec.id = optional(run, "id", in: path, default: nil, nonEmptyText)
        spec.lineWidth = optional(run, "line_width", in: path, default: nil) { value, path in
            self.boundedNumber(value, at: path, in: Self.runLineWidthRange)
        }
        spec.autoLearningRate = automatic
        spec.repeatCount = optional(run, "repeat", in: path, default: 1) { self.integer($0, at: $1, in: SceneDefaults.repeatRange) }
        if spec.repeatCount > 1, !optimizer.isStochastic {
            report(path.key("repeat"), "\(JSONValue.quote(optimizer.rawValue)) is deterministic: every repeat would "
                   + #"give the same run; "repeat" averages over seeds of "sgd" or "minibatch""#)
        }
        spec.settings = readSettings(run, at: path, optimizer: optimizer, learningRate: learningRate)
        return spec
    }

    /// `"seed"` and `"batch_size"`, which only the stochastic optimizers take, and only on a
    /// least-squares function: the data set is what they sample.
    private func readSampling(_ run: [String: JSONValue], at path: JSONPath, optimizer: OptimizerMethod,
                              functionForm: FunctionReading.Form?) -> (UInt64, Int) {
        let stochastic = optimizer == .sgd || optimizer == .minibatch
        let name = JSONValue.quote(optimizer.rawValue)
        if stochastic, let functionForm, functionForm != .leastSquares {
            report(path.key("optimizer"), "\(name) samples a data set, so it needs a least-squares function "
                   + #"("function": {"least_squares": …}); this scene's function is \#(functionForm.description)"#)
        }
        if !stochastic {
            for key in ["seed", "batch_size"] where run[key] != nil {
                report(path.key(key), "\(JSONValue.quote(key)) applies only to the stochastic optimizers "
                       + #""sgd" and "minibatch", which sample a least-squares data set"#)
            }
            return (SceneDefaults.seed, SceneDefaults.batchSize)
        }
        let seed = optional(run, "seed", in: path, default: Int(SceneDefaults.seed)) {
            self.integer($0, at: $1, in: SceneDefaults.seedRange)
        }
        let batchSize = optional(run, "batch_size", in: path, default: SceneDefaults.batchSize) {
            self.integer($0, at: $1, in: SceneDefaults.batchSizeRange)
        }
        if optimizer == .sgd, batchSize != 1 {
            report(path.key("batch_size"), #""sgd" takes one sample per step; for batches of \#(batchSize) use "#
                   + #""optimizer": "minibatch""#)
        }
        return (UInt64(seed), batchSize)
    }
}

extension OptimizerMethod {
    /// Whether a run without `"lr"` gets `"lr": "auto"` (η = 1/L): gd, momentum and nesterov,
    /// whose step must fit the curvature (0.1 bounces forever on x² + 10y², where 2/L = 0.1).
    var defaultsToAutomaticLearningRate: Bool { self == .gd || self == .momentum || self == .nesterov }
}
