import GDVizEngine

/// One optimizer run to compute and draw.
package struct RunSpec: Sendable, Equatable {
    /// Legend text, unique within the scene; may contain `$...$` math. Default `run 1`, `run 2`, ….
    package var label: String
    /// The method. Default ``OptimizerMethod/gd``.
    package var optimizer: OptimizerMethod
    /// The starting point x₀, one number per dimension.
    package var start: ScenePoint
    /// The step size η (`"lr"`), positive. Default: the method's row of the optimizer table
    /// (``OptimizerMethod/defaultLearningRate``; 0.1 for most methods).
    package var learningRate: Double
    /// `"lr": "auto"` (the default of gd, momentum and nesterov): η = 1/L with L the largest
    /// Hessian eigenvalue over the domain (``CurvatureBound``), set when the scene is evaluated;
    /// `learningRate` holds the fallback for a function without positive curvature until then.
    package var autoLearningRate = false
    /// L as measured for an automatic learning rate, after evaluation; nil otherwise.
    package var curvatureBound: Double?
    /// The most steps to take, `0...1_000_000`. Default 100.
    package var maxSteps: Int
    /// ε: the run stops once ‖∇f(x)‖ < ε. Positive. Default 1e-6.
    package var tolerance: Double
    /// Line color, or `nil` to take the next color of the palette.
    package var color: SceneColor?
    /// The name layers and panels may refer to the run by instead of its label; unique.
    package var id: String?
    /// Width of the run's line in device units; nil: the drawing's default (1.8).
    package var lineWidth: Double?
    /// Seeds the shuffle of the stochastic optimizers (``OptimizerMethod/sgd``, ``OptimizerMethod/minibatch``):
    /// the same seed gives the same trajectory on every machine. Default 0.
    package var seed: UInt64
    /// Samples per step of the stochastic optimizers, at least 1. Default 1; scene files keep
    /// it 1 for ``OptimizerMethod/sgd``.
    package var batchSize: Int
    /// `"repeat"`: how many seeds (`seed` … `seed + repeatCount − 1`) a stochastic run is run
    /// with; iteration panels draw their mean and spread. 1 (the default) is a single run.
    package var repeatCount = 1
    /// Optimizer-specific settings (momentum, betas, eps, schedule, …) in the engine's terms;
    /// `settings.learningRate` equals `learningRate`.
    package var settings: OptimizerSettings = OptimizerSettings()

    package init(label: String, optimizer: OptimizerMethod = .gd, start: ScenePoint,
                learningRate: Double = SceneDefaults.learningRate, maxSteps: Int = SceneDefaults.maxSteps,
                tolerance: Double = SceneDefaults.tolerance, color: SceneColor? = nil,
                seed: UInt64 = SceneDefaults.seed, batchSize: Int = SceneDefaults.batchSize) {
        self.label = label
        self.optimizer = optimizer
        self.start = start
        self.learningRate = learningRate
        self.maxSteps = maxSteps
        self.tolerance = tolerance
        self.color = color
        self.seed = seed
        self.batchSize = batchSize
        self.settings = OptimizerSettings(learningRate: learningRate)
    }
}
