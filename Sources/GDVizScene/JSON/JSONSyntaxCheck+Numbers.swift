/// Numbers: the RFC 8259 grammar, and values a double cannot hold reported at their path.
extension JSONSyntaxCheck {
    mutating func number(path: JSONPath) throws(Failure) -> Double {
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
}
