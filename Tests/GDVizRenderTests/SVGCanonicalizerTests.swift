import Foundation
import GDVizTestSupport
import XCTest
@testable import GDVizRender

final class SVGCanonicalizerTests: XCTestCase {
    private func canon(_ s: String) -> String {
        String(decoding: SVGCanonicalizer.canonicalize(Array(s.utf8)), as: UTF8.self)
    }

    func testRenumbersPerPrefixInDocumentOrderAndRewritesReferences() {
        let input = """
        <defs><symbol id="glyph0-10"/><symbol id="glyph0-1"/><clipPath id="clip7"/></defs>
        <g id="surface42"><use xlink:href="#glyph0-1"/><use href="#glyph0-10"/>\
        <g clip-path="url(#clip7)" style="fill:url(#clip7)"/></g>
        """
        let expected = """
        <defs><symbol id="glyph1"/><symbol id="glyph2"/><clipPath id="clip1"/></defs>
        <g id="surface1"><use xlink:href="#glyph2"/><use href="#glyph1"/>\
        <g clip-path="url(#clip1)" style="fill:url(#clip1)"/></g>
        """
        XCTAssertEqual(canon(input), expected)
    }

    func testSameDocumentWithDifferentCounterGivesSameBytes() {
        func doc(_ n: Int) -> String {
            ##"<svg><g id="surface\##(n)"><image id="image\##(n + 1)"/><use xlink:href="#image\##(n + 1)"/></g></svg>"##
        }
        XCTAssertEqual(canon(doc(5)), canon(doc(93)))
    }

    func testLeavesUnknownReferencesAndLookalikeAttributesAlone() {
        let input = ##"<g grid="3" id="a1"><use xlink:href="#missing"/><a href="http://x/#a1"/></g>"##
        XCTAssertEqual(canon(input), ##"<g grid="3" id="a1"><use xlink:href="#missing"/><a href="http://x/#a1"/></g>"##)
    }

    func testIdsWithoutLettersGetAGenericPrefix() {
        XCTAssertEqual(canon(##"<g id="12"/><use href="#12"/>"##), ##"<g id="id1"/><use href="#id1"/>"##)
    }

    /// Random documents made of openers, terminators, lookalikes and names: the buffer-based
    /// canonicaliser gives the reference's bytes on every one (overlaps, unterminated openers,
    /// references before definitions, tokens at the very start and end).
    func testSameBytesAsTheReferenceOnRandomDocuments() {
        let pieces = ["id=\"", "href=\"#", "xlink:href=\"#", "url(#", "grid=\"", " ", "\n", ":", "\"", ")", "(",
                      "=", "#", "a", "glyph0-", "surface", "1", "10", "-", "<g ", "/>", "clip", "id", "href", "url"]
        var random = SeededGenerator(seed: 13)
        for _ in 0..<3000 {
            let count = Int(random.next() % 40)
            let doc = Array((0..<count).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined().utf8)
            XCTAssertEqual(SVGCanonicalizer.canonicalize(doc), ReferenceSVGCanonicalizer.canonicalize(doc),
                           String(decoding: doc, as: UTF8.self))
        }
    }

    /// Gallery SVGs with their ids put back into cairo's own style (`glyph0-3`, `surface17`,
    /// `clip12`): the buffer-based canonicaliser gives the gallery's canonical bytes again and,
    /// on a sample that has every kind of id (clip paths, images, 3-D surfaces, graph panels;
    /// the slice-based reference is slow in debug builds), the reference's bytes.
    func testSameBytesAsTheReferenceOnTheGallery() throws {
        let gallery = Gallery.shared
        let sample: Set<String> = ["gd-quadratic", "saddle-contours", "saddle-3d", "computation-graph", "convexity-chord"]
        for entry in try gallery.load() {
            let svg = try gallery.render(entry, .svg)
            var raw = svg
            for (old, new) in [("id=\"glyph", "id=\"glyph0-"), ("#glyph", "#glyph0-"), ("id=\"surface", "id=\"surface1"),
                               ("id=\"clip", "id=\"clip9"), ("url(#clip", "url(#clip9")] {
                raw = Self.replacing(old, with: new, in: raw)
            }
            let fast = SVGCanonicalizer.canonicalize(raw)
            if sample.contains(entry.scene.name) {
                XCTAssertEqual(fast, ReferenceSVGCanonicalizer.canonicalize(raw), entry.file)
            }
            XCTAssertEqual(fast, svg, entry.file)
        }
    }

    /// Every occurrence of `old` in `bytes` replaced by `new`, left to right (like Foundation's
    /// `replacingOccurrences`, which is slow on megabyte strings on Linux: UTF-16 conversions).
    static func replacing(_ old: String, with new: String, in bytes: [UInt8]) -> [UInt8] {
        let pattern = Array(old.utf8), replacement = Array(new.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 16)
        bytes.withUnsafeBufferPointer { buffer in
            var copied = 0
            pattern.withUnsafeBufferPointer { pattern in
                guard let base = buffer.baseAddress, let first = pattern.first else { return }
                var from = 0
                // memchr finds candidates for the first byte, memcmp checks the rest.
                while from + pattern.count <= buffer.count,
                      let hit = memchr(base + from, Int32(first), buffer.count - from - pattern.count + 1) {
                    let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + at, pattern.baseAddress!, pattern.count) == 0 {
                        out.append(contentsOf: buffer[copied..<at])
                        out.append(contentsOf: replacement)
                        copied = at + pattern.count
                        from = copied
                    } else {
                        from = at + 1
                    }
                }
            }
            out.append(contentsOf: buffer[copied...])
        }
        return out
    }

    func testReplacingMatchesFoundation() {
        let text = "id=\"glyph0 #glyph x id=\"glyph#glyph"
        XCTAssertEqual(String(decoding: Self.replacing("#glyph", with: "#glyph0-", in: Array(text.utf8)), as: UTF8.self),
                       text.replacingOccurrences(of: "#glyph", with: "#glyph0-"))
        XCTAssertEqual(Self.replacing("ab", with: "c", in: []), [])
        XCTAssertEqual(String(decoding: Self.replacing("aa", with: "b", in: Array("aaa".utf8)), as: UTF8.self), "ba")
    }
}
