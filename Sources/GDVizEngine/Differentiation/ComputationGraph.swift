/// An expression's computation graph at one point, with every node's value (forward pass) and
/// adjoint ∂f/∂node (reverse pass): the "build the graph, then apply the chain rule in reverse"
/// illustration of automatic differentiation.
///
/// The nodes are the compiled `Program`'s instructions, so identical subexpressions are already
/// one node: for f(x) = √(x² + exp(x²)) + cos(x² + exp(x²)) the graph is
///
///     x → a = x² → b = exp(a) → c = a + b → d = √c, e = cos c → f = d + e
///
/// with seven nodes, x² feeding both exp and the sum, and the sum feeding both √ and cos.
///
/// Reverse mode: with the local partials ∂node/∂input of each operation at the forward values,
///
///     adjoint(f) = 1
///     adjoint(n) = Σ over consumers c of n, over each operand slot of c that is n:
///                      adjoint(c) · ∂c/∂(that operand)
///
/// swept from the output back to the inputs (the nodes are in topological order, so one
/// backward pass suffices). A variable's adjoint is ∂f/∂variable, the gradient.
///
/// Non-finite values are results, as in forward mode: √x at x = −1 is NaN, its local partial
/// 1/(2√x) is NaN, and so is every adjoint the sweep passes it on to.
package struct ComputationGraph: Sendable {
    package struct Node: Sendable, Equatable {
        /// The node's index in `nodes`.
        package var id: Int
        /// What the node computes: the variable's name ("x") for an input, "const", "neg", "+",
        /// "-", "*", "/", "^2" (a constant exponent, "^0.5", "^-1", …), "^" (a variable
        /// exponent), or a function name ("exp", "sqrt", "cos", …).
        package var operation: String
        /// A readable form for drawing: an operand that is a variable or constant is written
        /// out ("x²", "2 × x", "a"), any other operand is "·" ("exp(·)", "· + ·", "√·").
        package var label: String
        /// The ids of the operands, in order; an operation that uses one node twice (x * x)
        /// lists it twice.
        package var inputs: [Int]
        /// ∂(this node)/∂(operand k) at the forward values, matching `inputs`.
        package var partials: [Double]
        /// The forward value.
        package var value: Double
        /// ∂f/∂(this node) by reverse mode; 1 for the output.
        package var adjoint: Double

        package init(id: Int, operation: String, label: String, inputs: [Int], partials: [Double],
                    value: Double, adjoint: Double) {
            self.id = id
            self.operation = operation
            self.label = label
            self.inputs = inputs
            self.partials = partials
            self.value = value
            self.adjoint = adjoint
        }

        /// True for a variable (an input of the function).
        package var isVariable: Bool { inputs.isEmpty && operation != "const" }
    }

    /// An arrow from an operand to the node that uses it.
    package struct Edge: Sendable, Hashable {
        package var from: Int
        package var to: Int

        package init(from: Int, to: Int) {
            self.from = from
            self.to = to
        }
    }

    /// Topological order (every operand before its consumers); the output is last.
    package let nodes: [Node]
    /// One edge per distinct (operand, consumer) pair, ordered by consumer, then operand order.
    package let edges: [Edge]
    /// ∂f/∂variable for each of the expression's variables, by reverse mode (0 for a variable
    /// the expression does not use).
    package let gradient: [Double]

    /// The output node f (nil only for an empty program).
    package var output: Node? { nodes.last }

    /// The graph of `expression` at `point` (one number per variable of the expression; a
    /// missing one is NaN, as in `Program.evaluate`).
    package static func build(_ expression: MathExpression, at point: [Double]) -> ComputationGraph {
        let program = expression.program
        let instructions = program.instructions
        var values: [Double] = []
        _ = program.evaluate(point, slots: &values)

        var nodes: [Node] = []
        nodes.reserveCapacity(instructions.count)
        var edges: [Edge] = []
        for (id, instruction) in instructions.enumerated() {
            let inputs = instruction.operands
            nodes.append(Node(
                id: id,
                operation: instruction.operationName(variables: expression.variables),
                label: label(of: id, in: program, variables: expression.variables),
                inputs: inputs,
                partials: instruction.localPartials(values: values, result: values[id]),
                value: values[id],
                adjoint: 0))
            var seen = Set<Int>()
            for input in inputs where seen.insert(input).inserted {
                edges.append(Edge(from: input, to: id))
            }
        }

        // Reverse sweep.
        if !nodes.isEmpty { nodes[nodes.count - 1].adjoint = 1 }
        for id in nodes.indices.reversed() {
            let node = nodes[id]
            for (input, partial) in zip(node.inputs, node.partials) {
                nodes[input].adjoint += node.adjoint * partial
            }
        }

        var gradient = [Double](repeating: 0, count: expression.variables.count)
        for (id, instruction) in instructions.enumerated() {
            if case .variable(let k) = instruction, gradient.indices.contains(k) {
                gradient[k] = nodes[id].adjoint
            }
        }
        return ComputationGraph(nodes: nodes, edges: edges, gradient: gradient)
    }
}

extension Program.Instruction {
    /// The slots this instruction reads, in order.
    var operands: [Int] {
        switch self {
        case .constant, .variable: return []
        case .negate(let a), .powerConstant(let a, _), .call(_, let a): return [a]
        case .add(let a, let b), .subtract(let a, let b), .multiply(let a, let b),
             .divide(let a, let b), .power(let a, let b):
            return [a, b]
        }
    }

    /// ∂(result)/∂(operand k), matching `operands`, given every slot's value and this
    /// instruction's own result. Uses the same derivative formulas as forward mode (`Elementary`),
    /// and for a variable exponent, evaluated as exp(b · log a),
    ///
    ///     ∂/∂a = b · a^b / a,   ∂/∂b = a^b · log a.
    func localPartials(values v: [Double], result: Double) -> [Double] {
        switch self {
        case .constant, .variable: return []
        case .negate: return [-1]
        case .add: return [1, 1]
        case .subtract: return [1, -1]
        case .multiply(let a, let b): return [v[b], v[a]]
        case .divide(_, let b): return [1 / v[b], -result / v[b]]
        case .powerConstant(let a, let c): return [Elementary.powerDerivative(v[a], c, order: 1)]
        case .power(let a, let b): return [result * v[b] / v[a], result * Double.apply(.log, v[a])]
        case .call(let f, let a): return [Elementary.derivatives(f, at: v[a], order: 1).1]
        }
    }
}
