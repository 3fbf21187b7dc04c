/// The optimizer of a run, as spelled in scene files. The names match the engine's
/// `OptimizerMethod`; the update rules are in docs/optimizers.md.
public enum OptimizerKind: String, Sendable, CaseIterable, Codable {
    case gd
    case momentum
    case nesterov
    case adagrad
    case rmsprop
    case adam
    case newton
    case gdLineSearch = "gd_line_search"
    /// One sample per step of a least-squares data set.
    case sgd
    /// `batch_size` samples per step of a least-squares data set.
    case minibatch

    public var isStochastic: Bool { self == .sgd || self == .minibatch }

    /// Whether a run without `"lr"` gets `"lr": "auto"` (η = 1/L): gd, momentum and nesterov, whose
    /// step must fit the curvature (0.1 bounces forever on x² + 10y², where 2/L = 0.1).
    public var defaultsToAutomaticLearningRate: Bool { self == .gd || self == .momentum || self == .nesterov }

    /// The learning rate when a run gives none, or `"auto"` finds no positive curvature: 0.1 for
    /// the plain gradient methods (lecture-scale figures; torch's 1e-3 would barely move), torch's
    /// defaults for the adaptive methods
    /// (Adam 1e-3, Adagrad and RMSprop 1e-2), and 1 for Newton's α and the line search's first try.
    public var defaultLearningRate: Double {
        switch self {
        case .gd, .momentum, .nesterov, .sgd, .minibatch: return 0.1
        case .adam: return 1e-3
        case .adagrad, .rmsprop: return 1e-2
        case .newton, .gdLineSearch: return 1
        }
    }

    /// The optimizer-specific keys a run of this kind accepts.
    public var settingKeys: [String] {
        switch self {
        case .gd, .sgd, .minibatch: return ["schedule"]
        case .momentum, .nesterov: return ["momentum", "schedule"]
        case .adagrad: return ["eps", "schedule"]
        case .rmsprop: return ["alpha", "eps", "schedule"]
        case .adam: return ["beta1", "beta2", "eps", "schedule"]
        case .newton: return []
        case .gdLineSearch: return ["shrink", "armijo"]
        }
    }
}
