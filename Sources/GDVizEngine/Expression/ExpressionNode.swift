/// The elementary functions an expression may call.
package enum MathFunction: String, Sendable, Hashable, CaseIterable {
    case sin, cos, tan, exp, log, sqrt, tanh, abs
}

package enum BinaryOperator: String, Sendable, Hashable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", power = "^"
}

/// One node of a parsed expression. Operands are indices into the owning ``ExpressionTree``'s
/// `nodes`, never nested values, so no pass over an expression (and no `deinit`) recurses.
package enum ExpressionNode: Sendable, Hashable {
    case number(Double)
    /// A named constant: `pi`, `e`, or a scene parameter.
    case constant(name: String, value: Double)
    /// The variable with this index in the expression's variable list.
    case variable(Int)
    case negate(Int)
    case binary(BinaryOperator, Int, Int)
    case call(MathFunction, Int)
}

/// The parsed form of an expression as a flat array of nodes in post-order: every operand comes
/// before the node that uses it, the left operand's subtree before the right one's, and the root
/// is last. A 100 000-term sum is then 200 000 array entries, not a 100 000-deep chain of boxes.
package struct ExpressionTree: Sendable, Hashable, CustomStringConvertible {
    package private(set) var nodes: [ExpressionNode] = []

    package init() {}

    /// Appends `node` (whose operands must already be in the tree) and returns its index.
    mutating func append(_ node: ExpressionNode) -> Int {
        nodes.append(node)
        return nodes.count - 1
    }

    package var rootIndex: Int { nodes.count - 1 }

    /// For each node, its value when the subtree contains no variable, otherwise nil.
    ///
    /// Folded so that a constant exponent written as an expression (x^(1+1), x^2^2, x^(n-1))
    /// takes the constant-exponent path, which handles a negative base.
    var constantValues: [Double?] {
        var values = [Double?](repeating: nil, count: nodes.count)
        for (i, node) in nodes.enumerated() {
            switch node {
            case .number(let v), .constant(_, let v): values[i] = v
            case .variable: values[i] = nil
            case .negate(let a): values[i] = values[a].map { -$0 }
            case .binary(let op, let a, let b):
                guard let p = values[a], let q = values[b] else { continue }
                switch op {
                case .add: values[i] = p + q
                case .subtract: values[i] = p - q
                case .multiply: values[i] = p * q
                case .divide: values[i] = p / q
                case .power: values[i] = Double.power(p, q)
                }
            case .call(let f, let a): values[i] = values[a].map { Double.apply(f, $0) }
            }
        }
        return values
    }

    /// Indices of the variables the expression mentions (the parser keeps only reachable nodes).
    var variableIndices: Set<Int> {
        var set = Set<Int>()
        for case .variable(let i) in nodes { set.insert(i) }
        return set
    }

    /// Nesting depth (a leaf has depth 1), computed without recursion.
    package var depth: Int {
        var depths = [Int](repeating: 1, count: nodes.count)
        for (i, node) in nodes.enumerated() {
            switch node {
            case .number, .constant, .variable: depths[i] = 1
            case .negate(let a), .call(_, let a): depths[i] = depths[a] + 1
            case .binary(_, let a, let b): depths[i] = max(depths[a], depths[b]) + 1
            }
        }
        return depths.last ?? 0
    }

    /// A prefix form for tests and debugging: `(+ 2 (* 3 x0))`, `(neg x1)`, `(sin x0)`, `pi`.
    package var description: String {
        var texts: [String] = []
        texts.reserveCapacity(nodes.count)
        for node in nodes {
            switch node {
            case .number(let v): texts.append(v == v.rounded() && Swift.abs(v) < 1e15 ? "\(Int(v))" : "\(v)")
            case .constant(let name, _): texts.append(name)
            case .variable(let i): texts.append("x\(i)")
            case .negate(let a): texts.append("(neg \(texts[a]))")
            case .binary(let op, let a, let b): texts.append("(\(op.rawValue) \(texts[a]) \(texts[b]))")
            case .call(let f, let a): texts.append("(\(f.rawValue) \(texts[a]))")
            }
        }
        return texts.last ?? ""
    }
}
