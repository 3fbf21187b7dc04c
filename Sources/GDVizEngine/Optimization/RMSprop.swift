/// RMSprop with PyTorch's defaults (`torch.optim.RMSprop(lr: η, alpha: 0.99, eps: 1e-8,
/// centered: False, momentum: 0)`), coordinate by coordinate:
///
///     v_t = α v_{t−1} + (1 − α) g_t²          v_0 = 0
///     x_t = x_{t−1} − η_t · g_t / (√v_t + ε)
///
/// Like Adagrad, but the squared gradients are averaged with exponentially fading weights, so
/// the step does not shrink for ever. There is no bias correction: v_1 = (1 − α) g_1², so the
/// first step is about η/√(1 − α) = 10η per coordinate with α = 0.99.
package struct RMSprop: UpdateRule {
    package var learningRate: Double
    /// α, the smoothing constant of the squared-gradient average.
    package var alpha: Double
    /// ε, added after the square root.
    package var eps: Double
    package var schedule: LearningRateSchedule
    private var average = Point2.zero

    package init(learningRate: Double, alpha: Double = 0.99, eps: Double = 1e-8,
                schedule: LearningRateSchedule = .constant) {
        self.learningRate = learningRate
        self.alpha = alpha
        self.eps = eps
        self.schedule = schedule
    }

    package mutating func step(from x: Point2, jet: Jet2, objective: Objective, t: Int) -> StepOutcome {
        let g = jet.gradient
        average = Point2(alpha * average.x + (1 - alpha) * (g.x * g.x),
                         alpha * average.y + (1 - alpha) * (g.y * g.y))
        let eta = schedule.rate(base: learningRate, step: t)
        let direction = Point2(g.x / (average.x.squareRoot() + eps), g.y / (average.y.squareRoot() + eps))
        return .moved(to: x - eta * direction, stepSize: eta)
    }
}
