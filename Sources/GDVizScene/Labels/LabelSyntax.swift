/// A run of a label's line: plain text, or mathematics from `$…$` (inline) or `$$…$$` (display).
package enum LabelSegment: Sendable {
    case text(String)
    case math([MathAtom], display: Bool)
}

/// The syntax of every drawn string (titles, axis labels, legends, annotations…): plain text with
/// `$…$` mathematics, `\$` for a dollar sign and `\\` for a line break. The scene reader checks each
/// label with ``parse(_:)`` and the renderer typesets what it returns, so the two cannot disagree.
package enum LabelSyntax {
    /// Longer labels cannot fit on any figure; refusing them keeps layout time bounded.
    package static let maxLength = 2000

    /// The lines of `label`, each a list of segments, or the first problem found.
    package static func parse(_ label: String) throws(LabelError) -> [[LabelSegment]] {
        try checkControlCharacters(label)
        let s = Array(label.unicodeScalars)
        guard s.count <= maxLength else {
            throw LabelError(column: 0, message: "a label of \(s.count) characters; at most \(maxLength) fit on a figure")
        }
        var lines: [[LabelSegment]] = [[]]
        var text = ""
        func flushText() {
            if !text.isEmpty { lines[lines.count - 1].append(.text(text)); text = "" }
        }
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "\\" {
                guard i + 1 < s.count else {
                    throw LabelError(column: i + 1, message: "a lone backslash at column \(i + 1); write \\backslash inside $…$")
                }
                let next = s[i + 1]
                if next == "\\" { flushText(); lines.append([]); i += 2; continue }
                if "$%&#_{} ".unicodeScalars.contains(next) { text.unicodeScalars.append(next); i += 2; continue }
                var name = ""
                var j = i + 1
                while j < s.count, s[j].properties.isAlphabetic, s[j].isASCII { name.unicodeScalars.append(s[j]); j += 1 }
                if name.isEmpty { name = String(next) }
                if name == "textbackslash" {
                    // LaTeX's text backslash; like any control word it ends at `{}` or one space.
                    text.unicodeScalars.append("\\")
                    if j + 1 < s.count, s[j] == "{", s[j + 1] == "}" { j += 2 } else if j < s.count, s[j] == " " { j += 1 }
                    i = j
                    continue
                }
                let hint = MathMacros.table[name] != nil
                    ? "; math macros go between dollar signs: write $\\\(name)$"
                    : (MathMacros.suggestion(for: name).map { "; did you mean $\\\($0)$?" } ?? "")
                throw LabelError(column: i + 1, message: "\\\(name) outside $…$ at column \(i + 1)\(hint)")
            }
            guard c == "$" else { text.unicodeScalars.append(c); i += 1; continue }
            flushText()
            let display = i + 1 < s.count && s[i + 1] == "$"
            let open = i
            let start = i + (display ? 2 : 1)
            guard let close = closingDollar(s, from: start, display: display) else {
                let what = display ? "$$" : "$"
                throw LabelError(column: open + 1, message: "the \(what) at column \(open + 1) opens math that is never closed (write \\$ for a dollar sign)")
            }
            // `\\` at the top level of the formula breaks the line: the formula continues on the next.
            var pieceStart = start
            for breakAt in topLevelLineBreaks(s, from: start, to: close) + [close] {
                var parser = MathParser(s, from: pieceStart, to: breakAt)
                let atoms = try parser.parse()
                lines[lines.count - 1].append(.math(atoms, display: display))
                if breakAt != close { lines.append([]); pieceStart = breakAt + 2 }
            }
            i = close + (display ? 2 : 1)
        }
        flushText()
        return lines
    }

    /// Index of the `$` (or `$$`) closing math that starts at `start`; `\x` pairs are skipped.
    static func closingDollar(_ s: [Unicode.Scalar], from start: Int, display: Bool) -> Int? {
        var i = start
        while i < s.count {
            if s[i] == "\\" { i += 2; continue }
            if s[i] == "$" {
                if !display { return i }
                if i + 1 < s.count, s[i + 1] == "$" { return i }
                return nil
            }
            i += 1
        }
        return nil
    }

    /// Positions of `\\` outside braces and environments between `start` and `end`.
    static func topLevelLineBreaks(_ s: [Unicode.Scalar], from start: Int, to end: Int) -> [Int] {
        var breaks: [Int] = []
        var braces = 0, environments = 0
        var i = start
        while i < end {
            let c = s[i]
            if c == "{" { braces += 1 } else if c == "}" { braces -= 1 }
            if c == "\\", i + 1 < end {
                if s[i + 1] == "\\" {
                    if braces == 0, environments == 0 { breaks.append(i) }
                    i += 2
                    continue
                }
                var name = ""
                var j = i + 1
                while j < end, (s[j] >= "a" && s[j] <= "z") || (s[j] >= "A" && s[j] <= "Z") {
                    name.unicodeScalars.append(s[j]); j += 1
                }
                if name == "begin" { environments += 1 } else if name == "end" { environments -= 1 }
                i = max(j, i + 2)
                continue
            }
            i += 1
        }
        return breaks
    }

    // MARK: Control characters

    /// JSON turns `"\theta"` into a tab and `heta`: a control character in a label is always a
    /// mistake, reported with the macro that was probably meant.
    static func checkControlCharacters(_ label: String) throws(LabelError) {
        let s = Array(label.unicodeScalars)
        guard let index = s.firstIndex(where: isControl) else { return }
        let c = s[index]
        let shown = String(String.UnicodeScalarView(s.map { isControl($0) ? picture($0) : $0 }))
        let escapes: [UInt32: (name: String, letter: String)] = [
            0x09: ("a tab character", "t"), 0x0A: ("a newline", "n"), 0x08: ("a backspace character", "b"),
            0x0C: ("a form feed character", "f"), 0x0D: ("a carriage return", "r"),
        ]
        let quoted = "\"\(shown)\""
        guard let escape = escapes[c.value] else {
            let hex = String(c.value, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            throw LabelError(column: 0, message: "a control character \(code) in \(quoted): remove it")
        }
        var following = ""
        var j = index + 1
        while j < s.count, s[j].isASCII, s[j].properties.isAlphabetic { following.unicodeScalars.append(s[j]); j += 1 }
        let typed = escape.letter + following
        let advice: String
        if let macro = intendedMacro(typed, letter: escape.letter) {
            advice = "in JSON write \"\\\\\(macro)\""
        } else if escape.letter == "n" {
            advice = "for a line break write \"\\\\\\\\\"; in JSON a backslash is written \"\\\\\""
        } else {
            advice = "in JSON a backslash is written \"\\\\\", e.g. \"\\\\\(typed)\""
        }
        throw LabelError(column: 0, message: "\(escape.name) in \(quoted): \(advice)")
    }

    /// The macro `typed` (an escape letter and the letters after it) most likely stood for.
    static func intendedMacro(_ typed: String, letter: String) -> String? {
        if MathMacros.table[typed] != nil { return typed }
        let candidates = MathMacros.names.filter { $0.hasPrefix(letter) && $0.count > 1 }
        if let prefix = candidates.filter({ typed.hasPrefix($0) }).max(by: { $0.count < $1.count }) { return prefix }
        return Suggestion.closest(to: typed, among: candidates)
    }

    static func isControl(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x20 || (c.value >= 0x7F && c.value < 0xA0)
    }

    /// A visible stand-in for a control character in messages.
    static func picture(_ c: Unicode.Scalar) -> Unicode.Scalar {
        switch c.value {
        case 0x09: return "⇥"
        case 0x0A: return "↵"
        case 0x08: return "⌫"
        case 0x0D: return "␍"
        case 0x0C: return "␌"
        case 0..<0x20: return Unicode.Scalar(0x2400 + c.value) ?? "�"
        default: return "�"
        }
    }

    /// The label with a caret under `error.column`, for the detail lines of a scene issue.
    package static func caretDiagram(_ label: String, _ error: LabelError) -> String? {
        guard error.column > 0 else { return nil }
        return label + "\n" + String(repeating: " ", count: error.column - 1) + "^"
    }
}
