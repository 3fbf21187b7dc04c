/// One piece of a formula with its scripts, after TeX's noads.
package struct MathAtom: Sendable {
    package var nucleus: MathNode
    package var lower: [MathAtom]?
    package var upper: [MathAtom]?
    /// `\limits` (true) or `\nolimits` (false) after an operator; `nil` keeps the operator's default.
    package var limits: Bool?

    package init(_ nucleus: MathNode) { self.nucleus = nucleus }

    package var mathClass: MathClass { nucleus.mathClass }
}

/// A parsed formula element. Every case comes from an entry of ``MathMacros/table`` or a plain character.
package indirect enum MathNode: Sendable {
    /// Characters set from the math font as they are (already mapped to their alphabet).
    case glyph(String, MathClass)
    /// `\text{…}`: upright roman, spaces kept.
    case text(String)
    case group([MathAtom])
    case largeOperator(String, limits: Bool)
    case operatorName(String, limits: Bool)
    case fraction(numerator: [MathAtom], denominator: [MathAtom], kind: FractionKind)
    case radical(degree: [MathAtom]?, body: [MathAtom])
    case accent(String, wide: Bool, body: [MathAtom])
    case overline([MathAtom])
    case underline([MathAtom])
    /// The brace's label is the atom's superscript (over) or subscript (under).
    case brace(over: Bool, body: [MathAtom])
    case overArrow(String, body: [MathAtom])
    case stack(over: Bool, base: [MathAtom], annotation: [MathAtom])
    /// `\left( … \right)`; an empty delimiter is `\left.`.
    case fenced(left: String, body: [MathAtom], right: String)
    /// `\middle|` inside a `\left … \right`.
    case middle(String)
    case big(String, size: Int, MathClass)
    case environment(MathEnvironment, rows: [[[MathAtom]]])
    /// Horizontal space in ems.
    case space(Double)
    case style(MathStyleSwitch)

    package var mathClass: MathClass {
        switch self {
        case .glyph(_, let c), .big(_, _, let c): return c
        case .largeOperator, .operatorName: return .largeOperator
        case .fenced: return .inner
        case .middle: return .relation
        case .fraction(_, _, let kind) where kind == .binom || kind == .dbinom || kind == .tbinom: return .inner
        default: return .ordinary
        }
    }
}

/// A problem in a label: a message and the 1-based column (in Unicode scalars) it points at, 0 for none.
package struct LabelError: Error, Sendable, Equatable {
    package var column: Int
    package var message: String

    package init(column: Int, message: String) {
        self.column = column
        self.message = message
    }
}

/// Parses the mathematics between `$…$` into atoms, rejecting anything it cannot typeset.
struct MathParser {
    private let s: [Unicode.Scalar]
    private var i: Int
    private let end: Int
    private var depth = 0
    static let maxDepth = 40
    static let maxMatrixSide = 10

    private enum Context: Equatable {
        case top, group(open: Int), fenced(open: Int), cell(open: Int, name: String), optional(open: Int)
    }

    init(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) {
        s = scalars
        i = start
        self.end = end
    }

    mutating func parse() throws(LabelError) -> [MathAtom] { try list(.top, alphabet: .italic) }

    private var atEnd: Bool { i >= end }
    private func column(_ index: Int) -> Int { index + 1 }
    private func fail(_ message: String, at index: Int) -> LabelError {
        LabelError(column: column(index), message: message + " at column \(column(index))")
    }

    // MARK: Lists

