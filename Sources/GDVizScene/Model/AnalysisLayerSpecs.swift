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
/// reverse-mode adjoints at a point. Drawn as a panel of its own (a graph has no place in data axes):
/// `{"type": "graph", …}` in `"panels"`, or a top-level graph layer (see `Scene.drawnPanels`).
public struct GraphLayerSpec: Sendable, Equatable {
    /// The point, one number per dimension.
    public var at: [Double]
    /// Label each edge with its local partial derivative ∂(consumer)/∂(operand). Default `false`.
    public var partials: Bool
    /// Significant digits of the numbers shown, `2...8`. Default 4.
    public var digits: Int

    public init(at: [Double], partials: Bool = false, digits: Int = SceneDefaults.graphDigits) {
        self.at = at
        self.partials = partials
        self.digits = digits
    }
}
