/// A parsed piece of mathematics.
indirect enum MathNode {
    case symbol(String, AtomClass)
    case group([MathAtom])
    case fraction([MathAtom], [MathAtom])
    /// Rows of cells between square brackets (`bmatrix`, `pmatrix`).
    case matrix([[[MathAtom]]])
    /// `\sqrt{…}`: the radical sign with a rule over its argument.
    case radical([MathAtom])
    /// `\bar{…}` (a short accent bar) and `\overline{…}` (a rule over the whole argument).
    case overline([MathAtom], accent: Bool)
}

struct MathAtom {
    var nucleus: MathNode
    var lower: [MathAtom]?
    var upper: [MathAtom]?
    var atomClass: AtomClass
}

/// Parses the TeX-like subset used in labels: letters (italic), digits, operators, `_`/`^` with
/// `{…}` groups, Greek letters and symbols (`\nabla`, `\eta`, `\le`…), `\mathbf{}`, `\mathrm{}`,
/// `\text{}`, `\frac{}{}`, `\sqrt{}`, `\bar{}`, `\overline{}`, upright operator names (`\exp`, `\log`,
/// `\sin`…), and `\begin{bmatrix} a & b \\ c & d \end{bmatrix}`.
/// Unknown commands are set literally (as `\name`) rather than failing, so a label never stops a render.
struct MathParser {
    private let s: [Unicode.Scalar]
    private var i = 0

    init(_ text: String) { s = Array(text.unicodeScalars) }

    static func parse(_ text: String) -> [MathAtom] {
        var parser = MathParser(text)
        return parser.list(stopAt: [])
    }

    private var atEnd: Bool { i >= s.count }

    /// Atoms until end of input, `}`, or one of the `stopAt` commands/characters (left unconsumed).
    private mutating func list(stopAt: Set<String>) -> [MathAtom] {
        var atoms: [MathAtom] = []
        while !atEnd {
            skipSpaces()
            if atEnd { break }
            if s[i] == "}" { break }
            if s[i] != "\\", stopAt.contains(String(s[i])) { break }
            if s[i] == "\\", let name = peekCommand(), stopAt.contains(name) { break }
            if s[i] == "_" || s[i] == "^" {
                let isSub = s[i] == "_"
                i += 1
                let script = argument()
                if atoms.isEmpty { atoms.append(MathAtom(nucleus: .group([]), atomClass: .ordinary)) }
                if isSub { atoms[atoms.count - 1].lower = script } else { atoms[atoms.count - 1].upper = script }
                continue
            }
            atoms.append(contentsOf: atom())
        }
        return atoms
    }

    private mutating func atom() -> [MathAtom] {
        let c = s[i]
        if c == "{" {
            i += 1
            let inner = list(stopAt: [])
            if !atEnd { i += 1 }
            return [MathAtom(nucleus: .group(inner), atomClass: .ordinary)]
        }
        if c == "\\" { return command() }
        i += 1
        if c >= "0" && c <= "9" || c == "." {
            // A run of digits is one upright number.
            var digits = String(c)
            while !atEnd, (s[i] >= "0" && s[i] <= "9") || s[i] == "." { digits.unicodeScalars.append(s[i]); i += 1 }
            return [MathAtom(nucleus: .symbol(digits, .ordinary), atomClass: .ordinary)]
        }
        let (glyph, cls) = MathSymbols.character(c)
        return [MathAtom(nucleus: .symbol(glyph, cls), atomClass: cls)]
    }

    private mutating func command() -> [MathAtom] {
        i += 1
        guard !atEnd else { return [] }
        let name = commandName()
        switch name {
        case "mathbf", "boldsymbol", "bm":
            return styled(rawArgument(), MathSymbols.bold)
        case "mathrm", "text", "operatorname", "mathup":
            return styled(rawArgument(), { String($0) })
        case "frac", "tfrac", "dfrac":
            let numerator = argument()
            let denominator = argument()
            return [MathAtom(nucleus: .fraction(numerator, denominator), atomClass: .ordinary)]
        case "sqrt":
            return [MathAtom(nucleus: .radical(argument()), atomClass: .ordinary)]
        case "bar", "overline":
            return [MathAtom(nucleus: .overline(argument(), accent: name == "bar"), atomClass: .ordinary)]
        case _ where MathSymbols.operatorNames.contains(name):
            return [MathAtom(nucleus: .symbol(name, .operator), atomClass: .operator)]
        case "begin":
            _ = rawArgument()
            return [MathAtom(nucleus: .matrix(matrixRows()), atomClass: .ordinary)]
        case "left", "right", "big", "Big", "bigl", "bigr":
            return []
        default:
            if let (glyph, cls) = MathSymbols.commands[name] {
                return [MathAtom(nucleus: .symbol(glyph, cls), atomClass: cls)]
            }
            return [MathAtom(nucleus: .symbol("\\" + name, .ordinary), atomClass: .ordinary)]
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

    /// A `{…}` group or a single atom, as a script or command argument.
    private mutating func argument() -> [MathAtom] {
        skipSpaces()
        guard !atEnd else { return [] }
        if s[i] == "{" {
            i += 1
            let inner = list(stopAt: [])
            if !atEnd { i += 1 }
            return inner
        }
        return atom()
    }

    /// The characters of a `{…}` group without interpreting them.
    private mutating func rawArgument() -> String {
        skipSpaces()
        guard !atEnd else { return "" }
        guard s[i] == "{" else { i += 1; return String(s[i - 1]) }
        i += 1
        var text = ""
        var depth = 1
        while !atEnd {
            if s[i] == "{" { depth += 1 }
            if s[i] == "}" { depth -= 1; if depth == 0 { i += 1; break } }
            text.unicodeScalars.append(s[i]); i += 1
        }
        return text
    }

    private func styled(_ text: String, _ map: (Unicode.Scalar) -> String) -> [MathAtom] {
        [MathAtom(nucleus: .symbol(text.unicodeScalars.map(map).joined(), .ordinary), atomClass: .ordinary)]
    }

    /// Cells separated by `&`, rows by `\\`, up to `\end{…}`.
    private mutating func matrixRows() -> [[[MathAtom]]] {
        var rows: [[[MathAtom]]] = [[]]
        while !atEnd {
            let cell = list(stopAt: ["&", "\\", "end"])
            rows[rows.count - 1].append(cell)
            guard !atEnd else { break }
            if s[i] == "&" || s[i] == "}" { i += 1; continue }
            i += 1
            let name = commandName()
            if name == "\\" { rows.append([]); continue }
            if name == "end" { _ = rawArgument(); break }
        }
        return rows.filter { !$0.allSatisfy(\.isEmpty) }
    }

    private mutating func skipSpaces() {
        while !atEnd, s[i] == " " { i += 1 }
    }
}
