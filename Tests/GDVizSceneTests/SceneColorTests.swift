import XCTest
@testable import GDVizScene

/// Colours are read once into `SceneColor`; rendering never parses text.
final class SceneColorTests: XCTestCase {
    func testHexSpellingsAndValue() {
        XCTAssertEqual(SceneColor(hex: "#D62728")?.rgb, 0xD62728)
        XCTAssertEqual(SceneColor(hex: "#d62728"), SceneColor(hex: "#D62728"))
        XCTAssertEqual(SceneColor(rgb: 0x00_0a_0b).description, "#000a0b")
        for bad in ["d62728", "#d6272", "#d627289", "#g62728", "", "#", "# 62728", "#d6272８"] {
            XCTAssertNil(SceneColor(hex: bad), bad)
        }
    }

    func testRunAndLayerColoursAreReadIntoValues() throws {
        let scene = try XCTUnwrap(parseScene(scene2D(#"""
            "runs": [{"start": [1, 1], "color": "#1F77B4"}],
            "layers": [{"type": "gradient_field", "color": "#ABCDEF"}]
            """#)))
        XCTAssertEqual(scene.runs[0].color, SceneColor(rgb: 0x1F77B4))
        let field = try XCTUnwrap(scene.layers.first?.content as? GradientFieldLayerSpec)
        XCTAssertEqual(field.color, SceneColor(rgb: 0xABCDEF))
    }

    func testABadLayerColourIsReportedAtItsPath() {
        let issues = sceneIssues(scene2D(##""layers": [{"type": "gradient_field", "color": "#12345"}]"##))
        XCTAssertEqual(issues.lines, [##"$.layers[0].color: expected a color "#rrggbb", got "#12345" (e.g. "#d62728")"##])
    }
}
