import Foundation
import GDVizScene
import XCTest
@testable import GDVizRender

/// PDF text is real text: font subsets embedded through cairo's FreeType faces, so it can be
/// searched and selected, and the bytes stay the same from run to run.
final class PDFTextTests: XCTestCase {
    func testPDFEmbedsFontSubsetsAndStaysByteIdentical() throws {
        let path = SceneRenderTests.root.appendingPathComponent("Scenes/gd-quadratic.json").path
        let scene = try SceneLoader.load(contentsOf: path)
        let first = try SceneRenderer.render(SceneEvaluator.evaluate(scene), format: .pdf)
        XCTAssertEqual(first, try SceneRenderer.render(SceneEvaluator.evaluate(scene), format: .pdf), "PDF bytes differ between renders")
        let text = String(decoding: first, as: UTF8.self)
        XCTAssertTrue(text.contains("/FontFile"), "no embedded font program")
        XCTAssertTrue(text.contains("+DejaVuSans"), "no DejaVu Sans subset")
        XCTAssertTrue(text.contains("/ToUnicode"), "text would not be searchable without a ToUnicode map")
        // cairo writes metadata as UTF-16BE hex strings.
        func hex(_ s: String) -> String { s.utf16.map { String(format: "%04X", $0) }.joined() }
        XCTAssertTrue(text.contains("/Title <FEFF" + hex("Gradient descent on")), "PDF /Title from the scene title")
        XCTAssertTrue(text.contains(hex("52 steps to (2.487, 0.026)")), "PDF /Subject describes each run")
    }

}
