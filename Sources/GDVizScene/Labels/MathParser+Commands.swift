/// The backslash commands, their arguments, delimiters and environments.
extension MathParser {
    mutating func command(alphabet: MathAlphabet, context: Context) throws(LabelError) -> [MathAtom] {
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

    func peekCommand() -> String? {
        var copy = self
        copy.i += 1
        guard !copy.atEnd else { return nil }
        return copy.commandName()
    }

    /// Letters after a backslash, or the single non-letter character (`\,`, `\|`, `\{`).
    mutating func commandName() -> String {
        var name = ""
        while !atEnd, (s[i] >= "a" && s[i] <= "z") || (s[i] >= "A" && s[i] <= "Z") {
            name.unicodeScalars.append(s[i]); i += 1
        }
        if name.isEmpty, !atEnd { name = String(s[i]); i += 1 }
        return name
    }

    /// A `{…}` group or a single token, as a script or macro argument.
    mutating func argument(after what: String, at: Int, alphabet: MathAlphabet) throws(LabelError) -> [MathAtom] {
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
    mutating func textArgument(after what: String, at: Int) throws(LabelError) -> String {
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
    mutating func delimiter(after what: String, at: Int) throws(LabelError) -> String {
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
    mutating func environment(at: Int, alphabet: MathAlphabet) throws(LabelError) -> MathAtom {
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

    mutating func environmentName(after what: String, at: Int) throws(LabelError) -> String {
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

    mutating func skipSpaces() {
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
