/// Recursive-descent parser. Grammar, loosest binding first:
///
///     expression := sum END
///     sum        := product (("+" | "-") product)*
///     product    := unary (("*" | "/") unary)*
///     unary      := ("-" | "+") unary | power
///     power      := primary ("^" unary)?          // right-associative; -x^2 = -(x^2), 2^-1 = 0.5
///     primary    := NUMBER | NAME | FUNCTION "(" sum ")" | "(" sum ")"
///
/// Nodes are appended to a flat ``ExpressionTree`` as they are completed, which is post-order.
/// Every level of nesting passes through `unary`, which counts it against `limits.maxDepth`, so
/// the native recursion stays shallow whatever the input.
struct Parser {
    private let tokens: [Token]
    private let source: String
    private let variables: [String]
    private let parameters: [String: Double]
    private let limits: ExpressionLimits
    private var position = 0
    private var depth = 0
    private(set) var tree = ExpressionTree()

    init(source: String, variables: [String], parameters: [String: Double],
         limits: ExpressionLimits = .scene) throws(ExpressionError) {
        let length = source.unicodeScalars.count
        if length > limits.maxLength {
            throw ExpressionError(.tooLong, "expression is \(length) characters long; the limit is \(limits.maxLength)",
                                  column: limits.maxLength + 1, source: source)
        }
        self.limits = limits
        var lexer = Lexer(source)
        self.tokens = try lexer.tokenize()
        self.source = source
        self.variables = variables
        self.parameters = parameters
    }

    mutating func parseExpression() throws(ExpressionError) -> Int {
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

    private mutating func sum() throws(ExpressionError) -> Int {
        var node = try product()
        while true {
            switch current.kind {
            case .plus:
                _ = advance()
                let rhs = try product()
                node = appendBinary(.add, node, rhs)
            case .minus:
                _ = advance()
                let rhs = try product()
                node = appendBinary(.subtract, node, rhs)
            default:
                return node
            }
        }
    }

    private mutating func product() throws(ExpressionError) -> Int {
        var node = try unary()
        while true {
            switch current.kind {
            case .star:
                _ = advance()
                let rhs = try unary()
                node = appendBinary(.multiply, node, rhs)
            case .slash:
                _ = advance()
                let rhs = try unary()
                node = appendBinary(.divide, node, rhs)
            default:
                return node
            }
        }
    }

    private mutating func unary() throws(ExpressionError) -> Int {
        depth += 1
        defer { depth -= 1 }
        if depth > limits.maxDepth {
            throw error(.tooDeep, "expression is nested more than \(limits.maxDepth) levels deep "
                        + "(parentheses, function calls, signs and powers)", at: current)
        }
        switch current.kind {
        case .minus:
            _ = advance()
            let operand = try unary()
            return tree.append(.negate(operand))
        case .plus:
            _ = advance()
            return try unary()
        default:
            return try power()
        }
    }

    private mutating func power() throws(ExpressionError) -> Int {
        let base = try primary()
        guard current.kind == .caret else { return base }
        _ = advance()
        let exponent = try unary()
        return appendBinary(.power, base, exponent)
    }

    private mutating func primary() throws(ExpressionError) -> Int {
        let token = current
        switch token.kind {
        case .number(let value):
            _ = advance()
            return tree.append(.number(value))
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

    private mutating func call(_ function: MathFunction, nameToken: Token) throws(ExpressionError) -> Int {
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
            return tree.append(.call(function, argument))
        case .comma:
            throw error(.unexpectedToken, "'\(function.rawValue)' takes one argument", at: current)
        case .end:
            throw error(.unbalancedParenthesis, "'(' is never closed", at: open)
        default:
            throw error(.unexpectedToken, "expected ')' but found '\(current.text)'", at: current)
        }
    }

    private mutating func identifier(_ name: String, token: Token) throws(ExpressionError) -> Int {
        if let index = variables.firstIndex(of: name) { return tree.append(.variable(index)) }
        if let value = parameters[name] { return tree.append(.constant(name: name, value: value)) }
        switch name {
        case "pi": return tree.append(.constant(name: "pi", value: Double.pi))
        case "e": return tree.append(.constant(name: "e", value: 2.718281828459045))
        default:
            let known = (variables + parameters.keys.sorted() + ["pi", "e"]).map { "'\($0)'" }
            throw error(.unknownIdentifier, "unknown name '\(name)'; expected one of \(known.joined(separator: ", "))",
                        at: token)
        }
    }

    private mutating func appendBinary(_ op: BinaryOperator, _ lhs: Int, _ rhs: Int) -> Int {
        tree.append(.binary(op, lhs, rhs))
    }

    private func error(_ kind: ExpressionError.Kind, _ message: String, at token: Token) -> ExpressionError {
        ExpressionError(kind, message, column: token.column, source: source)
    }
}
