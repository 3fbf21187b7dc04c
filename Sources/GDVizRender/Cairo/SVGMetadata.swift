/// The text alternative of an SVG: `<title>` and `<desc>` as the first children of `<svg>`,
/// where screen readers and search engines look for them (SVG 1.1 §5.4).
enum SVGMetadata {
    /// The elements to insert, each on a line of its own.
    static func markup(title: String, description: String) -> String {
        "\n<title>\(SVGTextLayer.escaped(title))</title>\n<desc>\(SVGTextLayer.escaped(description))</desc>"
    }

    /// Inserts `markup` right after the `<svg …>` start tag; in place when `svg` has the capacity.
    static func insert(_ markup: String, into svg: inout [UInt8]) {
        guard !markup.isEmpty, let start = firstIndex(of: Array("<svg".utf8), in: svg),
              let end = svg[start...].firstIndex(of: UInt8(ascii: ">")) else { return }
        svg.insert(contentsOf: markup.utf8, at: end + 1)
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        for i in 0...(bytes.count - pattern.count) where bytes[i..<(i + pattern.count)].elementsEqual(pattern) {
            return i
        }
        return nil
    }
}
