/// What the second-derivative test says about a stationary point.
public enum CriticalKind: String, Sendable, Codable, CaseIterable {
    /// Every Hessian eigenvalue is clearly positive.
    case minimum
    /// Every Hessian eigenvalue is clearly negative.
    case maximum
    /// Eigenvalues of clearly opposite signs (2-D only).
    case saddle
    /// Neither an extremum nor a saddle with two or more valleys: a stationary inflection (x³ in
    /// 1-D, x³ + y² in 2-D: one valley, one hill), or f flat to rounding on a small circle.
    /// Points whose Hessian is singular but whose sign pattern decides (x⁴ + y⁴ → minimum,
    /// monkey saddle → saddle with 3 valleys) get that kind instead, with `degenerateHessian` set.
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
    /// For a saddle: the number of sectors around the point where f < f(p) (2 for a Morse
    /// saddle, 3 for the monkey saddle x³ − 3xy²); nil otherwise.
    public var valleys: Int?
    /// The Hessian is singular here, so `kind` comes from the sign pattern of f − f(p) on a
    /// small circle instead of the second-derivative test.
    public var degenerateHessian: Bool

    public init(point: Point2, value: Double, kind: CriticalKind, eigenvalues: [Double],
                eigenvectors: [Point2], valleys: Int? = nil, degenerateHessian: Bool = false) {
        self.point = point
        self.value = value
        self.kind = kind
        self.eigenvalues = eigenvalues
        self.eigenvectors = eigenvectors
        self.valleys = valleys
        self.degenerateHessian = degenerateHessian
    }
}
