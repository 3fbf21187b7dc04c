/// Every optimization method the lectures draw, spelled as in scene files.
public enum OptimizerMethod: String, CaseIterable, Sendable, Codable {
    case gd, momentum, nesterov, adagrad, rmsprop, adam, newton
    case gdLineSearch = "gd_line_search"
    case sgd, minibatch

    /// PyTorch's default `lr` for the method's class, used when ``OptimizerSettings/learningRate``
    /// is nil: 1e-3 for SGD (all its variants) and Adam, 1e-2 for Adagrad and RMSprop. Newton's
    /// damping and the line search's first trial step default to 1, the full step.
    public var defaultLearningRate: Double {
        switch self {
        case .gd, .momentum, .nesterov, .sgd, .minibatch, .adam: return 1e-3
        case .adagrad, .rmsprop: return 1e-2
        case .newton, .gdLineSearch: return 1
        }
    }

    /// PyTorch's default `eps`, used when ``OptimizerSettings/eps`` is nil: 1e-10 for Adagrad,
    /// 1e-8 for RMSprop and Adam (and unused by the others).
    public var defaultEps: Double {
        self == .adagrad ? 1e-10 : 1e-8
    }
}

/// The knobs of every method in one place; each method reads the ones it uses. nil means the
/// method's own default (see ``OptimizerMethod``).
public struct OptimizerSettings: Sendable, Hashable {
    /// η: the learning rate; Newton's damping α; the line search's first trial step α₀.
    public var learningRate: Double?
    /// μ for momentum and Nesterov; nil means 0.9.
    public var momentum: Double?
    /// Adam's β₁, decay of the gradient average.
    public var beta1: Double
    /// Adam's β₂, decay of the squared-gradient average.
    public var beta2: Double
    /// RMSprop's α, decay of the squared-gradient average.
    public var rmspropAlpha: Double
    /// ε for Adagrad, RMSprop and Adam.
    public var eps: Double?
    /// ρ, the line search's shrink factor.
    public var rho: Double
    /// c, the line search's sufficient-decrease constant.
    public var armijoC: Double
    /// η_t for every method with a learning rate except Newton and the line search.
    public var schedule: LearningRateSchedule

    public static let defaultMomentum = 0.9

    public init(learningRate: Double? = nil, momentum: Double? = nil, beta1: Double = 0.9, beta2: Double = 0.999,
                rmspropAlpha: Double = 0.99, eps: Double? = nil, rho: Double = 0.5, armijoC: Double = 1e-4,
                schedule: LearningRateSchedule = .constant) {
        self.learningRate = learningRate
        self.momentum = momentum
        self.beta1 = beta1
        self.beta2 = beta2
        self.rmspropAlpha = rmspropAlpha
        self.eps = eps
        self.rho = rho
        self.armijoC = armijoC
        self.schedule = schedule
    }
}

/// The update rule for `method`, configured from `settings`, ready for ``runOptimizer(_:objective:start:stopping:)``.
public func makeUpdateRule(_ method: OptimizerMethod, _ settings: OptimizerSettings) -> any UpdateRule {
    let eta = settings.learningRate ?? method.defaultLearningRate
    let mu = settings.momentum ?? OptimizerSettings.defaultMomentum
    let eps = settings.eps ?? method.defaultEps
    let schedule = settings.schedule
    switch method {
    case .gd, .sgd, .minibatch:
        // torch.optim.SGD with momentum 0 is gradient descent: Momentum with μ = 0 computes b_t = g_t
        // exactly, and unlike GradientDescent it takes a schedule.
        // sgd and minibatch need a data set to sample gradients from; until the stochastic
        // objectives exist they run full-batch gradient descent on the whole objective.
        return Momentum(learningRate: eta, momentum: 0, schedule: schedule)
    case .momentum:
        return Momentum(learningRate: eta, momentum: mu, schedule: schedule)
    case .nesterov:
        return Nesterov(learningRate: eta, momentum: mu, schedule: schedule)
    case .adagrad:
        return Adagrad(learningRate: eta, eps: eps, schedule: schedule)
    case .rmsprop:
        return RMSprop(learningRate: eta, alpha: settings.rmspropAlpha, eps: eps, schedule: schedule)
    case .adam:
        return Adam(learningRate: eta, beta1: settings.beta1, beta2: settings.beta2, eps: eps, schedule: schedule)
    case .newton:
        return Newton(damping: eta)
    case .gdLineSearch:
        return BacktrackingGradientDescent(initialStep: eta, shrink: settings.rho, sufficientDecrease: settings.armijoC)
    }
}
