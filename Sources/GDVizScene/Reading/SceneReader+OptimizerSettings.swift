import GDVizEngine

/// Optimizer-specific run keys: each is accepted only by the optimizers that use it.
extension SceneReader {
    /// The settings the generic "does not apply" check covers (seed and batch_size have their own).
    static let settingKeys = SceneKeys.optimizerSettings.map(\.name).filter { $0 != "seed" && $0 != "batch_size" }
    static var scheduleKeys: [String] {
        var seen: Set<String> = []
        return ["type"] + ScheduleKind.allCases.flatMap { $0.parameters.map(\.name) }.filter { seen.insert($0).inserted }
    }

    func readSettings(_ run: [String: JSONValue], at path: JSONPath, optimizer: OptimizerMethod,
                      learningRate: Double) -> OptimizerSettings {
        var settings = OptimizerSettings(learningRate: learningRate)
        let allowed = optimizer.settingNames
        for key in Self.settingKeys where run[key] != nil && !allowed.contains(key) {
            let users = OptimizerMethod.allCases.filter { $0.settingNames.contains(key) }.map(\.rawValue)
            report(path.key(key), "\(JSONValue.quote(key)) does not apply to \(JSONValue.quote(optimizer.rawValue)); "
                   + "it is a setting of \(Self.list(users))")
        }
        func fraction(_ value: JSONValue, _ path: JSONPath) -> Double? {
            guard let x = finiteNumber(value, at: path) else { return nil }
            guard x >= 0, x < 1 else {
                expected("a number in [0, 1)", got: value, at: path)
                return nil
            }
            return x
        }
        if allowed.contains("momentum") {
            settings.momentum = optional(run, "momentum", in: path, default: OptimizerSettings.defaultMomentum, fraction)
        }
        if allowed.contains("beta1") { settings.beta1 = optional(run, "beta1", in: path, default: settings.beta1, fraction) }
        if allowed.contains("beta2") { settings.beta2 = optional(run, "beta2", in: path, default: settings.beta2, fraction) }
        if allowed.contains("alpha") {
            settings.rmspropAlpha = optional(run, "alpha", in: path, default: settings.rmspropAlpha, fraction)
        }
        if allowed.contains("eps"), let eps = run["eps"] {
            settings.eps = positiveNumber(eps, at: path.key("eps"))
        }
        if allowed.contains("shrink") {
            settings.rho = optional(run, "shrink", in: path, default: settings.rho) { value, path in
                guard let x = fraction(value, path), x > 0 else {
                    self.expected("a number in (0, 1)", got: value, at: path)
                    return nil
                }
                return x
            }
        }
        if allowed.contains("armijo") {
            settings.armijoC = optional(run, "armijo", in: path, default: settings.armijoC) { value, path in
                guard let x = fraction(value, path), x > 0 else {
                    self.expected("a number in (0, 1)", got: value, at: path)
                    return nil
                }
                return x
            }
        }
        if allowed.contains("schedule"), let schedule = run["schedule"] {
            settings.schedule = readSchedule(schedule, at: path.key("schedule")) ?? .constant
        }
        return settings
    }

    /// `"constant"`, or `{"type": "step", "every": 100, "factor": 0.5}`,
    /// `{"type": "inverse_time", "decay": 0.01}`, `{"type": "exponential", "gamma": 0.99}`.
    func readSchedule(_ value: JSONValue, at path: JSONPath) -> LearningRateSchedule? {
        if case .string = value {
            let kind: ScheduleKind? = choice(value, at: path)
            guard let kind else { return nil }
            if kind == .inverseSqrt { return .inverseSqrt(decay: 1) }
            if kind != .constant {
                report(path, #"schedule "\#(kind.rawValue)" needs its parameters, e.g. "#
                       + #"{"type": "step", "every": 100, "factor": 0.5}"#)
            }
            return .constant
        }
        guard let members = members(of: value, at: path, allowed: Self.scheduleKeys,
                                    expected: #"a schedule such as {"type": "exponential", "gamma": 0.99}"#)
        else { return nil }
        guard let typeValue = members["type"] else {
            missing(path.key("type"), expected: "one of \(Self.list(ScheduleKind.allCases.map(\.rawValue)))")
            return nil
        }
        guard let kind: ScheduleKind = choice(typeValue, at: path.key("type")) else { return nil }
        let needed = kind.parameters.filter(\.required).map(\.name)
        let accepted = kind.parameters.map(\.name)
        for key in Self.scheduleKeys.dropFirst() where members[key] != nil && !accepted.contains(key) {
            report(path.key(key), "\(JSONValue.quote(key)) is not a parameter of the \(JSONValue.quote(kind.rawValue)) schedule")
        }
        for key in needed where members[key] == nil {
            missing(path.key(key), expected: "a number")
        }
        switch kind {
        case .constant:
            return .constant
        case .step:
            let every = members["every"].flatMap { integer($0, at: path.key("every"), in: 1...1_000_000) } ?? 1
            let factor = members["factor"].flatMap { positiveNumber($0, at: path.key("factor")) } ?? 1
            return .step(every: every, factor: factor)
        case .inverseTime:
            let decay = members["decay"].flatMap { positiveNumber($0, at: path.key("decay")) } ?? 0
            return .inverseTime(decay: decay)
        case .exponential:
            let gamma = members["gamma"].flatMap { positiveNumber($0, at: path.key("gamma")) } ?? 1
            return .exponential(gamma: gamma)
        case .inverseSqrt:
            let decay = members["decay"].flatMap { positiveNumber($0, at: path.key("decay")) } ?? 1
            return .inverseSqrt(decay: decay)
        }
    }
}
