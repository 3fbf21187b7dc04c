/// Nesterov momentum, in PyTorch's form (`torch.optim.SGD(lr: η, momentum: μ, nesterov: True)`,
/// dampening 0):
///
///     b_1 = g_1,   b_t = μ b_{t−1} + g_t   (t > 1)
///     x_t = x_{t−1} − η_t (g_t + μ b_t)
///
/// where g_t = ∇f(x_{t−1}). This is the "look-ahead" method rewritten so that the gradient is
/// taken at the current iterate only (Sutskever et al. 2013, with the buffer scaled as in
/// ``Momentum``).
package struct Nesterov: UpdateRule {
    private var rule: Momentum

    package init(learningRate: Double, momentum: Double = 0.9, schedule: LearningRateSchedule = .constant) {
        rule = Momentum(learningRate: learningRate, momentum: momentum, schedule: schedule, nesterov: true)
    }

    package var learningRate: Double { rule.learningRate }
    /// μ, torch's default 0 replaced by the lectures' 0.9.
    package var momentum: Double { rule.momentum }
    package var schedule: LearningRateSchedule { rule.schedule }

    package mutating func step(from x: Point2, jet: Jet2, objective: Objective, t: Int) -> StepOutcome {
        rule.step(from: x, jet: jet, objective: objective, t: t)
    }
}
