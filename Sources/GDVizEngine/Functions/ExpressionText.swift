/// Builds expression source text that ``MathExpression/parse(_:variables:parameters:)`` reads back
/// exactly. Functions defined by data (quadratic forms, least-squares losses) are written out as
/// text and parsed, so their `source` always describes their parse tree and they get the same
/// compilation, differentiation and error handling as typed expressions.
enum ExpressionText {
    /// A finite number as the shortest text that reads back as the same `Double`
    /// (Swift's `description`, which round-trips): `5` rather than `5.0`, `1e-05`, and
    /// negative numbers in parentheses, `(-3)`, so they can follow any operator.
    static func number(_ value: Double) -> String {
        precondition(value.isFinite, "only finite numbers have expression text")
        var text = value == 0 ? "0" : value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return value < 0 ? "(\(text))" : text
    }

    /// `terms` joined by `+` with parentheses that pair them up level by level,
    /// `((t1 + t2) + (t3 + t4)) + t5`, so the parsed tree is O(log n) deep however many terms
    /// there are. An empty list is `0`.
    static func balancedSum(_ terms: [String]) -> String {
        guard !terms.isEmpty else { return "0" }
        var level = terms
        while level.count > 1 {
            var next: [String] = []
            next.reserveCapacity((level.count + 1) / 2)
            var i = 0
            while i + 1 < level.count {
                next.append("(\(level[i]) + \(level[i + 1]))")
                i += 2
            }
            if i < level.count { next.append(level[i]) }
            level = next
        }
        return level[0]
    }

    /// `source` with every identifier `name` (as a whole token, not a function call) replaced by
    /// `replacement`, keeping everything else character for character.
    static func substituting(_ name: String, with replacement: String, in source: String) throws(ExpressionError) -> String {
        var lexer = Lexer(source)
        let tokens = try lexer.tokenize()
        let scalars = Array(source.unicodeScalars)
        var result = String.UnicodeScalarView()
        var copied = 0
        for token in tokens {
            guard case .identifier(let identifier) = token.kind, identifier == name else { continue }
            let start = token.column - 1
            result.append(contentsOf: scalars[copied..<start])
            result.append(contentsOf: replacement.unicodeScalars)
            copied = start + token.text.unicodeScalars.count
        }
        result.append(contentsOf: scalars[copied...])
        return String(result)
    }

    /// The names in `source` that are neither functions (a name followed by `(`), nor `pi` or `e`,
    /// each once, in order of first appearance.
    static func freeNames(in source: String) throws(ExpressionError) -> [String] {
        var lexer = Lexer(source)
        let tokens = try lexer.tokenize()
        var names: [String] = []
        for (index, token) in tokens.enumerated() {
            guard case .identifier(let name) = token.kind else { continue }
            let isCall = index + 1 < tokens.count && tokens[index + 1].kind == .leftParen
            if isCall || MathFunction(rawValue: name) != nil || name == "pi" || name == "e" { continue }
            if !names.contains(name) { names.append(name) }
        }
        return names
    }
}
