/// Every optimization method the lectures draw, spelled as in scene files. The table of methods
/// (``OptimizerMethod/entry``) says what each computes, which settings it takes and their
/// defaults; the scene reader, `gdviz trace`, `gdviz list`, the JSON Schema and docs/optimizers.md
/// all read it.
public enum OptimizerMethod: String, CaseIterable, Sendable, Codable {
    case gd, momentum, nesterov, adagrad, rmsprop, adam, newton
    case gdLineSearch = "gd_line_search"
    case sgd, minibatch

    /// The learning rate a run gets without one (see ``OptimizerEntry/defaultLearningRate``).
    public var defaultLearningRate: Double { entry.defaultLearningRate }

    /// PyTorch's default `eps`: 1e-10 for Adagrad, 1e-8 for RMSprop and Adam (unused by the others).
    package var defaultEps: Double {
        self == .adagrad ? 1e-10 : 1e-8
    }

    /// Whether the method samples a data set (`sgd`, `minibatch`).
    package var isStochastic: Bool { self == .sgd || self == .minibatch }

    /// The names of the settings the method accepts besides `lr`.
    package var settingNames: [String] { entry.settings.map(\.name) }
}

/// One setting of an optimizer, as spelled in scene files.
package struct OptimizerSetting: Sendable {
    package enum Kind: Sendable {
        /// A number in [0, 1) (momentum, betas, alpha).
        case fraction
        /// A number in (0, 1) (the line search's constants).
        case openFraction
        case positiveNumber
        /// A learning-rate schedule (docs/optimizers.md).
        case schedule
        case integer(ClosedRange<Int>)
    }

    package var name: String
    package var kind: Kind
    /// The default as JSON text (`"0.9"`, `"\"constant\""`).
    package var defaultJSON: String
    package var summary: String
}

/// A method's row in the table.
package struct OptimizerEntry: Sendable {
    package var method: OptimizerMethod
    /// One line for `gdviz list`.
    package var summary: String
    /// The update, as docs/optimizers.md writes it.
    package var rule: String
    /// What `lr` means for the method (η, or Newton's α, or the line search's α₀).
    package var learningRateMeaning: String
    /// The learning rate a run gets without `lr`, chosen for lecture-scale figures (a domain a
    /// few units wide, gradients of order 1 to 100): docs/optimizers.md justifies each.
    package var defaultLearningRate: Double
    package var settings: [OptimizerSetting]
}

extension OptimizerSetting {
    static let schedule = OptimizerSetting(name: "schedule", kind: .schedule, defaultJSON: "\"constant\"",
                                           summary: "how η changes with the step t")
    static func eps(_ value: String) -> OptimizerSetting {
        OptimizerSetting(name: "eps", kind: .positiveNumber, defaultJSON: value, summary: "ε, added after the square root")
    }
    static let momentum = OptimizerSetting(name: "momentum", kind: .fraction, defaultJSON: "0.9",
                                           summary: "μ, the weight of the previous buffer")
    static let seed = OptimizerSetting(name: "seed", kind: .integer(0...(1 << 53)), defaultJSON: "0",
                                       summary: "seeds the shuffle of the data set; the same seed gives the same run")
    static func batchSize(_ range: ClosedRange<Int>) -> OptimizerSetting {
        OptimizerSetting(name: "batch_size", kind: .integer(range), defaultJSON: "1",
                         summary: "samples per step")
    }
}

