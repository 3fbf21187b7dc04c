#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How the learning rate η_t of step t (t = 0 for the first step) follows from the base rate η.
///
/// Each case is the closed form of a PyTorch scheduler stepped once per optimizer step
/// (`scheduler.step()` after every `optimizer.step()`):
///
///     constant            η_t = η
///     step(s, γ)          η_t = η · γ^⌊t/s⌋          torch.optim.lr_scheduler.StepLR(step_size: s, gamma: γ)
///     inverseTime(d)      η_t = η / (1 + d·t)          LambdaLR(lambda t: 1 / (1 + d*t)); Adagrad's lr_decay
///     exponential(γ)      η_t = η · γ^t                torch.optim.lr_scheduler.ExponentialLR(gamma: γ)
///     inverseSqrt(d)      η_t = η / √(1 + d·t)         LambdaLR(lambda t: (1 + d*t) ** -0.5); the O(1/√T) SGD rate
///
/// torch updates StepLR and ExponentialLR by repeated multiplication, so late rates can differ
/// from these closed forms in the last few bits.
public enum LearningRateSchedule: Sendable, Hashable {
    case constant
    /// Multiply by `factor` after every `every` steps. `every` should be at least 1; smaller
    /// values are treated as 1.
    case step(every: Int, factor: Double)
    /// η / (1 + decay · t): the classic Robbins–Monro decay.
    case inverseTime(decay: Double)
    case exponential(gamma: Double)
    /// η / √(1 + decay · t): the step of the O(1/√T) guarantees for (sub)gradient methods.
    case inverseSqrt(decay: Double)

    /// η_t for `base` = η.
    public func rate(base: Double, step t: Int) -> Double {
        switch self {
        case .constant:
            return base
        case .step(let every, let factor):
            return base * pow(factor, Double(t / max(every, 1)))
        case .inverseTime(let decay):
            return base / (1 + decay * Double(t))
        case .exponential(let gamma):
            return base * pow(gamma, Double(t))
        case .inverseSqrt(let decay):
            return base / (1 + decay * Double(t)).squareRoot()
        }
    }
}
