/// A parsed and compiled expression in named variables, e.g. `x^2*y + y` in (x, y).
public struct MathExpression: Sendable {
    public let source: String
    public let variables: [String]
    /// The parse tree, flat (see ``ExpressionTree``).
    package let tree: ExpressionTree
    package let program: Program

    /// Parses `source`. Identifiers must be one of `variables`, a key of `parameters`, `pi` or `e`.
    /// A source longer or more deeply nested than `limits` allows is an error, not a crash.
    public static func parse(_ source: String, variables: [String], parameters: [String: Double] = [:],
                             limits: ExpressionLimits = .scene) throws(ExpressionError) -> MathExpression {
        var parser = try Parser(source: source, variables: variables, parameters: parameters, limits: limits)
        _ = try parser.parseExpression()
        return MathExpression(source: source, variables: variables, tree: parser.tree)
    }

    init(source: String, variables: [String], tree: ExpressionTree) {
        self.source = source
        self.variables = variables
        self.tree = tree
        self.program = Program(tree, variableCount: variables.count)
    }

    /// The variable names the expression actually uses, in the order given to `parse`.
    public var usedVariables: [String] {
        let used = tree.variableIndices
        return variables.indices.filter(used.contains).map { variables[$0] }
    }

    /// The value at `point` (one number per variable).
    public func value(at point: [Double]) -> Double { program.evaluate(point) }
}
