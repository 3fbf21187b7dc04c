import Foundation
import GDVizScene
import XCTest
@testable import GDVizRender

/// Text as text in PDF and SVG (maths included), `"text": "paths"` for outlines, and the text
/// alternative in SVG `<title>`/`<desc>`.
final class TextAsTextTests: XCTestCase {
    private func scene(_ name: String, _ change: (inout Scene) -> Void = { _ in }) throws -> Scene {
        var scene = try SceneLoader.load(contentsOf: SceneRenderTests.root.appendingPathComponent("Scenes/\(name).json").path)
        change(&scene)
        return scene
    }

    private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    func testPDFMathIsTextInLatinModernMath() throws {
        let pdf = text(try SceneRenderer.render(SceneEvaluator.evaluate(try scene("gd-quadratic")), format: .pdf))
        XCTAssertTrue(pdf.contains("+LatinModernMath-Regular"), "math glyphs are an embedded Latin Modern Math subset")
        XCTAssertTrue(pdf.contains("+DejaVuSans"))
    }

    func testPathsKeepsOutlinesInPDFAndSVG() throws {
        let outlined = try scene("gd-quadratic") { $0.text = .paths }
        let pdf = text(try SceneRenderer.render(SceneEvaluator.evaluate(outlined), format: .pdf))
        XCTAssertFalse(pdf.contains("/FontFile"), "no embedded fonts with \"text\": \"paths\"")
        let svg = text(try SceneRenderer.render(SceneEvaluator.evaluate(outlined), format: .svg))
        XCTAssertFalse(svg.contains("<text"))
        XCTAssertFalse(svg.contains("<symbol"), "glyphs are paths, not cairo glyph symbols")
        XCTAssertTrue(svg.contains("<title>"), "the text alternative stays")
    }

    func testSVGTextIsSearchableAndByteIdentical() throws {
        let s = try scene("gd-quadratic")
        let first = try SceneRenderer.render(SceneEvaluator.evaluate(s), format: .svg)
        XCTAssertEqual(first, try SceneRenderer.render(SceneEvaluator.evaluate(s), format: .svg), "SVG bytes differ between renders")
        let svg = text(first)
        // The legend label, with its maths as characters: γ and the digits.
        XCTAssertTrue(svg.contains(">gradient descent, 𝛾=0.085</text>"), "legend text is searchable")
        XCTAssertTrue(svg.contains("fill-opacity=\"0\""), "the searchable copy is not drawn")
        // Axis labels x₁, x₂ (math italic x); the y label is rotated a quarter turn.
        XCTAssertTrue(svg.contains(">𝑥1</text>"))
        XCTAssertTrue(svg.contains("transform=\"rotate(-90 "))
    }

    func testSVGTitleAndDescriptionComeFirst() throws {
        let svg = text(try SceneRenderer.render(SceneEvaluator.evaluate(try scene("gd-quadratic")), format: .svg))
        let title = try XCTUnwrap(svg.range(of: "<title>"))
        let defs = try XCTUnwrap(svg.range(of: "<defs>"))
        XCTAssertLessThan(title.lowerBound, defs.lowerBound, "title is the first child of <svg>")
        XCTAssertTrue(svg.contains("<desc>Plot of f(x, y) = 0.5*(2*x^2 + 2*x*y + 20*y^2) - 5*x - 3*y"), svg.prefix(800).description)
    }

    func testScaledSVGScalesItsTextLayer() throws {
        let svg = text(try SceneRenderer.render(SceneEvaluator.evaluate(try scene("gd-quadratic")), format: .svg, scale: 2))
        XCTAssertTrue(svg.contains("transform=\"scale(2)\""))
    }
}
