#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Adam with PyTorch's defaults (`torch.optim.Adam(lr: η, betas: (0.9, 0.999), eps: 1e-8,
/// amsgrad: False)`), coordinate by coordinate, for the k-th step (k = 1, 2, …):
///
///     m_k = β₁ m_{k−1} + (1 − β₁) g_k         m_0 = 0
///     v_k = β₂ v_{k−1} + (1 − β₂) g_k²        v_0 = 0
///     m̂_k = m_k / (1 − β₁^k),   v̂_k = v_k / (1 − β₂^k)
///     x_k = x_{k−1} − η_t · m̂_k / (√v̂_k + ε)
///
/// The bias correction undoes the pull of m_0 = v_0 = 0 towards zero: the first step is
/// η · g/(|g| + ε), almost exactly η in every coordinate with a nonzero gradient. k counts the
/// steps this rule has taken (torch's `state["step"]`); η_t comes from `schedule`.
package struct Adam: UpdateRule {
    package var learningRate: Double
    package var beta1: Double
    package var beta2: Double
    /// ε, added after the square root of v̂.
    package var eps: Double
    package var schedule: LearningRateSchedule
    private var m = Point2.zero
    private var v = Point2.zero
    private var k = 0
    /// Set once β^k has fallen below 2⁻⁵⁵: from then on 1 − β^k rounds to exactly 1 for every
    /// later k (β^k only shrinks, and pow is far more accurate than the factor 2 of margin), so
    /// the correction is 1 without calling pow — the same bits, and most of a long run's steps.
    private var settled1 = false, settled2 = false

    package init(learningRate: Double, beta1: Double = 0.9, beta2: Double = 0.999, eps: Double = 1e-8,
                schedule: LearningRateSchedule = .constant) {
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.eps = eps
        self.schedule = schedule
    }

    package mutating func step(from x: Point2, jet: Jet2, objective: Objective, t: Int) -> StepOutcome {
        let g = jet.gradient
        k += 1
        m = Point2(beta1 * m.x + (1 - beta1) * g.x, beta1 * m.y + (1 - beta1) * g.y)
        v = Point2(beta2 * v.x + (1 - beta2) * (g.x * g.x), beta2 * v.y + (1 - beta2) * (g.y * g.y))
        let correction1 = Self.correction(beta1, k, settled: &settled1)
        let correction2 = Self.correction(beta2, k, settled: &settled2)
        let mHat = Point2(m.x / correction1, m.y / correction1)
        let vHat = Point2(v.x / correction2, v.y / correction2)
        let eta = schedule.rate(base: learningRate, step: t)
        let direction = Point2(mHat.x / (vHat.x.squareRoot() + eps), mHat.y / (vHat.y.squareRoot() + eps))
        return .moved(to: x - eta * direction, stepSize: eta)
    }

    /// 1 − β^k, or exactly 1 once β^k is too small to change it.
    static func correction(_ beta: Double, _ k: Int, settled: inout Bool) -> Double {
        if settled { return 1 }
        let power = pow(beta, Double(k))
        if abs(power) < 0x1p-55 { settled = true }
        return 1 - power
    }
}
