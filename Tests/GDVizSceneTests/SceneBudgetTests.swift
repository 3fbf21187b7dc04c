import XCTest
@testable import GDVizScene

/// Scenes that ask for too much work are rejected before any of it starts, at the path of the
/// key that drives the cost, with the limit in the message.
final class SceneBudgetTests: XCTestCase {
    private func assertOverBudget(_ json: String, at path: String, mentioning limit: String,
                                  file: StaticString = #filePath, line: UInt = #line) {
        let issues = sceneIssues(json, sourceFile: file, line: line)
        XCTAssertEqual(issues.map(\.path), [path], issues.lines.joined(separator: "\n"), file: file, line: line)
        XCTAssertTrue(issues.first?.message.contains("the limit is \(limit)") ?? false,
                      issues.lines.joined(separator: "\n"), file: file, line: line)
    }

    func testRunsTotalStepsAreCharged() {
        let runs = (0..<5).map { #"{"start": [1, 1], "max_steps": \#($0 == 2 ? 1_000_000 : 10)}"# }
        assertOverBudget(scene2D(#""runs": [\#(runs.joined(separator: ","))]"#),
                         at: "$.runs[2].max_steps", mentioning: "1 000 000")
    }

    func testTinyStreamlineSeparationIsRejected() {
        assertOverBudget(scene2D(#""layers": [{"type": "streamlines", "separation": 1e-300}]"#),
                         at: "$.layers[0].separation", mentioning: "250 000")
    }

    func testManyContourLevelsAtHighResolution() {
        let levels = (1...1000).map(String.init).joined(separator: ",")
        assertOverBudget(scene2D(#""resolution": 2000, "layers": [{"type": "contours", "levels": [\#(levels)]}]"#),
                         at: "$.layers[0].levels", mentioning: "1 600 000 000")
    }

    func testThousandLayers() {
        let layers = Array(repeating: #"{"type": "contours"}"#, count: 1000).joined(separator: ",")
        let issues = sceneIssues(scene2D(#""layers": [\#(layers)]"#))
        XCTAssertTrue(issues.contains { $0.path == "$.layers" && $0.message.contains("the limit is 100") }, issues.lines.joined())
    }

    func testLongExpressionSampledAtHighResolution() {
        let f = (1...700).map { "sin(\($0)*x+y)" }.joined(separator: "+")
        assertOverBudget(#"{"function": "\#(f)", "domain": {"x": [-1, 1], "y": [-1, 1]}, "resolution": 2000}"#,
                         at: "$.resolution", mentioning: "2 000 000 000")
    }

    func testComputationGraphOfALongExpression() {
        let f = (1...400).map { "sin(\($0)*x+y)" }.joined(separator: "+")
        assertOverBudget(#"{"function": "\#(f)", "domain": {"x": [-1, 1], "y": [-1, 1]}, "layers": [{"type": "graph", "at": [0, 0]}]}"#,
                         at: "$.function", mentioning: "1 000")
    }

    func testHugeMinibatchOnLeastSquares() {
        let xs = (0..<1000).map { "\($0)" }.joined(separator: ",")
        let json = #"""
        {"function": {"least_squares": {"x": [\#(xs)], "y": [\#(xs)]}}, "domain": {"x": [-1, 1], "y": [-1, 1]},
         "runs": [{"optimizer": "minibatch", "batch_size": 1000000, "max_steps": 40000, "start": [0, 0]}],
         "layers": [{"type": "trajectories"}]}
        """#
        assertOverBudget(json, at: "$.runs[0].batch_size", mentioning: "30 000 000")
    }

    func testOutputPixelsIncludeTheScale() throws {
        let scene = try SceneLoader.parse(#"{"size": {"width": 8000, "height": 8000}, "function": "x^2", "domain": {"x": [-1, 1]}}"#,
                                          file: "s.json")
        XCTAssertEqual(SceneBudget.issues(for: scene), [], "8000 × 8000 at scale 1 is the largest figure")
        let issues = SceneBudget.outputIssues(for: scene, pixelScale: 2)
        XCTAssertEqual(issues.map(\.path), ["$.size"])
        XCTAssertEqual(issues.first?.message, "the output (width × height × scale²) at 2 pixels per unit is "
                       + "256 000 000 pixels; the limit is 64 000 000. Make the figure or --scale smaller.")
    }

    func testGalleryScaleSceneIsWithinBudget() throws {
        // The defaults are far inside every limit.
        XCTAssertNoThrow(try SceneLoader.parse(scene2D(#""layers": [{"type": "streamlines"}, {"type": "filled_contours"}]"#),
                                               file: "s.json"))
    }
}
