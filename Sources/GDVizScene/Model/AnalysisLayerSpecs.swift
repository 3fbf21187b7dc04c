/// `{"type": "critical_points"}`: every stationary point in the domain, marked by kind.
public struct CriticalPointsLayerSpec: Sendable, Equatable {
    /// Draw the Hessian's eigen-directions through each saddle.
    public var eigenDirections: Bool

    public init(eigenDirections: Bool = false) {
        self.eigenDirections = eigenDirections
    }
}

/// `{"type": "taylor", "at": [1, 2], "orders": [1, 2]}`: Taylor approximations of f around a point.
public struct TaylorLayerSpec: Sendable, Equatable {
    /// The expansion point, one number per dimension.
    public var at: [Double]
    /// Orders (degrees) to expand to, each 0...30 (2-D: 0...8).
    public var orders: [Int]

    public init(at: [Double], orders: [Int]) {
        self.at = at
        self.orders = orders
    }
}

/// `{"type": "graph", "at": [0.5]}`: the expression's computation graph with forward values and
/// reverse-mode adjoints at a point.
public struct GraphLayerSpec: Sendable, Equatable {
    public var at: [Double]

    public init(at: [Double]) {
        self.at = at
    }
}
