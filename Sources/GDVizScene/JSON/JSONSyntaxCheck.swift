/// Reads a JSON document into a ``JSONValue``, strictly, and says where every problem is.
///
/// Foundation's decoder on Linux reports every syntax error as "The given data was not valid
/// JSON." without a position, keeps the first of two equal keys, and reports values it cannot
/// represent in its own words at `$`; so scene files are read here instead. The reader follows
/// RFC 8259 and adds hints for the usual hand-editing slips: trailing commas, comments, single
/// quotes, unquoted keys, Python's `True`/`None`.
///
/// A syntax error stops reading (line and column). A well-formed value that cannot be a scene
/// value — a duplicated key, a number beyond the range of a double, a lone UTF-16 surrogate —
/// is a ``ValueIssue`` at the JSON path of that value, and reading goes on so all are reported.
struct JSONSyntaxCheck {
    /// A problem with one value of a well-formed document.
    struct ValueIssue: Equatable {
        var path: String
        var message: String
    }

    /// Longest number literal read: `Double` parsing of longer digit strings is slow, and 800
    /// digits are far beyond the 17 that a double can hold.
    static let maximumNumberLength = 800

    /// A syntax error with the 1-based line and column (in characters) where it was found.
    struct Failure: Error, Equatable {
        var line: Int
        var column: Int
        var message: String

        var description: String { "line \(line), column \(column): \(message)" }
    }

    // The reader's state; not private because its extensions in +Strings, +Numbers and +Scanning use it.
    let bytes: [UInt8]
    var index = 0
    var issues: [ValueIssue] = []
    private static let maximumDepth = 512

    /// The first syntax error in `bytes`, or `nil` if they are one well-formed JSON value.
    static func firstError(in bytes: [UInt8]) -> Failure? {
        do {
            _ = try read(bytes)
            return nil
        } catch {
            return error
        }
    }

    /// The document in `bytes` and the problems with its values (empty when it is a valid
    /// scene document); throws the first syntax error.
    static func read(_ bytes: [UInt8]) throws(Failure) -> (value: JSONValue, issues: [ValueIssue]) {
        var check = JSONSyntaxCheck(bytes: bytes)
        let value = try check.document()
        return (value, check.issues)
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    private mutating func document() throws(Failure) -> JSONValue {
        skipSpace()
        guard index < bytes.count else { throw failure("the file is empty; expected a JSON object {...}") }
        let result = try value(depth: 0, path: .root)
        skipSpace()
        if index < bytes.count {
            throw failure("unexpected \(found) after the end of the JSON document")
        }
        return result
    }

    private mutating func value(depth: Int, path: JSONPath) throws(Failure) -> JSONValue {
        guard depth < Self.maximumDepth else {
            throw failure("values are nested more than \(Self.maximumDepth) levels deep")
        }
        switch peek ?? 0 {
        case UInt8(ascii: "{"): return try object(depth: depth, path: path)
        case UInt8(ascii: "["): return try array(depth: depth, path: path)
        case UInt8(ascii: "\""): return .string(try string(path: path))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number(path: path))
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
            return try word()
        default:
            throw failure("expected a value (a number, a string in double quotes, true, false, null, [...] or {...}), got \(found)"
                          + hint)
        }
    }

    private mutating func object(depth: Int, path: JSONPath) throws(Failure) -> JSONValue {
        index += 1
        skipSpace()
        var members: [String: JSONValue] = [:]
        if peek == UInt8(ascii: "}") { index += 1; return .object(members) }
        while true {
            guard peek == UInt8(ascii: "\"") else {
                if peek == UInt8(ascii: "}") { throw failure("trailing comma before \"}\"; JSON allows none") }
                if let first = peek, Self.isWordStart(first) {
                    throw failure("expected a key in double quotes, got \(found); write \"\(peekWord)\"")
                }
                throw failure("expected a key in double quotes, got \(found)" + hint)
            }
            let keyStart = index
            let key = try string(path: path)
            skipSpace()
            guard peek == UInt8(ascii: ":") else { throw failure("expected \":\" after the key, got \(found)" + hint) }
            index += 1
            skipSpace()
            let memberPath = path.key(key)
            let member = try value(depth: depth + 1, path: memberPath)
            if members[key] != nil {
                issues.append(ValueIssue(path: memberPath.description,
                                         message: "duplicated key \(JSONValue.quote(key)) (line \(line(at: keyStart))); "
                                             + "each key may appear once in an object"))
            } else {
                members[key] = member
            }
            skipSpace()
            switch peek ?? 0 {
            case UInt8(ascii: ","):
                index += 1
                skipSpace()
            case UInt8(ascii: "}"):
                index += 1
                return .object(members)
            case UInt8(ascii: "\""):
                throw failure("expected \",\" or \"}\" after a value, got \(found); is a comma missing?")
            default:
                throw failure("expected \",\" or \"}\" after a value, got \(found)" + hint)
            }
        }
    }

    private mutating func array(depth: Int, path: JSONPath) throws(Failure) -> JSONValue {
        index += 1
        skipSpace()
        var elements: [JSONValue] = []
        if peek == UInt8(ascii: "]") { index += 1; return .array(elements) }
        while true {
            if peek == UInt8(ascii: "]") { throw failure("trailing comma before \"]\"; JSON allows none") }
            elements.append(try value(depth: depth + 1, path: path.index(elements.count)))
            skipSpace()
            switch peek ?? 0 {
            case UInt8(ascii: ","):
                index += 1
                skipSpace()
            case UInt8(ascii: "]"):
                index += 1
                return .array(elements)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "\""),
                 UInt8(ascii: "["), UInt8(ascii: "{"):
                throw failure("expected \",\" or \"]\" after a value, got \(found); is a comma missing?")
            default:
                throw failure("expected \",\" or \"]\" after a value, got \(found)" + hint)
            }
        }
    }

    private mutating func word() throws(Failure) -> JSONValue {
        let text = peekWord
        switch text {
        case "true", "false", "null":
            index += text.utf8.count
            return text == "null" ? .null : .bool(text == "true")
        case "True", "False", "None", "TRUE", "FALSE", "NULL", "Null":
            throw failure("unexpected \(text); write \(text == "None" ? "null" : text.lowercased())")
        case "NaN", "Infinity", "inf", "nan":
            throw failure("unexpected \(text); JSON numbers must be finite")
        default:
            throw failure("unexpected \(text); strings must be in double quotes: \"\(text)\"")
        }
    }
}
