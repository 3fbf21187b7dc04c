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
        case tooLong
        case tooDeep
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

    /// The source on one line and a caret under the offending column; a long source is cut to
    /// a window of 60 characters around the column so the message stays readable.
    public var caretDiagram: String {
        let scalars = Array(source.replacingTabsWithSpaces().unicodeScalars)
        let window = 60
        guard scalars.count > window + 10 else {
            return String(String.UnicodeScalarView(scalars)) + "\n"
                + String(repeating: " ", count: max(0, column - 1)) + "^"
        }
        let caret = min(max(column - 1, 0), scalars.count)
        let start = max(0, min(caret - window / 2, scalars.count - window))
        let end = min(scalars.count, start + window)
        let prefix = start > 0 ? "…" : ""
        let suffix = end < scalars.count ? "…" : ""
        let line = prefix + String(String.UnicodeScalarView(scalars[start..<end])) + suffix
        return line + "\n" + String(repeating: " ", count: prefix.count + caret - start) + "^"
    }

    public var description: String { "\(message) at column \(column)" }
}

extension String {
    fileprivate func replacingTabsWithSpaces() -> String {
        String(unicodeScalars.map { $0 == "\t" ? " " : Character($0) })
    }
}
