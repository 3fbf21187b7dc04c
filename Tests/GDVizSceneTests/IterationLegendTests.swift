import XCTest
@testable import GDVizScene

/// An iterations panel's `"legend"`: its own position, else the scene's; mistakes at their paths.
final class IterationLegendTests: XCTestCase {
    private func legend(scene: String = "", panel: String = "") throws -> LegendOptions {
        let parsed = try XCTUnwrap(parseScene(#"""
        {"function": "x^2", "domain": {"x": [-1, 1]}, "runs": [{"label": "GD", "start": [1]}], \#(scene)
         "panels": [{"type": "iterations"\#(panel)}]}
        """#))
        return try XCTUnwrap(SceneEvaluator.evaluate(parsed).panels[0] as? IterationsPanelSpec.Evaluated).legend
    }

    func testThePanelsLegendElseTheScenes() throws {
        XCTAssertEqual(try legend(), LegendOptions())
        XCTAssertEqual(try legend(scene: #""legend": "upper left","#), LegendOptions(position: .upperLeft))
        XCTAssertEqual(try legend(scene: #""legend": "upper left","#, panel: #", "legend": "none""#),
                       LegendOptions(position: .none))
        XCTAssertEqual(try legend(panel: #", "legend": {"position": "outside bottom", "columns": 2}"#),
                       LegendOptions(position: .outsideBottom, columns: 2))
    }

    func testLegendMistakesAreReportedAtTheirPaths() {
        for (value, path) in [(#""middle""#, "$.panels[0].legend"), (#"{"columns": 0}"#, "$.panels[0].legend.columns"),
                              (#"{"position": "left", "columns": 2}"#, "$.panels[0].legend.position"), ("3", "$.panels[0].legend")] {
            let issues = sceneIssues(#"""
            {"function": "x^2", "domain": {"x": [-1, 1]}, "runs": [{"start": [1]}],
             "panels": [{"type": "iterations", "legend": \#(value)}]}
            """#)
            XCTAssertEqual(issues.map(\.path), [path], "\(value): " + issues.lines.joined(separator: "\n"))
        }
    }
}
