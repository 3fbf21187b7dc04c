/// Parses the mathematics between `$…$` into atoms, rejecting anything it cannot typeset.
struct MathParser {
    let s: [Unicode.Scalar]
    var i: Int
    let end: Int
    var depth = 0
    static let maxDepth = 40
    static let maxMatrixSide = 10

    enum Context: Equatable {
        case top, group(open: Int), fenced(open: Int), cell(open: Int, name: String), optional(open: Int)
    }

    init(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) {
        s = scalars
        i = start
        self.end = end
    }

    mutating func parse() throws(LabelError) -> [MathAtom] { try list(.top, alphabet: .italic) }

    var atEnd: Bool { i >= end }
    func column(_ index: Int) -> Int { index + 1 }
    func fail(_ message: String, at index: Int) -> LabelError {
        LabelError(column: column(index), message: message + " at column \(column(index))")
    }

    // MARK: Lists

    mutating func list(_ context: Context, alphabet: MathAlphabet) throws(LabelError) -> [MathAtom] {
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
    mutating func atom(alphabet: MathAlphabet, context: Context) throws(LabelError) -> [MathAtom] {
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
}
