#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GDVizEngine

/// How a computation graph is written on a slide: every drawn node gets a name, as in lecture
/// notes (the inputs keep theirs, the intermediate results are a, b, c, … in evaluation order, the
/// output is f), and each operation is written in TeX over those names:
///
///     x,  a = x²,  b = exp(a),  c = a + b,  d = √c,  e = cos(c),  f = d + e
///
/// Constants are not drawn as nodes; they are written into the operation that uses them (2x, a + 1).
struct ComputationGraphNotation {
    let graph: ComputationGraph
    /// Whether node `id` is drawn: every node except constants (unless the constant is the output).
    let drawn: [Bool]
    /// Each node's name in TeX (without `$`): "x", "a", "f", or for a constant its value ("2", "\pi").
    let names: [String]

    /// Letters for intermediate results: the alphabet without f (the output), i, j, l, o (hard to
    /// tell from 1, 0 and each other) and any letter the expression already uses.
    static let letters = Array("abcdeghkmnpqrstuvwz")

    init(_ graph: ComputationGraph) {
        self.graph = graph
        let outputID = graph.nodes.count - 1
        drawn = graph.nodes.map { $0.operation != "const" || $0.id == outputID }
        var taken = Set<String>()
        for node in graph.nodes where node.inputs.isEmpty {
            taken.insert(node.label)
        }
        let intermediate = graph.nodes.filter { !$0.inputs.isEmpty && $0.id != outputID }.map(\.id)
        let free = Self.letters.map(String.init).filter { !taken.contains($0) }
        let useLetters = intermediate.count <= free.count
        let outputName = taken.contains("f") ? "F" : "f"
        var names = graph.nodes.map { node -> String in
            if node.isVariable { return Self.variableTeX(node.label) }
            if node.inputs.isEmpty { return Self.constantTeX(node.label, value: node.value) }
            return ""
        }
        for (k, id) in intermediate.enumerated() {
            names[id] = useLetters ? free[k] : "v_{\(k + 1)}"
        }
        // The output is f, unless it is an input itself (f(x) = x).
        if let last = graph.nodes.last, !last.isVariable { names[last.id] = outputName }
        self.names = names
    }

    var outputID: Int { graph.nodes.count - 1 }

    /// What node `id` computes, over its operands' names: "\exp(a)", "a + b", "x^{2}", "2x".
    func operation(_ id: Int) -> String {
        let node = graph.nodes[id]
        // Negative constants in parentheses: a + (-2), (-2)^{x}.
        let operands = node.inputs.map { input -> String in
            let n = graph.nodes[input]
            return n.inputs.isEmpty && !n.isVariable && n.value < 0 ? "(\(names[input]))" : names[input]
        }
        switch (node.operation, operands.count) {
        case (_, 0):
            return node.isVariable ? Self.variableTeX(node.label) : Self.constantTeX(node.label, value: node.value)
        case ("neg", 1): return "-" + operands[0]
        case ("+", 2): return "\(operands[0]) + \(operands[1])"
        case ("-", 2): return "\(operands[0]) - \(operands[1])"
        case ("*", 2):
            // A number times a name is written 2x, as on paper; anything else with a dot.
            let left = graph.nodes[node.inputs[0]], right = graph.nodes[node.inputs[1]]
            let numberTimesName = left.inputs.isEmpty && !left.isVariable && left.value >= 0
                && Double(left.label) != nil && !operands[0].contains("times")
                && (right.isVariable || !right.inputs.isEmpty)
            return numberTimesName ? "\(operands[0])\(operands[1])" : "\(operands[0]) \\cdot \(operands[1])"
        case ("/", 2): return "\(operands[0]) / \(operands[1])"
        case ("^", 2): return "\(operands[0])^{\(operands[1])}"
        case ("sqrt", 1): return "\\sqrt{\(operands[0])}"
        case ("abs", 1): return "|\(operands[0])|"
        case (let op, 1) where op.hasPrefix("^"):
            return "\(operands[0])^{\(op.dropFirst())}"
        case (let op, 1):
            return "\\\(op)(\(operands[0]))"
        default:
            return names[id]
        }
    }

    /// The heading of node `id`: the definition "b = \exp(a)", or the bare name of an input.
    func definition(_ id: Int) -> String {
        graph.nodes[id].isVariable ? names[id] : "\(names[id]) = \(operation(id))"
    }

    /// A variable's name in TeX: "x", "w_{1}" for w1, "\theta_{0}" for theta0, "\mathrm{rate}".
    static func variableTeX(_ name: String) -> String {
        let letters = name.prefix { $0.isLetter }
        let rest = name.dropFirst(letters.count)
        let greek = ["alpha", "beta", "gamma", "delta", "theta", "lambda", "mu", "sigma", "tau", "phi", "omega"]
        var base = String(letters)
        if base.count > 1 { base = greek.contains(base) ? "\\" + base : "\\mathrm{\(base)}" }
        if rest.isEmpty { return base }
        if rest.allSatisfy(\.isNumber) { return "\(base)_{\(rest)}" }
        return "\\mathrm{\(name)}"
    }

    /// A constant in TeX from its engine label: "π" and names ("e", a parameter "a") as names,
    /// numbers as written by ``number(_:digits:)`` with up to 6 digits (2, -0.5, 1 \times 10^{-5}).
    static func constantTeX(_ label: String, value: Double) -> String {
        if label == "π" { return "\\pi" }
        if let first = label.unicodeScalars.first, first == "−" || first == "." || ("0"..."9").contains(first) {
            return number(value, digits: 6)
        }
        return variableTeX(label)
    }

    /// `value` with `digits` significant digits and no trailing zeros, in TeX: 1.284, 0.5, −2.718,
    /// 1.235 \times 10^{5}. Non-finite values are written out ("\mathrm{NaN}", "\infty").
    static func number(_ value: Double, digits: Int) -> String {
        if value.isNaN { return "\\mathrm{NaN}" }
        if value.isInfinite { return value > 0 ? "\\infty" : "-\\infty" }
        if value == 0 { return "0" }
        let magnitude = Swift.abs(value)
        var exponent = Int(log10(magnitude).rounded(.down))
        // Round to `digits` significant digits first: 9.9996 becomes 10.00, not 9.9996.
        var scaled = (magnitude / pow(10, Double(exponent))) * pow(10, Double(digits - 1))
        scaled = scaled.rounded()
        if scaled >= pow(10, Double(digits)) {
            scaled /= 10
            exponent += 1
        }
        let sign = value < 0 ? "-" : ""
        let mantissaDigits = String(Int.checked(scaled))
        // Scientific when the digits would not reach the decimal point, or four zeros would lead.
        if exponent < -3 || exponent >= digits {
            var mantissa = String(mantissaDigits.prefix(1))
            let fraction = trimmed(String(mantissaDigits.dropFirst()))
            if !fraction.isEmpty { mantissa += "." + fraction }
            return "\(sign)\(mantissa) \\times 10^{\(exponent)}"
        }
        let text: String
        if exponent < 0 {
            text = "0." + String(repeating: "0", count: -exponent - 1) + trimmed(mantissaDigits)
        } else if exponent + 1 >= digits {
            text = mantissaDigits + String(repeating: "0", count: exponent + 1 - digits)
        } else {
            let whole = mantissaDigits.prefix(exponent + 1)
            let fraction = trimmed(String(mantissaDigits.dropFirst(exponent + 1)))
            text = fraction.isEmpty ? String(whole) : "\(whole).\(fraction)"
        }
        return sign + text
    }

    private static func trimmed(_ digits: String) -> String {
        String(digits.reversed().drop { $0 == "0" }.reversed())
    }
}
