/// Operation names and readable labels for computation-graph nodes.
extension ComputationGraph {
    /// The label of slot `id`: leaf operands written out, any other operand as "·".
    static func label(of id: Int, in program: Program, variables: [String]) -> String {
        let instruction = program.instructions[id]
        func operand(_ slot: Int) -> String {
            switch program.instructions[slot] {
            case .variable, .constant: return label(of: slot, in: program, variables: variables)
            default: return "·"
            }
        }
        /// An operand as a base: a variable or non-negative constant stays bare (x², 2²), anything else
        /// gets parentheses ((·)², (−2)²).
        func base(_ slot: Int) -> String {
            let text = operand(slot)
            if case .variable = program.instructions[slot] { return text }
            if text == "·" || text.hasPrefix("−") { return "(\(text))" }
            return text
        }
        switch instruction {
        case .variable(let k):
            return variables.indices.contains(k) ? variables[k] : "x\(k)"
        case .constant(let v):
            if let name = program.constantNames[id] { return name == "pi" ? "π" : name }
            return formatNumber(v)
        case .negate(let a): return "−" + operand(a)
        case .add(let a, let b): return "\(operand(a)) + \(operand(b))"
        case .subtract(let a, let b): return "\(operand(a)) − \(operand(b))"
        case .multiply(let a, let b): return "\(operand(a)) × \(operand(b))"
        case .divide(let a, let b): return "\(operand(a)) / \(operand(b))"
        case .powerConstant(let a, let c): return base(a) + exponentText(c)
        case .power(let a, let b): return "\(base(a))^\(operand(b))"
        case .call(let f, let a):
            switch f {
            case .sqrt: return "√" + operand(a)
            case .abs: return "|\(operand(a))|"
            default: return "\(f.rawValue)(\(operand(a)))"
            }
        }
    }

    /// A number as typed: integers without ".0", the minus sign typographic.
    static func formatNumber(_ v: Double) -> String {
        let text = v == v.rounded() && Swift.abs(v) < 1e15 ? String(Int(v)) : "\(v)"
        return text.hasPrefix("-") ? "−" + text.dropFirst() : text
    }

    /// "²" for 2, "⁻¹" for −1, "^0.5" for a non-integer or large exponent.
    static func exponentText(_ c: Double) -> String {
        guard c == c.rounded(), Swift.abs(c) < 1000 else { return "^" + formatNumber(c) }
        let digits: [Character: Character] = ["0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴",
                                              "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
                                              "-": "⁻"]
        return String(String(Int(c)).compactMap { digits[$0] })
    }
}

extension Program.Instruction {
    /// The `ComputationGraph.Node.operation` string.
    func operationName(variables: [String]) -> String {
        switch self {
        case .constant: return "const"
        case .variable(let k): return variables.indices.contains(k) ? variables[k] : "x\(k)"
        case .negate: return "neg"
        case .add: return "+"
        case .subtract: return "-"
        case .multiply: return "*"
        case .divide: return "/"
        case .powerConstant(_, let c): return "^" + (c == c.rounded() && Swift.abs(c) < 1e15 ? String(Int(c)) : "\(c)")
        case .power: return "^"
        case .call(let f, _): return f.rawValue
        }
    }
}
