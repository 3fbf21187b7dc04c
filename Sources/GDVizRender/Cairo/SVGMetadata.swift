/// The text alternative of an SVG: `<title>` and `<desc>` as the first children of `<svg>`,
/// where screen readers and search engines look for them (SVG 1.1 §5.4).
enum SVGMetadata {
    static func insert(title: String, description: String, into svg: [UInt8]) -> [UInt8] {
        let opening = Array("<svg".utf8)
        guard let start = firstIndex(of: opening, in: svg),
              let end = svg[start...].firstIndex(of: UInt8(ascii: ">")) else { return svg }
        let markup = "\n<title>\(SVGTextLayer.escaped(title))</title>\n<desc>\(SVGTextLayer.escaped(description))</desc>"
        return Array(svg[...end]) + Array(markup.utf8) + Array(svg[(end + 1)...])
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        for i in 0...(bytes.count - pattern.count) where bytes[i..<(i + pattern.count)].elementsEqual(pattern) {
            return i
        }
        return nil
    }
}
