/// `"animate"`: how the runs are played as frames.
extension SceneReader {
    static let animationKeys = SceneKeys.animate.map(\.name)

    /// The animation settings, or `nil` without `"animate"`. `runs` gives the frame budget its
    /// upper bound: no run takes more than its `max_steps`.
    func readAnimation(_ value: JSONValue?, at path: JSONPath, runs: [RunSpec]) -> AnimationSpec? {
        guard let value else { return nil }
        guard let keys = members(of: value, at: path, allowed: Self.animationKeys,
                                    expected: #"an object such as {"steps_per_frame": 1, "fps": 10}"#)
        else { return nil }
        var spec = AnimationSpec()
        spec.stepsPerFrame = optional(keys, "steps_per_frame", in: path, default: 1) {
            self.integer($0, at: $1, in: AnimationSpec.stepsPerFrameRange)
        }
        spec.fps = optional(keys, "fps", in: path, default: AnimationSpec.defaultFPS) {
            self.boundedNumber($0, at: $1, in: AnimationSpec.fpsRange)
        }
        spec.holdLast = optional(keys, "hold_last", in: path, default: 1) {
            self.boundedNumber($0, at: $1, in: AnimationSpec.holdRange)
        }
        spec.trail = optional(keys, "trail", in: path, default: .all, readTrail)
        spec.runs = optional(keys, "runs", in: path, default: .together) { self.choice($0, at: $1) }
        spec.counter = optional(keys, "counter", in: path, default: true, bool)
        checkFrameBudget(spec, runs: runs, at: path)
        return spec
    }

    private func readTrail(_ value: JSONValue, at path: JSONPath) -> AnimationSpec.Trail? {
        if case .string("all") = value { return .all }
        if case .number(let n) = value, n == n.rounded(), n >= 1, n <= Double(SceneDefaults.maxStepsRange.upperBound) {
            return .last(Int(n))
        }
        expected(#""all" or a whole number of steps ≥ 1"#, got: value, at: path)
        return nil
    }

    func boundedNumber(_ value: JSONValue, at path: JSONPath, in range: ClosedRange<Double>) -> Double? {
        guard case .number(let n) = value, n.isFinite, range.contains(n) else {
            expected("a number between \(Self.plain(range.lowerBound)) and \(Self.plain(range.upperBound))",
                     got: value, at: path)
            return nil
        }
        return n
    }

    private static func plain(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }

    /// The most frames the runs can need (every run taking all its `max_steps`) must fit
    /// ``AnimationSpec/maxFrames``; the message says which `steps_per_frame` would fit.
    private func checkFrameBudget(_ spec: AnimationSpec, runs: [RunSpec], at path: JSONPath) {
        let schedule = AnimationSchedule(runSteps: runs.map(\.maxSteps), spec: spec)
        let frames = schedule.frameCount
        guard frames > AnimationSpec.maxFrames else { return }
        let total = schedule.totalSteps
        let needed = (total + AnimationSpec.maxFrames - 2) / (AnimationSpec.maxFrames - 1)
        let clock = spec.runs == .together ? "the longest run's" : "the runs' total of"
        report(path.key("steps_per_frame"),
               "\(clock) \(total) steps (max_steps) at \(spec.stepsPerFrame) per frame give \(frames) frames; "
               + "at most \(AnimationSpec.maxFrames) are allowed: use \"steps_per_frame\": \(needed) or more, "
               + "or lower max_steps")
    }
}
