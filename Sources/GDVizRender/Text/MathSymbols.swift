/// How an atom takes part in spacing, after TeX's atom classes.
enum AtomClass { case ordinary, binary, relation, open, close, punctuation, `operator` }

/// Character tables for the TeX-like label syntax. Everything maps to Unicode code points that
/// Latin Modern Math has, so a label is set entirely from one font file.
enum MathSymbols {
    /// `a`–`z`, `A`–`Z` → MATHEMATICAL ITALIC (h is the Planck constant sign by Unicode's rule).
    static func italic(_ c: Unicode.Scalar) -> String {
        if c == "h" { return "\u{210E}" }
        if c >= "a" && c <= "z" { return scalar(0x1D44E + c.value - 0x61) }
        if c >= "A" && c <= "Z" { return scalar(0x1D434 + c.value - 0x41) }
        return String(c)
    }

    /// `\mathbf{…}`: bold upright letters and digits, the convention for vectors and matrices.
    static func bold(_ c: Unicode.Scalar) -> String {
        if c >= "a" && c <= "z" { return scalar(0x1D41A + c.value - 0x61) }
        if c >= "A" && c <= "Z" { return scalar(0x1D400 + c.value - 0x41) }
        if c >= "0" && c <= "9" { return scalar(0x1D7CE + c.value - 0x30) }
        return String(c)
    }

    /// `\exp`, `\log`, …: set upright, with a thin space before a following letter as in TeX.
    static let operatorNames: Set<String> = ["exp", "log", "ln", "sin", "cos", "tan", "sinh", "cosh", "tanh",
                                             "arcsin", "arccos", "arctan", "max", "min", "det", "sgn"]

    private static func scalar(_ v: UInt32) -> String { String(Unicode.Scalar(v).map(Character.init) ?? "?") }

    /// Lower-case Greek is italic and upper-case upright, as in TeX.
    static let commands: [String: (String, AtomClass)] = {
        var table: [String: (String, AtomClass)] = [:]
        let lower: [(String, UInt32)] = [
            ("alpha", 0x1D6FC), ("beta", 0x1D6FD), ("gamma", 0x1D6FE), ("delta", 0x1D6FF),
            ("varepsilon", 0x1D700), ("zeta", 0x1D701), ("eta", 0x1D702), ("theta", 0x1D703),
            ("iota", 0x1D704), ("kappa", 0x1D705), ("lambda", 0x1D706), ("mu", 0x1D707), ("nu", 0x1D708),
            ("xi", 0x1D709), ("pi", 0x1D70B), ("rho", 0x1D70C), ("sigma", 0x1D70E), ("tau", 0x1D70F),
            ("upsilon", 0x1D710), ("varphi", 0x1D711), ("chi", 0x1D712), ("psi", 0x1D713), ("omega", 0x1D714),
            ("partial", 0x1D715), ("epsilon", 0x1D716), ("vartheta", 0x1D717), ("phi", 0x1D719),
        ]
        for (name, code) in lower { table[name] = (scalar(code), .ordinary) }
        let upper: [(String, String)] = [
            ("Gamma", "Γ"), ("Delta", "Δ"), ("Theta", "Θ"), ("Lambda", "Λ"), ("Xi", "Ξ"), ("Pi", "Π"),
            ("Sigma", "Σ"), ("Upsilon", "Υ"), ("Phi", "Φ"), ("Psi", "Ψ"), ("Omega", "Ω"),
        ]
        for (name, s) in upper { table[name] = (s, .ordinary) }
        let ordinary: [(String, String)] = [
            ("nabla", "∇"), ("infty", "∞"), ("top", "⊤"), ("star", "⋆"), ("ldots", "…"), ("cdots", "⋯"),
            ("sum", "∑"), ("prod", "∏"), ("|", "‖"), ("prime", "′"), ("ell", "ℓ"),
        ]
        for (name, s) in ordinary { table[name] = (s, .ordinary) }
        let binary: [(String, String)] = [("cdot", "⋅"), ("times", "×"), ("pm", "±"), ("circ", "∘")]
        for (name, s) in binary { table[name] = (s, .binary) }
        let relation: [(String, String)] = [
            ("le", "≤"), ("leq", "≤"), ("ge", "≥"), ("geq", "≥"), ("approx", "≈"), ("ne", "≠"), ("neq", "≠"),
            ("to", "→"), ("rightarrow", "→"), ("leftarrow", "←"), ("gets", "←"), ("in", "∈"), ("sim", "∼"),
            ("propto", "∝"), ("equiv", "≡"), ("mapsto", "↦"),
        ]
        for (name, s) in relation { table[name] = (s, .relation) }
        table["{"] = ("{", .open)
        table["}"] = ("}", .close)
        table[","] = ("\u{2009}", .ordinary)
        table[";"] = ("\u{2005}", .ordinary)
        table["quad"] = ("\u{2003}", .ordinary)
        return table
    }()

    /// Class and glyph of a plain character in math mode.
    static func character(_ c: Unicode.Scalar) -> (String, AtomClass) {
        switch c {
        case "+": return ("+", .binary)
        case "-": return ("\u{2212}", .binary)
        case "*": return ("∗", .binary)
        case "/": return ("/", .ordinary)
        case "=", "<", ">": return (String(c), .relation)
        case "(", "[": return (String(c), .open)
        case ")", "]": return (String(c), .close)
        case ",", ";": return (String(c), .punctuation)
        case "'": return ("′", .ordinary)
        case "|": return ("|", .ordinary)
        default:
            if (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") { return (italic(c), .ordinary) }
            return (String(c), .ordinary)
        }
    }
}
