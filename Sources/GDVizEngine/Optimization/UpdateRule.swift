/// What one step of an optimizer produced.
public enum StepOutcome: Sendable, Equatable {
    /// The next iterate and the step size actually used (the learning rate, or the line search's α).
    case moved(to: Point2, stepSize: Double)
    /// The rule cannot continue (Newton with a singular Hessian).
    case stopped(StopReason)
}

/// One optimizer's update x_t → x_{t+1}. Rules may keep state (momentum buffers, second moments)
/// and are used for exactly one run.
public protocol UpdateRule {
    /// `jet` holds f, ∇f and the Hessian at `x`; `t` counts steps taken so far (0 for the first).
    mutating func step(from x: Point2, jet: Jet2, objective: Objective, t: Int) -> StepOutcome
}
