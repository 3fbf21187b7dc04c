/// Adagrad with PyTorch's defaults (`torch.optim.Adagrad(lr: η, lr_decay: 0,
/// initial_accumulator_value: 0, eps: 1e-10)`), coordinate by coordinate:
///
///     s_t = s_{t−1} + g_t²                    s_0 = 0
///     x_t = x_{t−1} − η_t · g_t / (√s_t + ε)
///
/// Each coordinate's step shrinks with the sum of all its squared gradients so far, so the
/// first step moves every coordinate with a nonzero gradient by almost exactly η_t. torch's
/// `lr_decay` d is the schedule `.inverseTime(decay: d)`.
package struct Adagrad: UpdateRule {
    package var learningRate: Double
    /// ε, added after the square root.
    package var eps: Double
    package var schedule: LearningRateSchedule
    private var sum = Point2.zero

    package init(learningRate: Double, eps: Double = 1e-10, schedule: LearningRateSchedule = .constant) {
        self.learningRate = learningRate
        self.eps = eps
        self.schedule = schedule
    }

    package mutating func step(from x: Point2, jet: Jet2, objective: Objective, t: Int) -> StepOutcome {
        let g = jet.gradient
        sum = Point2(sum.x + g.x * g.x, sum.y + g.y * g.y)
        let eta = schedule.rate(base: learningRate, step: t)
        let direction = Point2(g.x / (sum.x.squareRoot() + eps), g.y / (sum.y.squareRoot() + eps))
        return .moved(to: x - eta * direction, stepSize: eta)
    }
}
