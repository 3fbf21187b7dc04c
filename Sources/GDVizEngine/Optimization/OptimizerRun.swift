/// When a run stops, shared by every optimizer.
public struct StoppingCriteria: Sendable, Equatable {
    /// Upper bound on the number of steps.
    public var maxSteps: Int
    /// ε: the run has converged once ‖∇f(x_t)‖ < ε (the lectures' "while ‖∇f(x⁽ᵗ⁾)‖ > ε").
    public var tolerance: Double
    /// Iterates outside this box count as diverged. See `divergenceBox(for:)`.
    public var bounds: Domain?

    public init(maxSteps: Int, tolerance: Double, bounds: Domain? = nil) {
        self.maxSteps = maxSteps
        self.tolerance = tolerance
        self.bounds = bounds
    }

    /// The plotted domain grown by ten times its size on every side: an iterate that far out
    /// has left any figure of the domain for good.
    public static func divergenceBox(for domain: Domain) -> Domain { domain.expanded(by: 10) }
}

/// Runs an update rule from a start point and records every iterate.
///
/// At each iterate x_t (t = 0, 1, …) it records x_t, f(x_t) and ‖∇f(x_t)‖, then stops with
/// `converged` if ‖∇f(x_t)‖ < ε, with `max_steps` if t = maxSteps, and otherwise asks the rule for
/// x_{t+1}. A non-finite iterate, value or gradient stops the run as `diverged` and is not
/// recorded (the last finite point is kept), except at the start, which is always recorded;
/// a finite iterate outside `bounds` is recorded and then stops the run as `diverged`.
public func runOptimizer<Rule: UpdateRule>(_ rule: Rule, objective: Objective, start: Point2,
                                           stopping: StoppingCriteria) -> Trajectory {
    var rule = rule
    var trajectory = Trajectory()
    var x = start
    var t = 0
    var slots: [Jet2] = []
    while true {
        let jet = objective.jet(at: x, slots: &slots)
        let gradientNorm = jet.gradient.norm
        guard x.isFinite, jet.value.isFinite, gradientNorm.isFinite else {
            trajectory.stop = .diverged
            if trajectory.points.isEmpty {
                // The start is always recorded (points[0] is the start), even where f is undefined.
                trajectory.points.append(x)
                trajectory.values.append(jet.value)
                trajectory.gradientNorms.append(gradientNorm)
            } else {
                trajectory.stepSizes.removeLast()
            }
            return trajectory
        }
        trajectory.points.append(x)
        trajectory.values.append(jet.value)
        trajectory.gradientNorms.append(gradientNorm)
        if let bounds = stopping.bounds, !bounds.contains(x) {
            trajectory.stop = .diverged
            return trajectory
        }
        if gradientNorm < stopping.tolerance {
            trajectory.stop = .converged
            return trajectory
        }
        if t >= stopping.maxSteps {
            trajectory.stop = .maxSteps
            return trajectory
        }
        switch rule.step(from: x, jet: jet, objective: objective, t: t) {
        case .moved(let next, let stepSize):
            trajectory.stepSizes.append(stepSize)
            x = next
            t += 1
        case .stopped(let reason):
            trajectory.stop = reason
            return trajectory
        }
    }
}
