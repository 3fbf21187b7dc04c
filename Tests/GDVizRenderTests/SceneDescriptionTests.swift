import Foundation
import GDVizScene
import GDVizTestSupport
import XCTest
@testable import GDVizRender

/// The text alternative: from the trace, deterministic, with every run and the critical points.
final class SceneDescriptionTests: XCTestCase {
    private func describe(_ json: String) throws -> SceneDescription.Text {
        SceneDescription.describe(SceneEvaluator.evaluate(try SceneLoader.parse(json, file: "alt.json")))
    }

    func testRunsAndCriticalPoints() throws {
        let text = try describe(#"""
            {"title": "Two runs on $f$", "function": "x^2 + 3*y^2", "domain": {"x": [-2, 2], "y": [-2, 2]},
             "runs": [{"label": "slow", "start": [1.5, 1], "lr": 0.05, "max_steps": 5},
                      {"label": "$\\eta = 0.1$", "optimizer": "momentum", "start": [-1, 1], "lr": 0.1}],
             "layers": [{"type": "contours"}, {"type": "trajectories"}, {"type": "critical_points"}]}
            """#)
        XCTAssertEqual(text.title, "Two runs on f")
        XCTAssertEqual(text.sentences.count, 4)
        XCTAssertEqual(text.sentences[0], "Plot of f(x, y) = x^2 + 3*y^2 for x in [-2.0, 2.0], y in [-2.0, 2.0].")
        // gd with η = 0.05 on x² + 3y²: x shrinks by 0.9, y by 0.7 per step (closed form).
        let x5 = 1.5 * 0.9 * 0.9 * 0.9 * 0.9 * 0.9, y5 = 0.7 * 0.7 * 0.7 * 0.7 * 0.7
        XCTAssertEqual(text.sentences[1], "Run \"slow\": gd, step size 0.05, from (1.5, 1.0), 5 steps to "
                       + "(\(SceneDescription.number(x5)), \(SceneDescription.number(y5))), f = "
                       + "\(SceneDescription.number(x5 * x5 + 3 * y5 * y5)), stopped: step limit reached.")
        XCTAssertTrue(text.sentences[2].hasPrefix("Run \"\\eta = 0.1\": momentum, step size 0.1, from (-1.0, 1.0), "), text.sentences[2])
        XCTAssertEqual(text.sentences[3], "Critical points: minimum at (0, 0), f = 0.")
    }

    func testNumbersAreFixedAndShort() {
        XCTAssertEqual(SceneDescription.number(2.48712), "2.487")
        XCTAssertEqual(SceneDescription.number(-0.0), "0")
        XCTAssertEqual(SceneDescription.number(1.5e-7), "0")
        XCTAssertEqual(SceneDescription.number(3.2e9), "3.2e9")
        XCTAssertEqual(SceneDescription.number(.nan), "NaN")
    }

    func testPDFSubjectIsTheDescription() throws {
        let scene = try SceneLoader.load(contentsOf: SceneRenderTests.root.appendingPathComponent("Scenes/gd-quadratic.json").path)
        let pdf = String(decoding: try SceneRenderer.render(SceneEvaluator.evaluate(scene), format: .pdf), as: UTF8.self)
        func hex(_ s: String) -> String { s.utf16.map { String(format: "%04X", $0) }.joined() }
        let body = SceneDescription.describe(SceneEvaluator.evaluate(scene)).body
        XCTAssertTrue(pdf.contains("/Subject <FEFF" + hex(body) + ">"), "PDF /Subject is the whole description")
    }

    /// `plain` drops every `$`, then turns each `\\` (left to right) into a space: the same text
    /// as Foundation's two replacingOccurrences on random mixes (odd runs of backslashes, `$`
    /// between backslashes, accents and combining marks).
    func testPlainTextAsFoundationsReplacements() {
        let pieces = ["$", "\\", "a", " ", "é", "e\u{301}", "\\\u{301}", "$\u{301}", "η", "\n"]
        var random = SeededGenerator(seed: 41)
        for _ in 0..<3000 {
            let text = (0..<Int(random.next() % 12)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let reference = text.replacingOccurrences(of: "$", with: "").replacingOccurrences(of: "\\\\", with: " ")
            XCTAssertEqual(SceneDescription.plain(text), reference, text.debugDescription)
        }
    }
}
