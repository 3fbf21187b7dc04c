/// Gradient descent with heavy-ball momentum, in PyTorch's form
/// (`torch.optim.SGD(lr: η, momentum: μ)`, dampening 0):
///
///     b_1 = g_1,   b_t = μ b_{t−1} + g_t   (t > 1)
///     x_t = x_{t−1} − η_t b_t
///
/// where g_t = ∇f(x_{t−1}) and η_t comes from `schedule`. The buffer b holds a sum of past
/// gradients, not of past steps (Sutskever et al. write b_t = μ b_{t−1} + η g_t instead; the two
/// agree for a constant η). With μ = 0 this is plain gradient descent, bit for bit.
/// With `nesterov` the step uses g_t + μ b_t instead of b_t, as torch's `nesterov=True`.
package struct Momentum: UpdateRule {
    package var learningRate: Double
    /// μ, torch's default 0 replaced by the lectures' 0.9.
    package var momentum: Double
    package var schedule: LearningRateSchedule
    package var nesterov: Bool
    private var buffer: Point2?

    package init(learningRate: Double, momentum: Double = 0.9, schedule: LearningRateSchedule = .constant,
                nesterov: Bool = false) {
        self.learningRate = learningRate
        self.momentum = momentum
        self.schedule = schedule
        self.nesterov = nesterov
    }

    package mutating func step(from x: Point2, jet: Jet2, objective: Objective, t: Int) -> StepOutcome {
        let g = jet.gradient
        let b = buffer.map { momentum * $0 + g } ?? g
        buffer = b
        let eta = schedule.rate(base: learningRate, step: t)
        return .moved(to: x - eta * (nesterov ? g + momentum * b : b), stepSize: eta)
    }
}
