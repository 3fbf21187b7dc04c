/// An expression compiled to a flat list of instructions over numbered slots, so evaluating it
/// at many points costs no parsing, no dictionary look-ups and no recursion.
///
/// Identical subexpressions are merged while compiling (`x^2 + exp(x^2)` computes `x^2` once),
/// which also makes the program the expression's computation graph.
package struct Program: Sendable {
    package enum Instruction: Sendable, Hashable {
        case constant(Double)
        case variable(Int)
        case negate(Int)
        case add(Int, Int)
        case subtract(Int, Int)
        case multiply(Int, Int)
        case divide(Int, Int)
        /// Slot raised to a constant exponent.
        case powerConstant(Int, Double)
        /// Slot raised to a non-constant exponent slot.
        case power(Int, Int)
        case call(MathFunction, Int)
    }

    /// Instruction i writes slot i; the last slot is the result.
    package private(set) var instructions: [Instruction] = []
    /// For each slot, the name of a named constant it holds (`pi`, a parameter), for display.
    package private(set) var constantNames: [Int: String] = [:]
    package let variableCount: Int

    /// Compiles `tree` in the order a depth-first walk (left operand first) would, without
    /// recursing: nodes are already in that post-order, so one backward pass marks the nodes the
    /// program needs (a constant exponent and a negated constant are folded, their subtrees
    /// skipped) and one forward pass emits them.
    init(_ tree: ExpressionTree, variableCount: Int) {
        self.variableCount = variableCount
        let nodes = tree.nodes
        guard !nodes.isEmpty else { return }
        let constants = tree.constantValues
        var needed = [Bool](repeating: false, count: nodes.count)
        needed[nodes.count - 1] = true
        for i in stride(from: nodes.count - 1, through: 0, by: -1) where needed[i] {
            switch nodes[i] {
            case .number, .constant, .variable: break
            case .negate(let a): if constants[a] == nil { needed[a] = true }
            case .call(_, let a): needed[a] = true
            case .binary(let op, let a, let b):
                needed[a] = true
                if !(op == .power && constants[b] != nil) { needed[b] = true }
            }
        }
        var slots: [Instruction: Int] = [:]
        var slotOfNode = [Int](repeating: -1, count: nodes.count)
        for i in nodes.indices where needed[i] {
            let instruction: Instruction
            switch nodes[i] {
            case .number(let v):
                instruction = .constant(v)
            case .constant(let name, let v):
                let slot = append(.constant(v), &slots)
                if constantNames[slot] == nil, name != "" { constantNames[slot] = name }
                slotOfNode[i] = slot
                continue
            case .variable(let k):
                instruction = .variable(k)
            case .negate(let a):
                if let v = constants[a] { instruction = .constant(-v) } else { instruction = .negate(slotOfNode[a]) }
            case .call(let f, let a):
                instruction = .call(f, slotOfNode[a])
            case .binary(let op, let a, let b):
                let lhs = slotOfNode[a]
                if op == .power, let c = constants[b] {
                    instruction = .powerConstant(lhs, c)
                    break
                }
                let rhs = slotOfNode[b]
                switch op {
                case .add: instruction = .add(lhs, rhs)
                case .subtract: instruction = .subtract(lhs, rhs)
                case .multiply: instruction = .multiply(lhs, rhs)
                case .divide: instruction = .divide(lhs, rhs)
                case .power: instruction = .power(lhs, rhs)
                }
            }
            slotOfNode[i] = append(instruction, &slots)
        }
    }

    private mutating func append(_ instruction: Instruction, _ slots: inout [Instruction: Int]) -> Int {
        if let existing = slots[instruction] { return existing }
        instructions.append(instruction)
        let slot = instructions.count - 1
        slots[instruction] = slot
        return slot
    }

    /// Evaluates with `variables[i]` for variable i, using `slots` as scratch space
    /// (pass the same array again to avoid allocating per point).
    @inlinable
    package func evaluate<T: ADScalar>(_ variables: [T], slots: inout [T]) -> T {
        run(slots: &slots) { k in k < variables.count ? variables[k] : T(constant: .nan) }
    }

    /// `evaluate([x, y], slots:)` (or `evaluate([x], slots:)` when `y` is nil) without building
    /// the array of variables: the same operations, so the same bits, with no allocation per point.
    @inlinable
    package func evaluate<T: ADScalar>(x: T, y: T?, slots: inout [T]) -> T {
        run(slots: &slots) { k in k == 0 ? x : (k == 1 ? (y ?? T(constant: .nan)) : T(constant: .nan)) }
    }

    @inlinable @inline(__always)
    func run<T: ADScalar>(slots: inout [T], variable: (Int) -> T) -> T {
        if slots.count != instructions.count {
            slots = [T](repeating: T(constant: 0), count: instructions.count)
        }
        return slots.withUnsafeMutableBufferPointer { s in
            for (i, instruction) in instructions.enumerated() {
                switch instruction {
                case .constant(let v): s[i] = T(constant: v)
                case .variable(let k): s[i] = variable(k)
                case .negate(let a): s[i] = -s[a]
                case .add(let a, let b): s[i] = s[a] + s[b]
                case .subtract(let a, let b): s[i] = s[a] - s[b]
                case .multiply(let a, let b): s[i] = s[a] * s[b]
                case .divide(let a, let b): s[i] = s[a] / s[b]
                case .powerConstant(let a, let c): s[i] = T.power(s[a], c)
                case .power(let a, let b): s[i] = T.power(s[a], variableExponent: s[b])
                case .call(let f, let a): s[i] = T.apply(f, s[a])
                }
            }
            return s[instructions.count - 1]
        }
    }

    /// Evaluates once, allocating its own scratch space.
    package func evaluate<T: ADScalar>(_ variables: [T]) -> T {
        var slots: [T] = []
        return evaluate(variables, slots: &slots)
    }
}
