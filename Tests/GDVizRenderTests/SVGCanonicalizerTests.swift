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
}
