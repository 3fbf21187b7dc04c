/// A lexical token with the 1-based column where it starts.
struct Token: Equatable {
    enum Kind: Equatable {
        case number(Double)
        case identifier(String)
        case plus, minus, star, slash, caret
        case leftParen, rightParen, comma
        case end
    }

    var kind: Kind
    var column: Int
    /// The token's text, for error messages.
    var text: String
}

/// Splits expression source into tokens. `**` is read as `^` (Python habit).
struct Lexer {
    private let scalars: [Unicode.Scalar]
    private let source: String
    private var index = 0

    init(_ source: String) {
        self.source = source
        self.scalars = Array(source.unicodeScalars)
    }

    mutating func tokenize() throws(ExpressionError) -> [Token] {
        var tokens: [Token] = []
        while true {
            let token = try next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private mutating func next() throws(ExpressionError) -> Token {
        while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
        let column = index + 1
        guard index < scalars.count else { return Token(kind: .end, column: column, text: "end of input") }
        let c = scalars[index]
        if isDigit(c) || (c == "." && index + 1 < scalars.count && isDigit(scalars[index + 1])) {
            return try number(column: column)
        }
        if isIdentifierStart(c) {
            let start = index
            while index < scalars.count, isIdentifierStart(scalars[index]) || isDigit(scalars[index]) { index += 1 }
            let name = String(String.UnicodeScalarView(scalars[start..<index]))
            return Token(kind: .identifier(name), column: column, text: name)
        }
        index += 1
        switch c {
        case "+": return Token(kind: .plus, column: column, text: "+")
        case "-", "\u{2212}": return Token(kind: .minus, column: column, text: "-")
        case "*":
            if index < scalars.count, scalars[index] == "*" {
                index += 1
                return Token(kind: .caret, column: column, text: "**")
            }
            return Token(kind: .star, column: column, text: "*")
        case "/": return Token(kind: .slash, column: column, text: "/")
        case "^": return Token(kind: .caret, column: column, text: "^")
        case "(": return Token(kind: .leftParen, column: column, text: "(")
        case ")": return Token(kind: .rightParen, column: column, text: ")")
        case ",": return Token(kind: .comma, column: column, text: ",")
        default:
            throw ExpressionError(.unexpectedCharacter, "unexpected character '\(c)'", column: column, source: source)
        }
    }

    /// digits [. digits] [(e|E) [+|-] digits], or . digits ...
    private mutating func number(column: Int) throws(ExpressionError) -> Token {
        let start = index
        while index < scalars.count, isDigit(scalars[index]) { index += 1 }
        if index < scalars.count, scalars[index] == "." {
            index += 1
            while index < scalars.count, isDigit(scalars[index]) { index += 1 }
        }
        if index < scalars.count, scalars[index] == "e" || scalars[index] == "E" {
            // Only an exponent if digits follow; otherwise `2e` would silently mean 2·e.
            var j = index + 1
            if j < scalars.count, scalars[j] == "+" || scalars[j] == "-" { j += 1 }
            guard j < scalars.count, isDigit(scalars[j]) else {
                throw ExpressionError(.malformedNumber, "malformed number: exponent without digits",
                                      column: index + 1, source: source)
            }
            index = j
            while index < scalars.count, isDigit(scalars[index]) { index += 1 }
        }
        if index < scalars.count, scalars[index] == "." {
            throw ExpressionError(.malformedNumber, "malformed number: second decimal point",
                                  column: index + 1, source: source)
        }
        let text = String(String.UnicodeScalarView(scalars[start..<index]))
        guard let value = Double(text), value.isFinite else {
            throw ExpressionError(.malformedNumber, "number '\(text)' is malformed or too large", column: column, source: source)
        }
        return Token(kind: .number(value), column: column, text: text)
    }

    private func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }
    private func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_"
    }
}
