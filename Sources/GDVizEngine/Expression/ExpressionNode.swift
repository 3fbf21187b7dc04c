/// The elementary functions an expression may call.
public enum MathFunction: String, Sendable, Hashable, CaseIterable {
    case sin, cos, tan, exp, log, sqrt, tanh, abs
}

public enum BinaryOperator: String, Sendable, Hashable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", power = "^"
}

/// The parsed form of an expression. Parameters are kept by name (for display) with their value.
public indirect enum ExpressionNode: Sendable, Hashable {
    case number(Double)
    /// A named constant: `pi`, `e`, or a scene parameter.
    case constant(name: String, value: Double)
    /// The variable with this index in the expression's variable list.
    case variable(Int)
    case negate(ExpressionNode)
    case binary(BinaryOperator, ExpressionNode, ExpressionNode)
    case call(MathFunction, ExpressionNode)

    /// The value when the node contains no variable, otherwise nil.
    var constantValue: Double? {
        switch self {
        case .number(let v), .constant(_, let v): return v
        case .variable: return nil
        case .negate(let a): return a.constantValue.map { -$0 }
        case .binary, .call: return nil
        }
    }

    /// Indices of the variables the node mentions.
    func collectVariables(into set: inout Set<Int>) {
        switch self {
        case .number, .constant: break
        case .variable(let i): set.insert(i)
        case .negate(let a), .call(_, let a): a.collectVariables(into: &set)
        case .binary(_, let a, let b):
            a.collectVariables(into: &set)
            b.collectVariables(into: &set)
        }
    }
}
