/// Why an optimizer run ended.
public enum StopReason: String, Sendable, Codable, CaseIterable {
    /// ‖∇f(x_t)‖ < ε.
    case converged
    /// The step budget ran out.
    case maxSteps = "max_steps"
    /// A non-finite value or gradient, or an iterate far outside the domain.
    case diverged
    /// Newton's method met a Hessian it could not solve with.
    case singularHessian = "singular_hessian"
}

/// Every iterate of one optimizer run. `points[0]` is the start; `values` and `gradientNorms`
/// have one entry per point and `stepSizes` one per step taken (`points.count − 1`).
public struct Trajectory: Sendable, Equatable {
    public var points: [Point2] = []
    public var values: [Double] = []
    public var gradientNorms: [Double] = []
    public var stepSizes: [Double] = []
    public var stop: StopReason = .maxSteps

    public init() {}

    public var last: Point2? { points.last }
}
