/// The optimization method of a run, spelled as in scene files and on the command line.
public enum OptimizerKind: String, Sendable, CaseIterable, Codable {
    /// Gradient descent with a fixed step: x ← x − η ∇f(x).
    case gd
}
