/// Finds the first syntax error in a JSON document and says where it is and what was expected.
///
/// Foundation's decoder on Linux reports every syntax error as "The given data was not valid
/// JSON." without a position, so scene files are checked here first. The check follows RFC 8259
/// and adds hints for the usual hand-editing slips: trailing commas, comments, single quotes,
/// unquoted keys, Python's `True`/`None`.
struct JSONSyntaxCheck {
    /// A syntax error with the 1-based line and column (in characters) where it was found.
    struct Failure: Error, Equatable {
        var line: Int
        var column: Int
        var message: String

        var description: String { "line \(line), column \(column): \(message)" }
    }

    private let bytes: [UInt8]
    private var index = 0
    private static let maximumDepth = 512

    /// The first syntax error in `bytes`, or `nil` if they are one well-formed JSON value.
    static func firstError(in bytes: [UInt8]) -> Failure? {
        var check = JSONSyntaxCheck(bytes: bytes)
        do {
            try check.document()
            return nil
        } catch {
            return error
        }
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    private mutating func document() throws(Failure) {
        skipSpace()
        guard index < bytes.count else { throw failure("the file is empty; expected a JSON object {...}") }
        try value(depth: 0)
        skipSpace()
        if index < bytes.count {
            throw failure("unexpected \(found) after the end of the JSON document")
        }
    }

    private mutating func value(depth: Int) throws(Failure) {
        guard depth < Self.maximumDepth else { throw failure("values are nested too deeply") }
        switch peek ?? 0 {
        case UInt8(ascii: "{"): try object(depth: depth)
        case UInt8(ascii: "["): try array(depth: depth)
        case UInt8(ascii: "\""): try string()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
            try word()
        default:
            throw failure("expected a value (a number, a string in double quotes, true, false, null, [...] or {...}), got \(found)"
                          + hint)
        }
    }

    private mutating func object(depth: Int) throws(Failure) {
        index += 1
        skipSpace()
        if peek == UInt8(ascii: "}") { index += 1; return }
        while true {
            guard peek == UInt8(ascii: "\"") else {
                if peek == UInt8(ascii: "}") { throw failure("trailing comma before \"}\"; JSON allows none") }
                if let first = peek, Self.isWordStart(first) {
                    throw failure("expected a key in double quotes, got \(found); write \"\(peekWord)\"")
                }
                throw failure("expected a key in double quotes, got \(found)" + hint)
            }
            try string()
            skipSpace()
            guard peek == UInt8(ascii: ":") else { throw failure("expected \":\" after the key, got \(found)" + hint) }
            index += 1
            skipSpace()
            try value(depth: depth + 1)
            skipSpace()
            switch peek ?? 0 {
            case UInt8(ascii: ","):
                index += 1
                skipSpace()
            case UInt8(ascii: "}"):
                index += 1
                return
            case UInt8(ascii: "\""):
                throw failure("expected \",\" or \"}\" after a value, got \(found); is a comma missing?")
            default:
                throw failure("expected \",\" or \"}\" after a value, got \(found)" + hint)
            }
        }
    }

    private mutating func array(depth: Int) throws(Failure) {
        index += 1
        skipSpace()
        if peek == UInt8(ascii: "]") { index += 1; return }
        while true {
            if peek == UInt8(ascii: "]") { throw failure("trailing comma before \"]\"; JSON allows none") }
            try value(depth: depth + 1)
            skipSpace()
            switch peek ?? 0 {
            case UInt8(ascii: ","):
                index += 1
                skipSpace()
            case UInt8(ascii: "]"):
                index += 1
                return
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "\""),
                 UInt8(ascii: "["), UInt8(ascii: "{"):
                throw failure("expected \",\" or \"]\" after a value, got \(found); is a comma missing?")
            default:
                throw failure("expected \",\" or \"]\" after a value, got \(found)" + hint)
            }
        }
    }

    private mutating func string() throws(Failure) {
        let start = index
        index += 1
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { break }
                let escape = bytes[index]
                if escape == UInt8(ascii: "u") {
                    let digits = bytes[min(index + 1, bytes.count)..<min(index + 5, bytes.count)]
                    guard digits.count == 4, digits.allSatisfy(Self.isHexDigit) else {
                        throw failure("expected 4 hexadecimal digits after \\u")
                    }
                    index += 5
                } else if Array(#""\/bfnrt"#.utf8).contains(escape) {
                    index += 1
                } else {
                    throw failure("invalid escape \\\(Self.describe(escape)) in a string; write \\\\ for a backslash (in math, \"$\\\\eta$\")")
                }
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

    private mutating func number() throws(Failure) {
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
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if let value = Double(text), !value.isFinite {
            index = start
            throw failure("the number \(text) is too large")
        }
    }

    private mutating func word() throws(Failure) {
        let text = peekWord
        switch text {
        case "true", "false", "null":
            index += text.utf8.count
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
