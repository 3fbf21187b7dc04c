/// A mistake in an expression's text, with the 1-based column where it was found.
public struct ExpressionError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable, Equatable {
        case unexpectedCharacter
        case malformedNumber
        case unexpectedToken
        case unexpectedEnd
        case unbalancedParenthesis
        case unknownIdentifier
        case unknownFunction
        case missingArgument
        case emptyExpression
    }

    public var kind: Kind
    public var message: String
    /// 1-based column (in Unicode scalars) of the offending character.
    public var column: Int
    public var source: String

    public init(_ kind: Kind, _ message: String, column: Int, source: String) {
        self.kind = kind
        self.message = message
        self.column = column
        self.source = source
    }

    /// The source on one line and a caret under the offending column.
    public var caretDiagram: String {
        let line = source.replacingTabsWithSpaces()
        return line + "\n" + String(repeating: " ", count: max(0, column - 1)) + "^"
    }

    public var description: String { "\(message) at column \(column)" }
}

extension String {
    fileprivate func replacingTabsWithSpaces() -> String {
        String(unicodeScalars.map { $0 == "\t" ? " " : Character($0) })
    }
}
