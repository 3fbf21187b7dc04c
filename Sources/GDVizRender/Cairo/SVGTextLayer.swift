import Foundation
import GDVizEngine

/// Searchable, selectable text for SVG output.
///
/// cairo 1.16's SVG surface writes glyphs as `<symbol>` outlines placed with `<use>`: exact on
/// every viewer, but not text a browser can search, select or read aloud. So each label is also
/// written as a transparent `<text>` over its glyphs (as PDF viewers lay a text layer over a
/// page): same position, size and width (`textLength`), drawn in no colour. The visible glyphs
/// stay cairo's, so the look does not depend on the viewer's fonts.
struct SVGTextLayer {
    struct Item {
        var text: String
        var origin: Point2
        var angle: Double
        var size: Double
        var width: Double
    }

    var items: [Item] = []

    /// The `<g>` to put before `</svg>`; `scale` is the page scale (`--scale`). Empty without items.
    func markup(scale: Double) -> String {
        guard !items.isEmpty else { return "" }
        var out = "<g fill=\"#000\" fill-opacity=\"0\" font-family=\"DejaVu Sans, sans-serif\""
        if scale != 1 { out += " transform=\"scale(\(Self.number(scale)))\"" }
        out += ">\n"
        for item in items where item.size > 0 && item.width > 0 && !item.text.isEmpty {
            let x = Self.number(item.origin.x), y = Self.number(item.origin.y)
            out += "<text x=\"\(x)\" y=\"\(y)\" font-size=\"\(Self.number(item.size))\" textLength=\"\(Self.number(item.width))\" lengthAdjust=\"spacingAndGlyphs\""
            if item.angle != 0 {
                out += " transform=\"rotate(\(Self.number(-item.angle * 180 / Double.pi)) \(x) \(y))\""
            }
            out += ">" + Self.escaped(item.text) + "</text>\n"
        }
        return out + "</g>\n"
    }

    /// Inserts `markup` before the closing `</svg>` of cairo's output; in place when `svg` has the
    /// capacity (only the closing tag moves).
    static func insert(_ markup: String, into svg: inout [UInt8]) {
        guard !markup.isEmpty, let at = lastIndex(of: Array("</svg>".utf8), in: svg) else { return }
        svg.insert(contentsOf: markup.utf8, at: at)
    }

    static func lastIndex(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        var i = bytes.count - pattern.count
        while i >= 0 {
            if bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i -= 1
        }
        return nil
    }

    /// Two decimals, no trailing zeros: the same bytes on every run.
    static func number(_ v: Double) -> String {
        guard v.isFinite else { return "0" }
        var text = TwoDecimals.format(v) ?? String(format: "%.2f", v)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// XML character data: `&`, `<`, `>`, and no control characters.
    static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
