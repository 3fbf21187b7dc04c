/// The first SVG id canonicaliser (array slices, one byte at a time), kept as an independent
/// reference: `SVGCanonicalizer` works on raw buffers and must give the same bytes for any input.
enum ReferenceSVGCanonicalizer {
    static func canonicalize(_ svg: [UInt8]) -> [UInt8] {
        let renames = collectRenames(svg)
        guard !renames.isEmpty else { return svg }
        return rewrite(svg, renames)
    }

    private static let idAttribute = Array("id=\"".utf8)
    private static let hrefAttribute = Array("href=\"#".utf8)
    private static let urlReference = Array("url(#".utf8)
    private static let quote = UInt8(ascii: "\"")
    private static let closeParen = UInt8(ascii: ")")

    /// Old id → new id, assigned in document order.
    private static func collectRenames(_ svg: [UInt8]) -> [[UInt8]: [UInt8]] {
        var renames: [[UInt8]: [UInt8]] = [:]
        var counters: [[UInt8]: Int] = [:]
        var i = 0
        while i < svg.count {
            if isAttribute(idAttribute, in: svg, at: i), let end = svg[(i + idAttribute.count)...].firstIndex(of: quote) {
                let old = Array(svg[(i + idAttribute.count)..<end])
                if renames[old] == nil {
                    let prefix = letterPrefix(old)
                    let n = (counters[prefix] ?? 0) + 1
                    counters[prefix] = n
                    renames[old] = prefix + Array(String(n).utf8)
                }
                i = end + 1
            } else {
                i += 1
            }
        }
        return renames
    }

    private static func rewrite(_ svg: [UInt8], _ renames: [[UInt8]: [UInt8]]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(svg.count)
        var i = 0
        while i < svg.count {
            let match: (opener: [UInt8], terminator: UInt8)?
            if isAttribute(idAttribute, in: svg, at: i) {
                match = (idAttribute, quote)
            } else if isAttribute(hrefAttribute, in: svg, at: i) {
                match = (hrefAttribute, quote)
            } else if hasPrefix(urlReference, in: svg, at: i) {
                match = (urlReference, closeParen)
            } else {
                match = nil
            }
            if let (opener, terminator) = match,
               let end = svg[(i + opener.count)...].firstIndex(of: terminator) {
                let token = Array(svg[(i + opener.count)..<end])
                out += opener
                out += renames[token] ?? token
                i = end  // the terminator is copied by the next iteration
            } else {
                out.append(svg[i])
                i += 1
            }
        }
        return out
    }

    /// `pattern` at `i`, preceded by whitespace or `:` (as in `xlink:href`), so that
    /// attributes merely ending in the same letters (`grid="`) never match.
    private static func isAttribute(_ pattern: [UInt8], in svg: [UInt8], at i: Int) -> Bool {
        guard i > 0, hasPrefix(pattern, in: svg, at: i) else { return false }
        switch svg[i - 1] {
        case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: ":"):
            return true
        default:
            return false
        }
    }

    private static func hasPrefix(_ pattern: [UInt8], in svg: [UInt8], at i: Int) -> Bool {
        // The first-byte test only spares debug builds a slice comparison at almost every byte;
        // the answer is the same.
        guard i + pattern.count <= svg.count, svg[i] == pattern[0] else { return false }
        return svg[i..<(i + pattern.count)].elementsEqual(pattern)
    }

    /// Leading ASCII letters of `id`, or `id` if there are none.
    private static func letterPrefix(_ id: [UInt8]) -> [UInt8] {
        let letters = id.prefix { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0 | 0x20) }
        return letters.isEmpty ? Array("id".utf8) : Array(letters)
    }
}
