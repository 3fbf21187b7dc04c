/// A parsed and compiled expression in named variables, e.g. `x^2*y + y` in (x, y).
public struct MathExpression: Sendable {
    public let source: String
    public let variables: [String]
    public let root: ExpressionNode
    public let program: Program

    /// Parses `source`. Identifiers must be one of `variables`, a key of `parameters`, `pi` or `e`.
    public static func parse(_ source: String, variables: [String],
                             parameters: [String: Double] = [:]) throws(ExpressionError) -> MathExpression {
        var parser = try Parser(source: source, variables: variables, parameters: parameters)
        let root = try parser.parseExpression()
        return MathExpression(source: source, variables: variables, root: root)
    }

    init(source: String, variables: [String], root: ExpressionNode) {
        self.source = source
        self.variables = variables
        self.root = root
        self.program = Program(root, variableCount: variables.count)
    }

    /// The variable names the expression actually uses, in the order given to `parse`.
    public var usedVariables: [String] {
        var used = Set<Int>()
        root.collectVariables(into: &used)
        return variables.indices.filter(used.contains).map { variables[$0] }
    }

    /// The value at `point` (one number per variable).
    public func value(at point: [Double]) -> Double { program.evaluate(point) }
}
