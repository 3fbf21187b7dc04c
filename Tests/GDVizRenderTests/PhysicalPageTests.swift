import Foundation
import GDVizScene
import XCTest
@testable import GDVizRender

/// A scene sized in centimetres gives a PDF page of exactly that size, with text at the
/// document's size, and `--scale` on vector output scales the page.
final class PhysicalPageTests: XCTestCase {
    private func scene(_ extra: String) throws -> Scene {
        try SceneLoader.parse(#"{"function": "x^2 + 3*y^2", "domain": {"x": [-2, 2], "y": [-2, 2]}, "#
                              + #""runs": [{"start": [1.5, 1]}], \#(extra)}"#, file: "test.json")
    }

    /// The numbers of the first `/MediaBox [ … ]` of a PDF.
    static func mediaBox(_ pdf: [UInt8]) -> [Double] {
        let text = String(decoding: pdf, as: UTF8.self)
        guard let start = text.range(of: "/MediaBox [") else { return [] }
        let rest = text[start.upperBound...]
        return rest.prefix { $0 != "]" }.split(separator: " ").compactMap { Double($0) }
    }

    func testPDFPageIsExactlyTheGivenSize() throws {
        let s = try scene(#""size": {"width": "12cm", "height": "8cm"}, "font_size": "10pt""#)
        let box = Self.mediaBox(try SceneRenderer.render(SceneEvaluator.evaluate(s), format: .pdf))
        XCTAssertEqual(box.count, 4)
        // 1 pt = 1/72 in; cairo writes the box with 6 decimals.
        XCTAssertEqual(box[2] / 72 * 2.54, 12, accuracy: 1e-5)
        XCTAssertEqual(box[3] / 72 * 2.54, 8, accuracy: 1e-5)
        let svg = String(decoding: try SceneRenderer.render(SceneEvaluator.evaluate(s), format: .svg), as: UTF8.self)
        XCTAssertTrue(svg.contains(#"width="340.157"#) && svg.contains(#"pt" height="226.77"#), String(svg.prefix(300)))
    }

    func testFontSizeSetsTheTextSizesInPoints() throws {
        let figure = try SceneFigure.figure(for: SceneEvaluator.evaluate(try scene(#""size": {"width": "12cm", "height": "8cm"}, "font_size": "10pt""#)))
        XCTAssertEqual(figure.theme.labelSize, 10, accuracy: 1e-12)
        XCTAssertEqual(figure.theme.tickLabelSize, 10 * 14 / 18, accuracy: 1e-12)
        XCTAssertEqual(figure.theme.titleSize, 10 * 20 / 18, accuracy: 1e-12)
    }

    func testScaleMultipliesVectorPages() throws {
        let s = try scene(#""size": {"width": 400, "height": 300}"#)
        XCTAssertEqual(Self.mediaBox(try SceneRenderer.render(SceneEvaluator.evaluate(s), format: .pdf, scale: 2)), [0, 0, 800, 600])
        XCTAssertEqual(Self.mediaBox(try SceneRenderer.render(SceneEvaluator.evaluate(s), format: .pdf)), [0, 0, 400, 300])
        let svg = String(decoding: try SceneRenderer.render(SceneEvaluator.evaluate(s), format: .svg, scale: 1.5), as: UTF8.self)
        XCTAssertTrue(svg.contains(#"width="600px" height="450px""#), String(svg.prefix(300)))
    }

    func testSerifAndLatinModernSansEmbedTheirFonts() throws {
        for (font, name) in [("serif", "+LMRoman10-Regular"), ("latin-modern-sans", "+LMSans10-Regular")] {
            let pdf = String(decoding: try SceneRenderer.render(SceneEvaluator.evaluate(try scene(#""font": "\#(font)""#)), format: .pdf), as: UTF8.self)
            XCTAssertTrue(pdf.contains(name), "\(font): no \(name) subset")
            XCTAssertFalse(pdf.contains("+DejaVuSans"), "\(font): DejaVu Sans should not be used")
        }
    }
}