    private mutating func list(_ context: Context, alphabet: MathAlphabet) throws(LabelError) -> [MathAtom] {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxDepth {
            throw fail("formula nested more than \(Self.maxDepth) levels deep", at: min(i, end - 1))
        }
        var atoms: [MathAtom] = []
        while true {
            skipSpaces()
            if atEnd {
                switch context {
                case .top: return atoms
                case .group(let open): throw fail("the { is never closed", at: open)
                case .fenced(let open): throw fail("\\left has no matching \\right", at: open)
                case .cell(let open, let name): throw fail("\\begin{\(name)} has no \\end{\(name)}", at: open)
                case .optional(let open): throw fail("the [ is never closed", at: open)
                }
            }
            let c = s[i]
            if c == "}" {
                if case .group = context { i += 1; return atoms }
                throw fail("this } closes a group that was never opened", at: i)
            }
            if c == "]", case .optional = context { i += 1; return atoms }
            if c == "&" {
                if case .cell = context { return atoms }
                throw fail("& separates matrix cells; outside \\begin{pmatrix}…\\end{pmatrix} write \\&", at: i)
            }
            if c == "\\", let name = peekCommand() {
                switch MathMacros.table[name] {
                case .lineBreak?:
                    if case .cell = context { return atoms }
                    throw fail("a line break \\\\ is allowed only outside braces or between matrix rows", at: i)
                case .right?:
                    if case .fenced = context { return atoms }
                    throw fail("\\right has no matching \\left", at: i)
                case .end?:
                    if case .cell = context { return atoms }
                    throw fail("\\end has no matching \\begin", at: i)
                case .limits(let on)?:
                    let at = i
                    i += 1 + name.unicodeScalars.count
                    guard let last = atoms.indices.last, atoms[last].mathClass == .largeOperator else {
                        throw fail("\\\(name) must follow an operator such as \\sum or \\lim", at: at)
                    }
                    atoms[last].limits = on
                    continue
                default: break
                }
            }
            if c == "^" || c == "_" || c == "'" {
                let at = i
                i += 1
                if atoms.isEmpty { atoms.append(MathAtom(.group([]))) }
                let last = atoms.count - 1
                if c == "'" {
                    // The font's prime is already a raised, script-sized mark: it follows the nucleus.
                    var primes = "′"
                    while !atEnd, s[i] == "'" { primes += "′"; i += 1 }
                    atoms.append(MathAtom(.glyph(primes, .ordinary)))
                    continue
                }
                let script = try argument(after: c == "^" ? "^" : "_", at: at, alphabet: alphabet)
                if c == "^" {
                    guard atoms[last].upper == nil else {
                        throw fail("double superscript: write x^{ab}, or {x^a}^b", at: at)
                    }
                    atoms[last].upper = script
                } else {
                    guard atoms[last].lower == nil else {
                        throw fail("double subscript: write x_{ab}, or {x_a}_b", at: at)
                    }
                    atoms[last].lower = script
                }
                continue
            }
            atoms.append(contentsOf: try atom(alphabet: alphabet, context: context))
        }
    }

    /// One token: a character, a `{…}` group or a macro with its arguments.
    private mutating func atom(alphabet: MathAlphabet, context: Context) throws(LabelError) -> [MathAtom] {
        let c = s[i]
        if c == "{" {
            let open = i
            i += 1
            return [MathAtom(.group(try list(.group(open: open), alphabet: alphabet)))]
        }
        if c == "\\" { return try command(alphabet: alphabet, context: context) }
        let at = i
        i += 1
        if c.properties.numericType != nil, c.isASCII {
            var digits = String(alphabet.map(c))
            while !atEnd, s[i].isASCII, s[i].properties.numericType != nil
                    || (s[i] == "." && i + 1 < end && s[i + 1].isASCII && s[i + 1].properties.numericType != nil) {
                digits.unicodeScalars.append(alphabet.map(s[i]))
                i += 1
            }
            return [MathAtom(.glyph(digits, .ordinary))]
        }
        if (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") {
            return [MathAtom(.glyph(String(alphabet.map(c)), .ordinary))]
        }
        switch c {
        case "+": return [MathAtom(.glyph("+", .binary))]
        case "-": return [MathAtom(.glyph("\u{2212}", .binary))]
        case "*": return [MathAtom(.glyph("∗", .binary))]
        case "=", "<", ">", ":": return [MathAtom(.glyph(String(c), .relation))]
        case "(", "[": return [MathAtom(.glyph(String(c), .open))]
        case ")", "]", "!", "?": return [MathAtom(.glyph(String(c), .close))]
        case ",", ";": return [MathAtom(.glyph(String(c), .punctuation))]
        case "~": return [MathAtom(.space(1.0 / 3))]
        case "#", "%": throw fail("\(c) is special in TeX: write \\\(c)", at: at)
        case "$": throw fail("unexpected $", at: at)
        default: return [MathAtom(.glyph(String(c), .ordinary))]
        }
    }

    // MARK: Macros

