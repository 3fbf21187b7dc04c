/// `"animate"`: the scene's runs played step by step, one frame per `stepsPerFrame` steps.
///
/// The frames are a schedule over the runs computed for the still figure: frame `f` shows
/// `f · stepsPerFrame` steps (see ``AnimationSchedule``), so every frame shares the still
/// figure's layout.
package struct AnimationSpec: Sendable, Equatable {
    /// How much of each run's path stays visible behind its current iterate.
    package enum Trail: Sendable, Equatable {
        /// The whole path so far.
        case all
        /// Only the last `n` steps.
        case last(Int)
    }

    /// Whether all runs advance at once or each waits for the one before it to finish.
    package enum RunOrder: String, Sendable, Equatable, CaseIterable {
        case together
        case oneAfterAnother = "one after another"
    }

    /// Optimizer steps added per frame, at least 1. Default 1.
    package var stepsPerFrame: Int
    /// Frames per second of GIF, WebP and MP4 output, `0.1...60`. Default 10.
    package var fps: Double
    /// Seconds the last frame stays before the animation loops, `0...60`. Default 1.
    package var holdLast: Double
    package var trail: Trail
    package var runs: RunOrder
    /// Draws "t = …" in the figure's top-right corner. Default true.
    package var counter: Bool

    package init(stepsPerFrame: Int = 1, fps: Double = AnimationSpec.defaultFPS, holdLast: Double = 1,
                trail: Trail = .all, runs: RunOrder = .together, counter: Bool = true) {
        self.stepsPerFrame = stepsPerFrame
        self.fps = fps
        self.holdLast = holdLast
        self.trail = trail
        self.runs = runs
        self.counter = counter
    }

    package static let defaultFPS = 10.0
    package static let fpsRange = 0.1...60.0
    package static let holdRange = 0.0...60.0
    package static let stepsPerFrameRange = 1...1_000_000
    /// The most frames one animation may have. 1000 frames of a 900 × 560 figure are about 2 s of
    /// rendering and a few MB of GIF; more is a mistake in `steps_per_frame` far more often
    /// than a wish.
    package static let maxFrames = 1000
}

/// Which step of each run a frame shows.
package struct AnimationSchedule: Sendable, Equatable {
    /// Steps each run takes (its iterates minus one), in scene order.
    package let runSteps: [Int]
    package let spec: AnimationSpec

    package init(runSteps: [Int], spec: AnimationSpec) {
        self.runSteps = runSteps.map { max(0, $0) }
        self.spec = spec
    }

    /// Steps on the animation's clock: the longest run together, all runs one after another.
    package var totalSteps: Int {
        spec.runs == .together ? (runSteps.max() ?? 0) : runSteps.reduce(0, +)
    }

    /// Frame 0 shows the start points; the last frame shows every run complete.
    package var frameCount: Int {
        let k = max(1, spec.stepsPerFrame)
        return (totalSteps + k - 1) / k + 1
    }

    /// The clock at frame `f`: `f · stepsPerFrame`, capped at the end.
    package func clock(atFrame f: Int) -> Int {
        min(totalSteps, max(0, f) * max(1, spec.stepsPerFrame))
    }

    /// Steps of run `r` shown at frame `f`; `nil` when the run has not started yet (one after another).
    package func visibleSteps(run r: Int, frame f: Int) -> Int? {
        let clock = clock(atFrame: f)
        guard spec.runs == .oneAfterAnother else { return min(runSteps[r], clock) }
        let offset = runSteps[..<r].reduce(0, +)
        if clock < offset { return nil }
        return min(runSteps[r], clock - offset)
    }

    /// The step counter shown as "t = …": the clock together, the running run's own step otherwise.
    package func counter(atFrame f: Int) -> Int {
        let clock = clock(atFrame: f)
        guard spec.runs == .oneAfterAnother else { return clock }
        var offset = 0
        for steps in runSteps {
            if clock <= offset + steps { return clock - offset }
            offset += steps
        }
        return runSteps.last ?? 0
    }

    /// How long each frame stays, in seconds: 1/fps, the last one `holdLast` longer.
    package func duration(ofFrame f: Int) -> Double {
        1 / spec.fps + (f == frameCount - 1 ? spec.holdLast : 0)
    }
}
