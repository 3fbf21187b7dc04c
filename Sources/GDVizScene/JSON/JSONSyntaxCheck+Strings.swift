/// Strings: escapes decoded, UTF-16 surrogate pairs joined, a lone surrogate reported at its path.
extension JSONSyntaxCheck {
    /// Reads a string, decoding its escapes. A `\\u` escape of a lone UTF-16 surrogate (one
    /// half of a pair without the other) is a value issue at `path`, read as U+FFFD.
    mutating func string(path: JSONPath) throws(Failure) -> String {
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
}
