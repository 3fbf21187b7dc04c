/// How an atom takes part in spacing, after TeX's atom classes.
package enum MathClass: Sendable, Equatable {
    case ordinary, binary, relation, open, close, punctuation, largeOperator, inner
}

/// Letter styles selected by `\mathbf`, `\mathbb`, … (mapped to Unicode mathematical alphanumerics).
package enum MathAlphabet: Sendable, Equatable {
    case italic, upright, bold, boldItalic, doubleStruck, calligraphic, fraktur, sansSerif, monospace
}

/// What a macro does. One table, ``MathMacros/table``, serves both the scene validator and the
/// typesetter, so a label that passes validation is drawn exactly as it was written.
package enum MathMacro: Sendable, Equatable {
    /// A glyph of one class: `\alpha`, `\le`, `\infty`.
    case symbol(String, MathClass)
    /// A glyph that may also follow `\left`/`\right`/`\big`: `\langle`, `\lfloor`, `\|`.
    case delimiter(String, MathClass)
    /// `\sum`, `\int`: a large operator; `limits` is whether its scripts go below/above in display style.
    case largeOperator(String, limits: Bool)
    /// `\lim`, `\exp`, `\argmin`: an upright operator name.
    case operatorName(String, limits: Bool)
    /// `\hat{x}`: a combining accent over its argument; `wide` accents stretch to the argument's width.
    case accent(String, wide: Bool)
    case overline, underline
    /// `\overbrace{…}^{…}` / `\underbrace{…}_{…}`.
    case brace(over: Bool)
    /// `\overrightarrow{…}`: an arrow stretched over its argument.
    case overArrow(String)
    /// `\mathbf{…}`: letters of the argument in an alphabet.
    case alphabet(MathAlphabet)
    /// `\text{…}`: roman text in an alphabet (`\textbf` bold), spaces kept.
    case text(MathAlphabet)
    /// `\operatorname{…}`.
    case operatorNameArgument
    case fraction(FractionKind)
    case squareRoot
    /// Horizontal space in ems: `\,` is 3/18.
    case space(Double)
    case left, right, middle
    /// `\big(`, `\Bigl[`: a delimiter of fixed size (1…4) and class.
    case big(Int, MathClass)
    case limits(Bool)
    case style(MathStyleSwitch)
    case begin, end
    /// `\overset{above}{base}`, `\underset{below}{base}`, `\stackrel{above}{base}`.
    case stack(over: Bool)
    /// `\\`: a line break (a row break inside a matrix).
    case lineBreak
}

package enum FractionKind: Sendable, Equatable {
    case frac, dfrac, tfrac, binom, dbinom, tbinom
}

package enum MathStyleSwitch: Sendable, Equatable {
    case display, text, script, scriptScript
}

/// The environments `\begin{…}` accepts, with their delimiters.
package enum MathEnvironment: String, Sendable, CaseIterable {
    case matrix, pmatrix, bmatrix, Bmatrix, vmatrix, Vmatrix, cases

    package var delimiters: (left: String?, right: String?) {
        switch self {
        case .matrix: return (nil, nil)
        case .pmatrix: return ("(", ")")
        case .bmatrix: return ("[", "]")
        case .Bmatrix: return ("{", "}")
        case .vmatrix: return ("|", "|")
        case .Vmatrix: return ("‖", "‖")
        case .cases: return ("{", nil)
        }
    }
}

