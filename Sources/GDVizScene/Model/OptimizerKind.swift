/// The optimization method of a run, spelled as in scene files and on the command line.
public enum OptimizerKind: String, Sendable, CaseIterable, Codable {
    /// Gradient descent with a fixed step: x ← x − η ∇f(x).
    case gd
    /// Stochastic gradient descent on a least-squares loss: each step follows the gradient of one
    /// sample's loss, θ ← θ − η ∇ℓ_i(θ), with i drawn by a seeded shuffle each epoch.
    case sgd
    /// Minibatch gradient descent on a least-squares loss: each step follows the mean gradient of
    /// the next `batch_size` samples of a seeded shuffle.
    case minibatch
}
