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
        case .binary(let op, let a, let b):
            // Folded so that a constant exponent written as an expression (x^(1+1), x^2^2, x^(n-1))
            // takes the constant-exponent path, which handles a negative base.
            guard let p = a.constantValue, let q = b.constantValue else { return nil }
            switch op {
            case .add: return p + q
            case .subtract: return p - q
            case .multiply: return p * q
            case .divide: return p / q
            case .power: return Double.power(p, q)
            }
        case .call(let f, let a): return a.constantValue.map { Double.apply(f, $0) }
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
