/// Looking at the bytes: the current character, skipping space, and positions for messages.
extension JSONSyntaxCheck {
    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// The letters, digits and `_` at the current position.
    var peekWord: String {
        var end = index
        while end < bytes.count, Self.isWordStart(bytes[end]) || Self.isDigit(bytes[end]) { end += 1 }
        return String(decoding: bytes[index..<end], as: UTF8.self)
    }

    /// The character at the current position, quoted, or "end of file".
    var found: String {
        guard index < bytes.count else { return "end of file" }
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return JSONValue.quote(String(decoding: bytes[index..<end], as: UTF8.self))
    }

    /// A note for characters that other formats allow and JSON does not.
    var hint: String {
        switch peek ?? 0 {
        case UInt8(ascii: "/"), UInt8(ascii: "#"): "; JSON has no comments (use a \"_comment\" key)"
        case UInt8(ascii: "'"): "; strings and keys need double quotes"
        default: ""
        }
    }

    mutating func skipSpace() {
        while let byte = peek, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
    }

    mutating func skipDigits() {
        while let byte = peek, Self.isDigit(byte) { index += 1 }
    }

    /// The 1-based line of byte `offset`.
    func line(at offset: Int) -> Int {
        1 + bytes[..<min(offset, bytes.count)].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    func failure(_ message: String) -> Failure {
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

    static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }
    static func isWordStart(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x5F
    }
    static func describe(_ byte: UInt8) -> String {
        byte < 0x80 ? String(UnicodeScalar(byte)) : "…"
    }
}
