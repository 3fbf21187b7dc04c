import GDVizEngine

/// Where the scene's function f comes from.
///
/// Only text expressions exist today; quadratics `½xᵀAx − bᵀx + c`, built-in test functions
/// by name and least-squares losses are planned as further cases.
public enum FunctionSource: Sendable, Equatable {
    /// f written as an expression in `x` (1-D) or `x` and `y` (2-D), with named constants.
    case expression(ExpressionFunction)
}

/// f as text, e.g. `a*x^2 + b*y^2` with parameters `["a": 1, "b": 10]`.
public struct ExpressionFunction: Sendable, Equatable {
    /// The expression exactly as written in the scene file.
    public let source: String
    /// Named constants the expression may use, from the file's `"params"`.
    public let parameters: [String: Double]
    /// The parsed expression in the scene's variables: `["x"]` in 1-D, `["x", "y"]` in 2-D.
    public let expression: MathExpression

    /// Parses `source` in the variables of a scene of this dimension.
    public init(source: String, parameters: [String: Double] = [:], dimension: Int) throws(ExpressionError) {
        self.source = source
        self.parameters = parameters
        self.expression = try MathExpression.parse(source, variables: SceneDefaults.variables(dimension: dimension),
                                                   parameters: parameters)
    }

    public static func == (a: ExpressionFunction, b: ExpressionFunction) -> Bool {
        a.source == b.source && a.parameters == b.parameters && a.expression.variables == b.expression.variables
    }
}
