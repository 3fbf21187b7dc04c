/// A length written in a scene file with its unit: `"12cm"`, `"90mm"`, `"3.5in"`, `"10pt"`, `"800px"`.
///
/// gdviz draws in device units of one PostScript point (1/72 in): a PDF or SVG page of width w
/// is w pt wide, and a PNG at `--scale 1` has one pixel per unit (72 dpi). So `px` and `pt`
/// are the same unit here, and a bare number of pixels (the older spelling) keeps its meaning.
package enum Length {
    /// Each unit and how many points it is.
    package static let units: [(name: String, points: Double)] = [
        ("cm", 72 / 2.54), ("mm", 72 / 25.4), ("in", 72), ("pt", 1), ("px", 1),
    ]

    /// The JSON Schema pattern of a length string (the reader accepts exactly these).
    package static let pattern = "^[0-9]+(\\.[0-9]+)?(cm|mm|in|pt|px)$"

    /// `"12cm"` → 340.157…; nil unless `text` is digits, an optional fraction and a unit.
    package static func points(_ text: String) -> Double? {
        guard let unit = units.first(where: { text.hasSuffix($0.name) }) else { return nil }
        let number = text.dropLast(unit.name.count)
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              number.count <= 12, let value = Double(number)
        else { return nil }
        return value * unit.points
    }

    /// Whether `text` names a physical unit (not `px`).
    package static func isPhysical(_ text: String) -> Bool {
        !text.hasSuffix("px") && points(text) != nil
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
