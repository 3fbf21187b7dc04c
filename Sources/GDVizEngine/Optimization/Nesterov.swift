/// Nesterov momentum, in PyTorch's form (`torch.optim.SGD(lr: η, momentum: μ, nesterov: True)`,
/// dampening 0):
///
///     b_1 = g_1,   b_t = μ b_{t−1} + g_t   (t > 1)
///     x_t = x_{t−1} − η_t (g_t + μ b_t)
///
/// where g_t = ∇f(x_{t−1}). This is the "look-ahead" method rewritten so that the gradient is
/// taken at the current iterate only (Sutskever et al. 2013, with the buffer scaled as in
/// ``Momentum``).
public struct Nesterov: UpdateRule {
    public var learningRate: Double
    /// μ, torch's default 0 replaced by the lectures' 0.9.
    public var momentum: Double
    public var schedule: LearningRateSchedule
    private var buffer: Point2?

    public init(learningRate: Double, momentum: Double = 0.9, schedule: LearningRateSchedule = .constant) {
        self.learningRate = learningRate
        self.momentum = momentum
        self.schedule = schedule
    }

    public mutating func step(from x: Point2, jet: Jet2, objective: Objective, t: Int) -> StepOutcome {
        let g = jet.gradient
        let b = buffer.map { momentum * $0 + g } ?? g
        buffer = b
        let eta = schedule.rate(base: learningRate, step: t)
        return .moved(to: x - eta * (g + momentum * b), stepSize: eta)
    }
}
