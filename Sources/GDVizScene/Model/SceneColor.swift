/// A colour a scene names, `"#rrggbb"`, read once: the reader checks the spelling and reports a
/// bad one at its JSON path; rendering takes the 24-bit value and never sees the text.
package struct SceneColor: Hashable, Sendable, CustomStringConvertible {
    /// `0xRRGGBB`.
    package var rgb: UInt32

    package init(rgb: UInt32) {
        self.rgb = rgb & 0xFF_FFFF
    }

    /// `"#rrggbb"` in either case; `nil` for anything else.
    package init?(hex text: String) {
        guard text.count == 7, text.first == "#", text.dropFirst().allSatisfy(\.isHexDigit),
              let value = UInt32(text.dropFirst(), radix: 16)
        else { return nil }
        self.init(rgb: value)
    }

    /// The scene spelling, lowercase `#rrggbb`.
    package var description: String {
        let digits = String(rgb, radix: 16)
        return "#" + String(repeating: "0", count: 6 - digits.count) + digits
    }
}

/// Lets code and tests write a colour as the scene does (`color: "#d62728"`). A literal that is
/// not `#rrggbb` is a programming error.
extension SceneColor: ExpressibleByStringLiteral {
    package init(stringLiteral text: String) {
        guard let color = SceneColor(hex: text) else { preconditionFailure("not a #rrggbb colour: \(text)") }
        self = color
    }
}
