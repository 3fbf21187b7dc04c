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

    private let bytes: [UInt8]
    private var index = 0
    private var issues: [ValueIssue] = []
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

    /// Reads a string, decoding its escapes. A `\\u` escape of a lone UTF-16 surrogate (one
    /// half of a pair without the other) is a value issue at `path`, read as U+FFFD.
    private mutating func string(path: JSONPath) throws(Failure) -> String {
        let start = index
        index += 1
        var scalars = String.UnicodeScalarView()
        var runStart = index
        var loneSurrogate: String?
        func flush(_ end: Int) {
            if end > runStart { scalars.append(contentsOf: String(decoding: bytes[runStart..<end], as: UTF8.self).unicodeScalars) }
        }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                flush(index)
                index += 1
                if let loneSurrogate {
                    issues.append(ValueIssue(path: path.description, message: "the string has a lone UTF-16 surrogate "
                        + "\\u\(loneSurrogate) (half of a character); write the character itself, or both halves "
                        + "of the pair (\\uD83D\\uDE00)"))
                }
                return String(scalars)
            case UInt8(ascii: "\\"):
                flush(index)
                index += 1
                guard index < bytes.count else { break }
                let escape = bytes[index]
                if escape == UInt8(ascii: "u") {
                    let unit = try hexUnit()
                    if (0xD800..<0xDC00).contains(unit), index + 1 < bytes.count,
                       bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                        let save = index
                        index += 1
                        let low = try hexUnit()
                        if (0xDC00..<0xE000).contains(low) {
                            let value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                            scalars.append(Unicode.Scalar(value)!)
                        } else {
                            index = save
                            loneSurrogate = loneSurrogate ?? Self.hex(unit)
                            scalars.append("\u{FFFD}")
                        }
                    } else if let scalar = Unicode.Scalar(UInt32(unit)) {
                        scalars.append(scalar)
                    } else {
                        loneSurrogate = loneSurrogate ?? Self.hex(unit)
                        scalars.append("\u{FFFD}")
                    }
                } else if let decoded = Self.simpleEscapes[escape] {
                    scalars.append(decoded)
                    index += 1
                } else {
                    throw failure("invalid escape \\\(Self.describe(escape)) in a string; write \\\\ for a backslash (in math, \"$\\\\eta$\")")
                }
                runStart = index
            case 0..<0x20:
                throw failure(byte == 0x0A ? "line break inside a string; write \\n, or close the string with \""
                                           : "control character inside a string")
            default:
                index += 1
            }
        }
        index = start
        throw failure("this string is never closed")
    }

    /// After `\\u` at `index` (pointing at the `u`): the four hex digits as a UTF-16 code unit.
    private mutating func hexUnit() throws(Failure) -> UInt16 {
        let digits = bytes[min(index + 1, bytes.count)..<min(index + 5, bytes.count)]
        guard digits.count == 4, digits.allSatisfy(Self.isHexDigit),
              let unit = UInt16(String(decoding: digits, as: UTF8.self), radix: 16) else {
            throw failure("expected 4 hexadecimal digits after \\u")
        }
        index += 5
        return unit
    }

    private static func hex(_ unit: UInt16) -> String {
        let digits = String(unit, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private static let simpleEscapes: [UInt8: Unicode.Scalar] = [
        UInt8(ascii: "\""): "\"", UInt8(ascii: "\\"): "\\", UInt8(ascii: "/"): "/",
        UInt8(ascii: "b"): "\u{08}", UInt8(ascii: "f"): "\u{0C}", UInt8(ascii: "n"): "\n",
        UInt8(ascii: "r"): "\r", UInt8(ascii: "t"): "\t",
    ]

    private mutating func number(path: JSONPath) throws(Failure) -> Double {
        let start = index
        if peek == UInt8(ascii: "-") { index += 1 }
        guard let first = peek, Self.isDigit(first) else {
            throw failure("expected a digit after \"-\", got \(found)")
        }
        index += 1
        if first == UInt8(ascii: "0"), let next = peek, Self.isDigit(next) {
            index = start
            throw failure("numbers cannot start with 0 followed by digits")
        }
        skipDigits()
        if peek == UInt8(ascii: ".") {
            index += 1
            guard let next = peek, Self.isDigit(next) else { throw failure("expected a digit after \".\", got \(found)") }
            skipDigits()
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            index += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
            guard let next = peek, Self.isDigit(next) else { throw failure("expected a digit in the exponent, got \(found)") }
            skipDigits()
        }
        let length = index - start
        guard length <= Self.maximumNumberLength else {
            issues.append(ValueIssue(path: path.description, message: "the number has \(length) characters; "
                                     + "numbers may have at most \(Self.maximumNumberLength)"))
            return 0
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard let value = Double(text) else {
            issues.append(ValueIssue(path: path.description, message: "\(text) is not a number"))
            return 0
        }
        if !value.isFinite {
            issues.append(ValueIssue(path: path.description, message: "the number \(text) is too large; "
                                     + "numbers must lie within ±1.7976931348623157e308"))
            return 0
        }
        let mantissa = text.utf8.prefix { $0 != UInt8(ascii: "e") && $0 != UInt8(ascii: "E") }
        if value == 0, mantissa.contains(where: { (0x31...0x39).contains($0) }) {
            issues.append(ValueIssue(path: path.description, message: "the number \(text) is too small to represent "
                                     + "(the smallest is 5e-324); write 0"))
            return 0
        }
        return value
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

    // MARK: Scanning

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// The letters, digits and `_` at the current position.
    private var peekWord: String {
        var end = index
        while end < bytes.count, Self.isWordStart(bytes[end]) || Self.isDigit(bytes[end]) { end += 1 }
        return String(decoding: bytes[index..<end], as: UTF8.self)
    }

    /// The character at the current position, quoted, or "end of file".
    private var found: String {
        guard index < bytes.count else { return "end of file" }
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return JSONValue.quote(String(decoding: bytes[index..<end], as: UTF8.self))
    }

    /// A note for characters that other formats allow and JSON does not.
    private var hint: String {
        switch peek ?? 0 {
        case UInt8(ascii: "/"), UInt8(ascii: "#"): "; JSON has no comments (use a \"_comment\" key)"
        case UInt8(ascii: "'"): "; strings and keys need double quotes"
        default: ""
        }
    }

    private mutating func skipSpace() {
        while let byte = peek, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
    }

    private mutating func skipDigits() {
        while let byte = peek, Self.isDigit(byte) { index += 1 }
    }

    /// The 1-based line of byte `offset`.
    private func line(at offset: Int) -> Int {
        1 + bytes[..<min(offset, bytes.count)].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    private func failure(_ message: String) -> Failure {
        var line = 1
        var column = 1
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        for byte in bytes[start..<max(start, min(index, bytes.count))] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return Failure(line: line, column: column, message: message)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    private static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }
    private static func isWordStart(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x5F
    }
    private static func describe(_ byte: UInt8) -> String {
        byte < 0x80 ? String(UnicodeScalar(byte)) : "…"
    }
}