extension OptimizerMethod {
    /// The table of methods: one row each.
    package var entry: OptimizerEntry {
        switch self {
        case .gd:
            return OptimizerEntry(method: self, summary: "gradient descent", rule: "x ← x − η_t g",
                                  learningRateMeaning: "η", defaultLearningRate: 0.1, settings: [.schedule])
        case .momentum:
            return OptimizerEntry(method: self, summary: "gradient descent with heavy-ball momentum (torch SGD momentum)",
                                  rule: "b ← μb + g; x ← x − η_t b", learningRateMeaning: "η",
                                  defaultLearningRate: 0.1, settings: [.momentum, .schedule])
        case .nesterov:
            return OptimizerEntry(method: self, summary: "Nesterov's accelerated gradient (torch nesterov=True)",
                                  rule: "b ← μb + g; x ← x − η_t (g + μb)", learningRateMeaning: "η",
                                  defaultLearningRate: 0.1, settings: [.momentum, .schedule])
        case .adagrad:
            return OptimizerEntry(method: self, summary: "Adagrad: per-coordinate rates from the sum of squared gradients",
                                  rule: "s ← s + g²; x ← x − η_t g / (√s + ε)", learningRateMeaning: "η",
                                  defaultLearningRate: 0.1, settings: [.eps("1e-10"), .schedule])
        case .rmsprop:
            return OptimizerEntry(method: self, summary: "RMSprop: per-coordinate rates from an average of squared gradients",
                                  rule: "v ← αv + (1 − α)g²; x ← x − η_t g / (√v + ε)", learningRateMeaning: "η",
                                  defaultLearningRate: 0.01,
                                  settings: [OptimizerSetting(name: "alpha", kind: .fraction, defaultJSON: "0.99",
                                                              summary: "α, the decay of the squared-gradient average"),
                                             .eps("1e-8"), .schedule])
        case .adam:
            return OptimizerEntry(method: self, summary: "Adam: bias-corrected averages of the gradient and its square",
                                  rule: "m ← β₁m + (1 − β₁)g; v ← β₂v + (1 − β₂)g²; x ← x − η_t m̂ / (√v̂ + ε)",
                                  learningRateMeaning: "η", defaultLearningRate: 0.1,
                                  settings: [OptimizerSetting(name: "beta1", kind: .fraction, defaultJSON: "0.9",
                                                              summary: "β₁, the decay of the gradient average"),
                                             OptimizerSetting(name: "beta2", kind: .fraction, defaultJSON: "0.999",
                                                              summary: "β₂, the decay of the squared-gradient average"),
                                             .eps("1e-8"), .schedule])
        case .newton:
            return OptimizerEntry(method: self, summary: "Newton's method with the exact Hessian",
                                  rule: "x ← x − α H⁻¹ g", learningRateMeaning: "α, the damping",
                                  defaultLearningRate: 1, settings: [])
        case .gdLineSearch:
            return OptimizerEntry(method: self, summary: "gradient descent with a backtracking (Armijo) line search",
                                  rule: "x ← x − α g, α = α₀ρᵏ for the first k with f(x − αg) ≤ f(x) − cα‖g‖²",
                                  learningRateMeaning: "α₀, the first trial step", defaultLearningRate: 1,
                                  settings: [OptimizerSetting(name: "shrink", kind: .openFraction, defaultJSON: "0.5",
                                                              summary: "ρ, the factor each failed trial shrinks α by"),
                                             OptimizerSetting(name: "armijo", kind: .openFraction, defaultJSON: "0.0001",
                                                              summary: "c, the sufficient-decrease constant")])
        case .sgd:
            return OptimizerEntry(method: self, summary: "stochastic gradient descent: one sample of the data set per step",
                                  rule: "x ← x − η_t ∇ℓ_i(x), i the next sample of a shuffled pass",
                                  learningRateMeaning: "η", defaultLearningRate: 0.1,
                                  settings: [.seed, .batchSize(1...1), .schedule])
        case .minibatch:
            return OptimizerEntry(method: self, summary: "minibatch gradient descent: batch_size samples per step",
                                  rule: "x ← x − η_t (1/|B|) Σ_{i∈B} ∇ℓ_i(x), B the next batch of a shuffled pass",
                                  learningRateMeaning: "η", defaultLearningRate: 0.1,
                                  settings: [.seed, .batchSize(1...1_000_000), .schedule])
        }
    }
}

/// The knobs of every method in one place; each method reads the ones it uses. nil means the
/// method's own default (see ``OptimizerMethod/entry``).
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
    /// Samples per step of `sgd` (1) and `minibatch`.
    public var batchSize: Int
    /// Seeds the shuffle of the stochastic methods.
    public var seed: UInt64

    public static let defaultMomentum = 0.9

    public init(learningRate: Double? = nil, momentum: Double? = nil, beta1: Double = 0.9, beta2: Double = 0.999,
                rmspropAlpha: Double = 0.99, eps: Double? = nil, rho: Double = 0.5, armijoC: Double = 1e-4,
                schedule: LearningRateSchedule = .constant, batchSize: Int = 1, seed: UInt64 = 0) {
        self.learningRate = learningRate
        self.momentum = momentum
        self.beta1 = beta1
        self.beta2 = beta2
        self.rmspropAlpha = rmspropAlpha
        self.eps = eps
        self.rho = rho
        self.armijoC = armijoC
        self.schedule = schedule
        self.batchSize = batchSize
        self.seed = seed
    }
}

/// The update rule for `method`, configured from `settings`, ready for ``runOptimizer(_:objective:start:stopping:)``.
///
/// `samples` are the per-sample losses ℓ_i whose mean is the objective, for `sgd` and `minibatch`;
/// `nil` (no data set) makes the objective `whole` its own single sample, so those methods are
/// then gradient descent on it.
public func makeUpdateRule(_ method: OptimizerMethod, _ settings: OptimizerSettings,
                           samples: [Objective]? = nil, whole: Objective? = nil) -> any UpdateRule {
    let eta = settings.learningRate ?? method.defaultLearningRate
    let mu = settings.momentum ?? OptimizerSettings.defaultMomentum
    let eps = settings.eps ?? method.defaultEps
    let schedule = settings.schedule
    switch method {
    case .gd:
        // torch.optim.SGD with momentum 0 is gradient descent: Momentum with μ = 0 computes b_t = g_t
        // exactly, and unlike GradientDescent it takes a schedule.
        return Momentum(learningRate: eta, momentum: 0, schedule: schedule)
    case .sgd, .minibatch:
        guard let samples = samples ?? whole.map({ [$0] }), !samples.isEmpty else {
            return Momentum(learningRate: eta, momentum: 0, schedule: schedule)
        }
        return StochasticGradientDescent(samples: samples, batchSize: method == .sgd ? 1 : settings.batchSize,
                                         seed: settings.seed, learningRate: { schedule.rate(base: eta, step: $0) })
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