    private mutating func command(alphabet: MathAlphabet, context: Context) throws(LabelError) -> [MathAtom] {
        let at = i
        i += 1
        guard !atEnd else { throw fail("a lone backslash: write \\backslash for the symbol", at: at) }
        let name = commandName()
        guard let macro = MathMacros.table[name] else {
            let guess = MathMacros.suggestion(for: name).map { "; did you mean \\\($0)?" } ?? ""
            throw LabelError(column: column(at), message: "unknown macro \\\(name) at column \(column(at))\(guess)")
        }
        switch macro {
        case .symbol(let glyph, let cls), .delimiter(let glyph, let cls):
            let mapped = alphabet == .italic || alphabet == .upright ? glyph : alphabet.map(glyph)
            return [MathAtom(.glyph(mapped, cls))]
        case .largeOperator(let glyph, let limits):
            return [MathAtom(.largeOperator(glyph, limits: limits))]
        case .operatorName(let text, let limits):
            return [MathAtom(.operatorName(text, limits: limits))]
        case .accent(let accent, let wide):
            return [MathAtom(.accent(accent, wide: wide, body: try argument(after: "\\" + name, at: at, alphabet: alphabet)))]
        case .overline:
            return [MathAtom(.overline(try argument(after: "\\overline", at: at, alphabet: alphabet)))]
        case .underline:
            return [MathAtom(.underline(try argument(after: "\\underline", at: at, alphabet: alphabet)))]
        case .brace(let over):
            var atom = MathAtom(.brace(over: over, body: try argument(after: "\\" + name, at: at, alphabet: alphabet)))
            atom.limits = true
            return [atom]
        case .overArrow(let arrow):
            return [MathAtom(.overArrow(arrow, body: try argument(after: "\\" + name, at: at, alphabet: alphabet)))]
        case .alphabet(let chosen):
            return [MathAtom(.group(try argument(after: "\\" + name, at: at, alphabet: chosen)))]
        case .text(let style):
            return [MathAtom(.text(style.map(try textArgument(after: "\\" + name, at: at))))]
        case .operatorNameArgument:
            var limits = false
            if !atEnd, s[i] == "*" { limits = true; i += 1 }
            let text = try textArgument(after: "\\operatorname", at: at)
            return [MathAtom(.operatorName(text, limits: limits))]
        case .fraction(let kind):
            let numerator = try argument(after: "\\" + name, at: at, alphabet: alphabet)
            let denominator = try argument(after: "\\" + name + " (its second argument)", at: at, alphabet: alphabet)
            return [MathAtom(.fraction(numerator: numerator, denominator: denominator, kind: kind))]
        case .squareRoot:
            skipSpaces()
            var degree: [MathAtom]?
            if !atEnd, s[i] == "[" {
                let open = i
                i += 1
                degree = try list(.optional(open: open), alphabet: alphabet)
            }
            return [MathAtom(.radical(degree: degree, body: try argument(after: "\\sqrt", at: at, alphabet: alphabet)))]
        case .space(let em):
            return [MathAtom(.space(em))]
        case .left:
            let left = try delimiter(after: "\\left", at: at)
            let body = try list(.fenced(open: at), alphabet: alphabet)
            let rightAt = i
            i += 1
            _ = commandName()  // "right", checked by list()
            let right = try delimiter(after: "\\right", at: rightAt)
            return [MathAtom(.fenced(left: left, body: body, right: right))]
        case .middle:
            guard case .fenced = context else { throw fail("\\middle is allowed only between \\left and \\right", at: at) }
            return [MathAtom(.middle(try delimiter(after: "\\middle", at: at)))]
        case .big(let size, let cls):
            let glyph = try delimiter(after: "\\" + name, at: at)
            let resolved = cls == .ordinary ? (["(", "[", "{", "⟨", "⌊", "⌈"].contains(glyph) ? .open
                : [")", "]", "}", "⟩", "⌋", "⌉"].contains(glyph) ? .close : .ordinary) : cls
            return [MathAtom(.big(glyph, size: size, resolved))]
        case .style(let style):
            return [MathAtom(.style(style))]
        case .begin:
            return [try environment(at: at, alphabet: alphabet)]
        case .stack(let over):
            let annotation = try argument(after: "\\" + name, at: at, alphabet: alphabet)
            let base = try argument(after: "\\" + name + " (its second argument)", at: at, alphabet: alphabet)
            return [MathAtom(.stack(over: over, base: base, annotation: annotation))]
        case .limits, .right, .end, .lineBreak:
            throw fail("\\\(name) is not allowed here", at: at)
        }
    }

    private func peekCommand() -> String? {
        var copy = self
        copy.i += 1
        guard !copy.atEnd else { return nil }
        return copy.commandName()
    }

    /// Letters after a backslash, or the single non-letter character (`\,`, `\|`, `\{`).
    private mutating func commandName() -> String {
        var name = ""
        while !atEnd, (s[i] >= "a" && s[i] <= "z") || (s[i] >= "A" && s[i] <= "Z") {
            name.unicodeScalars.append(s[i]); i += 1
        }
        if name.isEmpty, !atEnd { name = String(s[i]); i += 1 }
        return name
    }

    /// A `{…}` group or a single token, as a script or macro argument.
    private mutating func argument(after what: String, at: Int, alphabet: MathAlphabet) throws(LabelError) -> [MathAtom] {
        skipSpaces()
        guard !atEnd, s[i] != "}", s[i] != "&", s[i] != "^", s[i] != "_" else {
            throw fail("\(what) needs an argument, e.g. {x}", at: at)
        }
        if s[i] == "{" {
            let open = i
            i += 1
            return try list(.group(open: open), alphabet: alphabet)
        }
        if s[i] == "\\", let name = peekCommand(), let macro = MathMacros.table[name], [.lineBreak, .right, .end].contains(macro) {
            throw fail("\(what) needs an argument, e.g. {x}", at: at)
        }
        if s[i].isASCII, s[i].properties.numericType != nil {
            i += 1
            return [MathAtom(.glyph(String(alphabet.map(s[i - 1])), .ordinary))]
        }
        return try atom(alphabet: alphabet, context: .top)
    }

