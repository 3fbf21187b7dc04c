/// What the second-derivative test says about a stationary point.
public enum CriticalKind: String, Sendable, Codable, CaseIterable {
    /// Every Hessian eigenvalue is clearly positive.
    case minimum
    /// Every Hessian eigenvalue is clearly negative.
    case maximum
    /// Eigenvalues of clearly opposite signs (2-D only).
    case saddle
    /// Some eigenvalue is zero within tolerance, so the second-derivative test is silent
    /// (x⁴ is a minimum, x³ and the monkey saddle x³ − 3xy² are not).
    case degenerate
}

/// A point where ∇f = 0, with the Hessian's eigen-decomposition there.
public struct CriticalPoint: Sendable, Equatable, Codable {
    /// The location; y is 0 for a 1-D objective.
    public var point: Point2
    /// f(point).
    public var value: Double
    public var kind: CriticalKind
    /// Hessian eigenvalues, ascending: two for a 2-D objective, one (f″) for a 1-D one.
    public var eigenvalues: [Double]
    /// Unit eigenvectors matching `eigenvalues` (for 1-D, the x axis), with x > 0 or x = 0 and
    /// y > 0. At a saddle, `eigenvectors[0]` is the descent direction and `[1]` the ascent one.
    public var eigenvectors: [Point2]

    public init(point: Point2, value: Double, kind: CriticalKind, eigenvalues: [Double],
                eigenvectors: [Point2]) {
        self.point = point
        self.value = value
        self.kind = kind
        self.eigenvalues = eigenvalues
        self.eigenvectors = eigenvectors
    }
}