package enum MathMacros {
    /// Every macro a label may use, by name (without the backslash).
    package static let table: [String: MathMacro] = {
        var t: [String: MathMacro] = [:]
        for (name, code) in greekLower { t[name] = .symbol(scalar(code), .ordinary) }
        for (name, s) in greekUpper { t[name] = .symbol(s, .ordinary) }
        for (name, s) in ordinary { t[name] = .symbol(s, .ordinary) }
        for (name, s) in binary { t[name] = .symbol(s, .binary) }
        for (name, s) in relations { t[name] = .symbol(s, .relation) }
        for (name, s, cls) in delimiters { t[name] = .delimiter(s, cls) }
        for (name, s, limits) in largeOperators { t[name] = .largeOperator(s, limits: limits) }
        for name in operatorNames { t[name] = .operatorName(name, limits: false) }
        for name in ["lim", "liminf", "limsup", "min", "max", "sup", "inf", "det", "Pr", "gcd"] {
            t[name] = .operatorName(name == "liminf" ? "lim\u{2009}inf" : name == "limsup" ? "lim\u{2009}sup" : name,
                                    limits: true)
        }
        t["argmin"] = .operatorName("arg\u{2009}min", limits: true)
        t["argmax"] = .operatorName("arg\u{2009}max", limits: true)
        for (name, accent, wide) in accents { t[name] = .accent(accent, wide: wide) }
        t["overline"] = .overline
        t["underline"] = .underline
        t["overbrace"] = .brace(over: true)
        t["underbrace"] = .brace(over: false)
        t["overrightarrow"] = .overArrow("→")
        t["overleftarrow"] = .overArrow("←")
        let alphabets: [(String, MathAlphabet)] = [
            ("mathbf", .bold), ("boldsymbol", .boldItalic), ("bm", .boldItalic), ("mathbb", .doubleStruck),
            ("mathcal", .calligraphic), ("mathscr", .calligraphic), ("mathrm", .upright), ("mathit", .italic),
            ("mathfrak", .fraktur), ("mathsf", .sansSerif), ("mathtt", .monospace), ("mathup", .upright),
        ]
        for (name, a) in alphabets { t[name] = .alphabet(a) }
        for name in ["text", "textrm", "mbox", "textnormal", "textup"] { t[name] = .text(.upright) }
        t["textbf"] = .text(.bold)
        t["textit"] = .text(.italic)
        t["pmb"] = .alphabet(.boldItalic)
        t["operatorname"] = .operatorNameArgument
        let fractions: [(String, FractionKind)] = [("frac", .frac), ("dfrac", .dfrac), ("tfrac", .tfrac),
                                                   ("binom", .binom), ("dbinom", .dbinom), ("tbinom", .tbinom)]
        for (name, kind) in fractions { t[name] = .fraction(kind) }
        t["sqrt"] = .squareRoot
        let spaces: [(String, Double)] = [
            (",", 3), (":", 4), (">", 4), (";", 5), ("!", -3), (" ", 6), ("quad", 18), ("qquad", 36),
            ("thinspace", 3), ("medspace", 4), ("thickspace", 5), ("negthinspace", -3), ("enspace", 9),
        ]
        for (name, eighteenths) in spaces { t[name] = .space(eighteenths / 18) }
        t["left"] = .left
        t["right"] = .right
        t["middle"] = .middle
        for (stem, size) in [("big", 1), ("Big", 2), ("bigg", 3), ("Bigg", 4)] {
            t[stem] = .big(size, .ordinary)
            t[stem + "l"] = .big(size, .open)
            t[stem + "r"] = .big(size, .close)
            t[stem + "m"] = .big(size, .relation)
        }
        t["limits"] = .limits(true)
        t["nolimits"] = .limits(false)
        t["displaystyle"] = .style(.display)
        t["textstyle"] = .style(.text)
        t["scriptstyle"] = .style(.script)
        t["scriptscriptstyle"] = .style(.scriptScript)
        t["begin"] = .begin
        t["end"] = .end
        t["overset"] = .stack(over: true)
        t["stackrel"] = .stack(over: true)
        t["underset"] = .stack(over: false)
        t["\\"] = .lineBreak
        t["colon"] = .symbol(":", .punctuation)
        return t
    }()

    /// Every macro name, sorted, for did-you-mean suggestions.
    package static let names: [String] = table.keys.sorted()

    /// The macro `name` most likely meant: case matters (`\\thetta` is `\\theta`, not `\\Theta`).
    package static func suggestion(for name: String) -> String? {
        let typed = Array(name)
        var best: (name: String, distance: Int)?
        for candidate in names {
            let target = Array(candidate)
            let d = Suggestion.distance(typed, target)
            guard d <= 2, d <= max(1, target.count / 3), d < typed.count else { continue }
            if best == nil || d < best!.distance { best = (candidate, d) }
        }
        return best?.name ?? Suggestion.closest(to: name, among: names)
    }

    /// Delimiters allowed after `\left`, `\right`, `\big`…: characters and macro names.
    package static let delimiterCharacters: [Character: String] = [
        "(": "(", ")": ")", "[": "[", "]": "]", "|": "|", "/": "/", ".": "",
    ]

    static func scalar(_ v: UInt32) -> String { String(Unicode.Scalar(v).map(Character.init) ?? "?") }

    /// Lower-case Greek is italic (MATHEMATICAL ITALIC SMALL …), as in TeX.
    static let greekLower: [(String, UInt32)] = [
        ("alpha", 0x1D6FC), ("beta", 0x1D6FD), ("gamma", 0x1D6FE), ("delta", 0x1D6FF),
        ("varepsilon", 0x1D700), ("zeta", 0x1D701), ("eta", 0x1D702), ("theta", 0x1D703),
        ("iota", 0x1D704), ("kappa", 0x1D705), ("lambda", 0x1D706), ("mu", 0x1D707), ("nu", 0x1D708),
        ("xi", 0x1D709), ("omicron", 0x1D70A), ("pi", 0x1D70B), ("rho", 0x1D70C), ("varsigma", 0x1D70D),
        ("sigma", 0x1D70E), ("tau", 0x1D70F), ("upsilon", 0x1D710), ("varphi", 0x1D711), ("chi", 0x1D712),
        ("psi", 0x1D713), ("omega", 0x1D714), ("partial", 0x1D715), ("epsilon", 0x1D716),
        ("vartheta", 0x1D717), ("varkappa", 0x1D718), ("phi", 0x1D719), ("varrho", 0x1D71A), ("varpi", 0x1D71B),
    ]

    /// Upper-case Greek is upright, as in TeX.
    static let greekUpper: [(String, String)] = [
        ("Gamma", "Γ"), ("Delta", "Δ"), ("Theta", "Θ"), ("Lambda", "Λ"), ("Xi", "Ξ"), ("Pi", "Π"),
        ("Sigma", "Σ"), ("Upsilon", "Υ"), ("Phi", "Φ"), ("Psi", "Ψ"), ("Omega", "Ω"),
    ]

    static let ordinary: [(String, String)] = [
        ("nabla", "∇"), ("infty", "∞"), ("top", "⊤"), ("bot", "⊥"), ("ell", "ℓ"), ("hbar", "ℏ"),
        ("emptyset", "∅"), ("varnothing", "∅"), ("forall", "∀"), ("exists", "∃"), ("neg", "¬"), ("lnot", "¬"),
        ("prime", "′"), ("ldots", "…"), ("dots", "…"), ("cdots", "⋯"), ("vdots", "⋮"), ("ddots", "⋱"),
        ("angle", "∠"), ("Re", "ℜ"), ("Im", "ℑ"), ("aleph", "ℵ"), ("imath", "𝚤"), ("jmath", "𝚥"),
        ("triangle", "△"), ("checkmark", "✓"), ("dagger", "†"), ("S", "§"),
        ("#", "#"), ("%", "%"), ("&", "&"), ("_", "_"), ("$", "$"), ("backslash", "∖"),
    ]

    static let binary: [(String, String)] = [
        ("cdot", "⋅"), ("times", "×"), ("pm", "±"), ("mp", "∓"), ("circ", "∘"), ("odot", "⊙"), ("otimes", "⊗"),
        ("oplus", "⊕"), ("ominus", "⊖"), ("div", "÷"), ("ast", "∗"), ("star", "⋆"), ("bullet", "∙"),
        ("cap", "∩"), ("cup", "∪"), ("setminus", "∖"), ("wedge", "∧"), ("vee", "∨"), ("land", "∧"),
        ("lor", "∨"), ("diamond", "⋄"), ("sqcup", "⊔"), ("sqcap", "⊓"), ("bigcirc", "◯"), ("uplus", "⊎"),
    ]

    static let relations: [(String, String)] = [
        ("le", "≤"), ("leq", "≤"), ("ge", "≥"), ("geq", "≥"), ("leqslant", "⩽"), ("geqslant", "⩾"),
        ("ne", "≠"), ("neq", "≠"), ("approx", "≈"), ("sim", "∼"), ("simeq", "≃"), ("cong", "≅"),
        ("equiv", "≡"), ("propto", "∝"), ("succ", "≻"), ("prec", "≺"), ("succeq", "⪰"), ("preceq", "⪯"),
        ("ll", "≪"), ("gg", "≫"), ("in", "∈"), ("notin", "∉"), ("ni", "∋"), ("subset", "⊂"), ("supset", "⊃"),
        ("subseteq", "⊆"), ("supseteq", "⊇"), ("to", "→"), ("rightarrow", "→"), ("leftarrow", "←"),
        ("gets", "←"), ("leftrightarrow", "↔"), ("Rightarrow", "⇒"), ("Leftarrow", "⇐"),
        ("Leftrightarrow", "⇔"), ("implies", "⟹"), ("iff", "⟺"), ("mapsto", "↦"), ("longrightarrow", "⟶"),
        ("longleftarrow", "⟵"), ("longmapsto", "⟼"), ("perp", "⟂"), ("parallel", "∥"), ("mid", "∣"),
        ("coloneqq", "≔"), ("triangleq", "≜"), ("doteq", "≐"), ("models", "⊨"), ("vdash", "⊢"),
        ("nearrow", "↗"), ("searrow", "↘"),
    ]

    static let delimiters: [(String, String, MathClass)] = [
        ("{", "{", .open), ("}", "}", .close), ("lbrace", "{", .open), ("rbrace", "}", .close),
        ("langle", "⟨", .open), ("rangle", "⟩", .close), ("lfloor", "⌊", .open), ("rfloor", "⌋", .close),
        ("lceil", "⌈", .open), ("rceil", "⌉", .close), ("lvert", "|", .open), ("rvert", "|", .close),
        ("lVert", "‖", .open), ("rVert", "‖", .close), ("vert", "|", .ordinary), ("Vert", "‖", .ordinary),
        ("|", "‖", .ordinary), ("lbrack", "[", .open), ("rbrack", "]", .close),
        ("uparrow", "↑", .relation), ("downarrow", "↓", .relation), ("updownarrow", "↕", .relation),
    ]

    static let largeOperators: [(String, String, Bool)] = [
        ("sum", "∑", true), ("prod", "∏", true), ("coprod", "∐", true), ("int", "∫", false), ("iint", "∬", false),
        ("iiint", "∭", false), ("oint", "∮", false), ("bigcup", "⋃", true), ("bigcap", "⋂", true),
        ("bigoplus", "⨁", true), ("bigotimes", "⨂", true), ("bigvee", "⋁", true), ("bigwedge", "⋀", true),
    ]

    static let operatorNames = ["exp", "log", "ln", "lg", "sin", "cos", "tan", "cot", "sec", "csc", "sinh", "cosh",
                                "tanh", "coth", "arcsin", "arccos", "arctan", "arg", "sgn", "tr", "rank", "diag",
                                "dim", "ker", "deg", "hom"]

    static let accents: [(String, String, Bool)] = [
        ("hat", "\u{0302}", false), ("widehat", "\u{0302}", true), ("tilde", "\u{0303}", false),
        ("widetilde", "\u{0303}", true), ("bar", "\u{0304}", false), ("vec", "\u{20D7}", false),
        ("dot", "\u{0307}", false), ("ddot", "\u{0308}", false), ("check", "\u{030C}", false),
        ("breve", "\u{0306}", false), ("acute", "\u{0301}", false), ("grave", "\u{0300}", false),
        ("mathring", "\u{030A}", false),
    ]
}
