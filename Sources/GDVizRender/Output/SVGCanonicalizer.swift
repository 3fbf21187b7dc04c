#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Renames the ids in a cairo SVG so the bytes no longer depend on render history.
///
/// cairo 1.16 names elements from a process-global surface counter (`<g id="surface5">`),
/// so two identical drawings in one process differ (research §5.2). Every `id="…"` is renamed
/// in document order to its leading letters plus a per-prefix counter (`surface5` → `surface1`,
/// `glyph0-10` → `glyph2`), and each reference — `href="#…"`, `xlink:href="#…"`, `url(#…)` — is
/// rewritten by looking up the whole token, so `glyph0-1` is never confused with `glyph0-10`.
/// References to unknown ids are left as they are.
///
/// It works on the raw buffer: only `=` and `(` are looked at closely (every opener has one at
/// a fixed offset; `memchr` finds them, so megabytes of path data are skipped at memory speed),
/// and the bytes between two tokens are copied in one block.
enum SVGCanonicalizer {
    /// `extraCapacity`: room reserved after the document for markup inserted later in place.
    static func canonicalize(_ svg: [UInt8], extraCapacity: Int = 0) -> [UInt8] {
        svg.withUnsafeBufferPointer { bytes in
            let renames = collectRenames(bytes)
            guard !renames.isEmpty else { return svg }
            return rewrite(bytes, renames, extraCapacity: extraCapacity)
        }
    }

    private typealias Bytes = UnsafeBufferPointer<UInt8>

    private static let equals = UInt8(ascii: "="), openParen = UInt8(ascii: "(")
    private static let quote = UInt8(ascii: "\""), closeParen = UInt8(ascii: ")")

    /// Where a token's opener starts, where its name starts, and the byte that ends it.
    private struct Opener {
        var start: Int
        var nameStart: Int
        var terminator: UInt8
    }

    /// Old id → new id, assigned in document order.
    private static func collectRenames(_ svg: Bytes) -> [[UInt8]: [UInt8]] {
        var renames: [[UInt8]: [UInt8]] = [:]
        var counters: [[UInt8]: Int] = [:]
        var resume = 0  // openers may not start before this (inside a token already read)
        var j = 0
        while let found = index(of: equals, in: svg, from: j) {
            j = found
            if let opener = idOpener(svg, equalsAt: j), opener.start >= resume,
               let end = index(of: quote, in: svg, from: opener.nameStart) {
                let old = Array(Bytes(rebasing: svg[opener.nameStart..<end]))
                if renames[old] == nil {
                    let prefix = letterPrefix(old)
                    let n = (counters[prefix] ?? 0) + 1
                    counters[prefix] = n
                    renames[old] = prefix + Array(String(n).utf8)
                }
                resume = end + 1
                j = end + 1
            } else {
                j += 1
            }
        }
        return renames
    }

    private static func rewrite(_ svg: Bytes, _ renames: [[UInt8]: [UInt8]], extraCapacity: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(svg.count + svg.count / 64 + extraCapacity)
        var copied = 0  // svg[..<copied] is in `out` already
        var j = 0
        // The next `=` and `(` at or after j (svg.count: none left).
        var nextEquals = index(of: equals, in: svg, from: 0) ?? svg.count
        var nextParen = index(of: openParen, in: svg, from: 0) ?? svg.count
        while true {
            if nextEquals < j { nextEquals = index(of: equals, in: svg, from: j) ?? svg.count }
            if nextParen < j { nextParen = index(of: openParen, in: svg, from: j) ?? svg.count }
            j = min(nextEquals, nextParen)
            guard j < svg.count else { break }
            let found = j == nextEquals ? (idOpener(svg, equalsAt: j) ?? hrefOpener(svg, equalsAt: j)) : urlOpener(svg, parenAt: j)
            guard let opener = found, opener.start >= copied,
                  let end = index(of: opener.terminator, in: svg, from: opener.nameStart) else { j += 1; continue }
            out.append(contentsOf: Bytes(rebasing: svg[copied..<opener.nameStart]))
            let token = Bytes(rebasing: svg[opener.nameStart..<end])
            if let renamed = renames[Array(token)] { out.append(contentsOf: renamed) } else { out.append(contentsOf: token) }
            copied = end  // the terminator is copied with the next block
            j = end + 1
        }
        out.append(contentsOf: Bytes(rebasing: svg[copied...]))
        return out
    }

    /// `id="` with its `=` at `j`, preceded by whitespace or `:`.
    private static func idOpener(_ svg: Bytes, equalsAt j: Int) -> Opener? {
        let start = j - 2
        guard start >= 1, j + 1 < svg.count, svg[j + 1] == quote,
              svg[start] == UInt8(ascii: "i"), svg[start + 1] == UInt8(ascii: "d"),
              isAttributeBoundary(svg[start - 1]) else { return nil }
        return Opener(start: start, nameStart: j + 2, terminator: quote)
    }

    /// `href="#` with its `=` at `j`, preceded by whitespace or `:` (as in `xlink:href`).
    private static func hrefOpener(_ svg: Bytes, equalsAt j: Int) -> Opener? {
        let start = j - 4
        guard start >= 1, j + 2 < svg.count, svg[j + 1] == quote, svg[j + 2] == UInt8(ascii: "#"),
              svg[start] == UInt8(ascii: "h"), svg[start + 1] == UInt8(ascii: "r"),
              svg[start + 2] == UInt8(ascii: "e"), svg[start + 3] == UInt8(ascii: "f"),
              isAttributeBoundary(svg[start - 1]) else { return nil }
        return Opener(start: start, nameStart: j + 3, terminator: quote)
    }

    /// `url(#` with its `(` at `j`, anywhere.
    private static func urlOpener(_ svg: Bytes, parenAt j: Int) -> Opener? {
        let start = j - 3
        guard start >= 0, j + 1 < svg.count, svg[j + 1] == UInt8(ascii: "#"),
              svg[start] == UInt8(ascii: "u"), svg[start + 1] == UInt8(ascii: "r"),
              svg[start + 2] == UInt8(ascii: "l") else { return nil }
        return Opener(start: start, nameStart: j + 2, terminator: closeParen)
    }

    /// Attributes merely ending in the same letters (`grid="`) never match.
    private static func isAttributeBoundary(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: ":"): true
        default: false
        }
    }

    private static func index(of byte: UInt8, in svg: Bytes, from start: Int) -> Int? {
        guard start < svg.count, let base = svg.baseAddress,
              let hit = memchr(base + start, Int32(byte), svg.count - start) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// Leading ASCII letters of `id`, or `id` if there are none.
    private static func letterPrefix(_ id: [UInt8]) -> [UInt8] {
        let letters = id.prefix { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0 | 0x20) }
        return letters.isEmpty ? Array("id".utf8) : Array(letters)
    }
}
