/// Recursive-descent parser. Grammar, loosest binding first:
///
///     expression := sum END
///     sum        := product (("+" | "-") product)*
///     product    := unary (("*" | "/") unary)*
///     unary      := ("-" | "+") unary | power
///     power      := primary ("^" unary)?          // right-associative; -x^2 = -(x^2), 2^-1 = 0.5
///     primary    := NUMBER | NAME | FUNCTION "(" sum ")" | "(" sum ")"
struct Parser {
    private let tokens: [Token]
    private let source: String
    private let variables: [String]
    private let parameters: [String: Double]
    private var position = 0

    init(source: String, variables: [String], parameters: [String: Double]) throws(ExpressionError) {
        var lexer = Lexer(source)
        self.tokens = try lexer.tokenize()
        self.source = source
        self.variables = variables
        self.parameters = parameters
    }

    mutating func parseExpression() throws(ExpressionError) -> ExpressionNode {
        if current.kind == .end {
            throw error(.emptyExpression, "empty expression", at: current)
        }
        let node = try sum()
        switch current.kind {
        case .end:
            return node
        case .rightParen:
            throw error(.unbalancedParenthesis, "unmatched ')'", at: current)
        case .identifier, .number, .leftParen:
            throw error(.unexpectedToken, "unexpected '\(current.text)'; write '*' for multiplication", at: current)
        default:
            throw error(.unexpectedToken, "unexpected '\(current.text)'", at: current)
        }
    }

    private var current: Token { tokens[position] }

    private mutating func advance() -> Token {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    private mutating func sum() throws(ExpressionError) -> ExpressionNode {
        var node = try product()
        while true {
            switch current.kind {
            case .plus:
                _ = advance()
                node = .binary(.add, node, try product())
            case .minus:
                _ = advance()
                node = .binary(.subtract, node, try product())
            default:
                return node
            }
        }
    }

    private mutating func product() throws(ExpressionError) -> ExpressionNode {
        var node = try unary()
        while true {
            switch current.kind {
            case .star:
                _ = advance()
                node = .binary(.multiply, node, try unary())
            case .slash:
                _ = advance()
                node = .binary(.divide, node, try unary())
            default:
                return node
            }
        }
    }

    private mutating func unary() throws(ExpressionError) -> ExpressionNode {
        switch current.kind {
        case .minus:
            _ = advance()
            return .negate(try unary())
        case .plus:
            _ = advance()
            return try unary()
        default:
            return try power()
        }
    }

    private mutating func power() throws(ExpressionError) -> ExpressionNode {
        let base = try primary()
        guard current.kind == .caret else { return base }
        _ = advance()
        return .binary(.power, base, try unary())
    }

    private mutating func primary() throws(ExpressionError) -> ExpressionNode {
        let token = current
        switch token.kind {
        case .number(let value):
            _ = advance()
            return .number(value)
        case .identifier(let name):
            _ = advance()
            if let function = MathFunction(rawValue: name) {
                return try call(function, nameToken: token)
            }
            if current.kind == .leftParen {
                let known = MathFunction.allCases.map(\.rawValue).joined(separator: ", ")
                throw error(.unknownFunction, "unknown function '\(name)'; known functions: \(known)", at: token)
            }
            return try identifier(name, token: token)
        case .leftParen:
            _ = advance()
            let inner = try sum()
            guard current.kind == .rightParen else {
                if current.kind == .end {
                    throw error(.unbalancedParenthesis, "'(' is never closed", at: token)
                }
                throw error(.unexpectedToken, "expected ')' but found '\(current.text)'", at: current)
            }
            _ = advance()
            return inner
        case .end:
            throw error(.unexpectedEnd, "expression ends where a number, variable or '(' is expected", at: token)
        default:
            throw error(.unexpectedToken, "unexpected '\(token.text)' where a number, variable or '(' is expected",
                        at: token)
        }
    }

    private mutating func call(_ function: MathFunction, nameToken: Token) throws(ExpressionError) -> ExpressionNode {
        guard current.kind == .leftParen else {
            throw error(.unexpectedToken, "expected '(' after function '\(function.rawValue)'", at: current)
        }
        let open = advance()
        if current.kind == .rightParen {
            throw error(.missingArgument, "'\(function.rawValue)' needs an argument", at: current)
        }
        let argument = try sum()
        switch current.kind {
        case .rightParen:
            _ = advance()
            return .call(function, argument)
        case .comma:
            throw error(.unexpectedToken, "'\(function.rawValue)' takes one argument", at: current)
        case .end:
            throw error(.unbalancedParenthesis, "'(' is never closed", at: open)
        default:
            throw error(.unexpectedToken, "expected ')' but found '\(current.text)'", at: current)
        }
    }

    private func identifier(_ name: String, token: Token) throws(ExpressionError) -> ExpressionNode {
        if let index = variables.firstIndex(of: name) { return .variable(index) }
        if let value = parameters[name] { return .constant(name: name, value: value) }
        switch name {
        case "pi": return .constant(name: "pi", value: Double.pi)
        case "e": return .constant(name: "e", value: 2.718281828459045)
        default:
            let known = (variables + parameters.keys.sorted() + ["pi", "e"]).map { "'\($0)'" }
            throw error(.unknownIdentifier, "unknown name '\(name)'; expected one of \(known.joined(separator: ", "))",
                        at: token)
        }
    }

    private func error(_ kind: ExpressionError.Kind, _ message: String, at token: Token) -> ExpressionError {
        ExpressionError(kind, message, column: token.column, source: source)
    }
}