    /// The characters of a `{…}` argument, as text: braces group, `\{ \} \$ \% \& \# \_` are literal.
    private mutating func textArgument(after what: String, at: Int) throws(LabelError) -> String {
        skipSpaces()
        guard !atEnd, s[i] == "{" else { throw fail("\(what) needs a {…} argument", at: at) }
        let open = i
        i += 1
        var text = ""
        var level = 1
        while true {
            guard !atEnd else { throw fail("the { is never closed", at: open) }
            let c = s[i]
            if c == "{" { level += 1; i += 1; continue }
            if c == "}" {
                level -= 1
                i += 1
                if level == 0 { return text }
                continue
            }
            if c == "\\", i + 1 < end, ",;:!".unicodeScalars.contains(s[i + 1]) {
                if s[i + 1] != "!" { text.unicodeScalars.append("\u{2009}") }  // `arg\,min`: a thin space
                i += 2
                continue
            }
            if c == "\\" {
                guard i + 1 < end, "{}$%&#_ ".unicodeScalars.contains(s[i + 1]) else {
                    throw fail("macros are not allowed inside \(what){…}; end the text first", at: i)
                }
                text.unicodeScalars.append(s[i + 1])
                i += 2
                continue
            }
            text.unicodeScalars.append(c)
            i += 1
        }
    }

    /// The delimiter after `\left`, `\right`, `\big`…; `.` is the empty delimiter.
    private mutating func delimiter(after what: String, at: Int) throws(LabelError) -> String {
        skipSpaces()
        let expected = "\(what) needs a delimiter: ( ) [ ] \\{ \\} | \\| \\langle \\rangle \\lfloor \\rfloor \\lceil \\rceil or ."
        guard !atEnd else { throw fail(expected, at: at) }
        if let d = MathMacros.delimiterCharacters[Character(s[i])] {
            i += 1
            return d
        }
        if s[i] == "\\" {
            var copy = self
            copy.i += 1
            let name = copy.commandName()
            if case .delimiter(let glyph, _)? = MathMacros.table[name] {
                self = copy
                return glyph
            }
        }
        throw fail(expected, at: i)
    }

    /// `\begin{name} cells & … \\ … \end{name}`.
    private mutating func environment(at: Int, alphabet: MathAlphabet) throws(LabelError) -> MathAtom {
        let name = try environmentName(after: "\\begin", at: at)
        guard let env = MathEnvironment(rawValue: name) else {
            let known = MathEnvironment.allCases.map(\.rawValue)
            let guess = Suggestion.closest(to: name, among: known).map { "; did you mean \($0)?" } ?? "; known: \(known.joined(separator: ", "))"
            throw LabelError(column: column(at), message: "unknown environment \(name) at column \(column(at))\(guess)")
        }
        var rows: [[[MathAtom]]] = [[]]
        while true {
            let cell = try list(.cell(open: at, name: name), alphabet: alphabet)
            rows[rows.count - 1].append(cell)
            if s[i] == "&" {
                i += 1
                if rows[rows.count - 1].count >= Self.maxMatrixSide {
                    throw fail("a matrix row has more than \(Self.maxMatrixSide) cells", at: i - 1)
                }
                continue
            }
            let commandAt = i
            i += 1
            let command = commandName()
            if command == "\\" {
                rows.append([])
                if rows.count > Self.maxMatrixSide {
                    throw fail("a matrix has more than \(Self.maxMatrixSide) rows", at: commandAt)
                }
                continue
            }
            let closing = try environmentName(after: "\\end", at: commandAt)
            guard closing == name else {
                throw fail("\\begin{\(name)} at column \(column(at)) is closed by \\end{\(closing)}", at: commandAt)
            }
            break
        }
        // A trailing \\ leaves an empty last row, as in LaTeX.
        if rows.count > 1, rows.last!.count == 1, rows.last![0].isEmpty { rows.removeLast() }
        return MathAtom(.environment(env, rows: rows))
    }

    private mutating func environmentName(after what: String, at: Int) throws(LabelError) -> String {
        skipSpaces()
        guard !atEnd, s[i] == "{" else { throw fail("\(what) needs an environment name such as {pmatrix}", at: at) }
        let open = i
        i += 1
        var name = ""
        while !atEnd, s[i] != "}" { name.unicodeScalars.append(s[i]); i += 1 }
        guard !atEnd else { throw fail("the { is never closed", at: open) }
        i += 1
        return name.trimmingSpaces
    }

    private mutating func skipSpaces() {
        while !atEnd, s[i] == " " { i += 1 }
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var scalars = Substring(self)
        while scalars.first == " " { scalars.removeFirst() }
        while scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }
}
