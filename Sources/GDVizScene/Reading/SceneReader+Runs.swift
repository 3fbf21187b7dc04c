/// `"runs"`: optimizer runs, each with a unique label.
extension SceneReader {
    static let runKeys = ["label", "optimizer", "start", "lr", "max_steps", "tolerance", "color"]

    /// One ``RunSpec`` per array element, even for elements with problems (with placeholder
    /// values), so that layers can still be checked against every label.
    func readRuns(_ value: JSONValue?, at path: JSONPath, dimension: Int) -> [RunSpec] {
        guard let value else { return [] }
        guard case .array(let items) = value else {
            expected("an array of runs", got: value, at: path)
            return []
        }
        var runs: [RunSpec] = []
        var firstUse: [String: JSONPath] = [:]
        for (index, item) in items.enumerated() {
            let runPath = path.index(index)
            let run = readRun(item, at: runPath, number: index + 1, dimension: dimension)
            let labelPath = Self.hasLabel(item) ? runPath.key("label") : runPath
            if let earlier = firstUse[run.label] {
                report(labelPath, "duplicate run label \(JSONValue.quote(run.label)); \(earlier) has it too")
            } else {
                firstUse[run.label] = runPath
            }
            runs.append(run)
        }
        return runs
    }

    private static func hasLabel(_ item: JSONValue) -> Bool {
        guard case .object(let members) = item, let label = members["label"] else { return false }
        return label != .null
    }

    private func readRun(_ value: JSONValue, at path: JSONPath, number: Int, dimension: Int) -> RunSpec {
        let defaultLabel = "run \(number)"
        let placeholderStart = Array(repeating: 0.0, count: dimension)
        guard let run = members(of: value, at: path, allowed: Self.runKeys) else {
            return RunSpec(label: defaultLabel, start: placeholderStart)
        }
        let label = optional(run, "label", in: path, default: defaultLabel, nonEmptyString)
        let optimizer: OptimizerKind = optional(run, "optimizer", in: path, default: .gd) { self.choice($0, at: $1) }
        let start: [Double]
        if let startValue = run["start"] {
            start = readStart(startValue, at: path.key("start"), dimension: dimension) ?? placeholderStart
        } else {
            missing(path.key("start"), expected: Self.startShape(dimension))
            start = placeholderStart
        }
        return RunSpec(
            label: label, optimizer: optimizer, start: start,
            learningRate: optional(run, "lr", in: path, default: SceneDefaults.learningRate, positiveNumber),
            maxSteps: optional(run, "max_steps", in: path, default: SceneDefaults.maxSteps) {
                self.integer($0, at: $1, in: SceneDefaults.maxStepsRange)
            },
            tolerance: optional(run, "tolerance", in: path, default: SceneDefaults.tolerance, positiveNumber),
            color: optional(run, "color", in: path, default: nil) { self.hexColor($0, at: $1) })
    }

    private static func startShape(_ dimension: Int) -> String {
        dimension == 1 ? "a number or an array of 1 number [x]" : "an array of 2 numbers [x, y]"
    }

    /// x₀: `[x, y]` in 2-D; `[x]` or a bare number in 1-D.
    private func readStart(_ value: JSONValue, at path: JSONPath, dimension: Int) -> [Double]? {
        switch value {
        case .number(let x) where dimension == 1 && x.isFinite:
            return [x]
        case .array(let items) where items.count == dimension:
            let numbers = items.compactMap { item -> Double? in
                guard case .number(let n) = item, n.isFinite else { return nil }
                return n
            }
            if numbers.count == dimension { return numbers }
        default:
            break
        }
        expected(Self.startShape(dimension), got: value, at: path)
        return nil
    }
}
