import GDVizEngine
import XCTest
@testable import GDVizScene

/// A plot panel's own `"function"`, `"domain"`, `"axes"` and 1-D `"curves"`.
final class PanelFunctionTests: XCTestCase {
    /// A 2-D landscape next to a 1-D panel of its own: x³ on [−1, 2] with its tangent at 1 and the
    /// curve 3x − 2 (that tangent, written out).
    private let sliceScene = #"""
    {"function": "x^2 + 10*y^2", "domain": {"x": [-2, 2], "y": [-1, 1]},
     "panels": [
       {"layers": [{"type": "contours"}]},
       {"function": "x^3", "domain": {"x": [-1, 2]}, "axes": {"x_label": "$t$"},
        "layers": [{"type": "curve"}, {"type": "tangent", "at": 1}],
        "curves": [{"expression": "3*x - 2", "label": "$3x - 2$", "color": "#d62728"}]}
     ]}
    """#

    func testPanelFunctionIsEvaluatedInItsOwnDimension() throws {
        let scene = try XCTUnwrap(parseScene(sliceScene))
        let panel = try XCTUnwrap(scene.panels[1].content as? PlotPanelSpec)
        XCTAssertEqual(panel.functionDimension, 1)
        XCTAssertEqual(panel.axes?.xLabel, "$t$")
        // The panel's value axis is 1-D's default, not the scene's $y$.
        XCTAssertEqual(panel.axes?.yLabel, "$f(x)$")
        let evaluated = SceneEvaluator.evaluate(scene)
        let slice = try XCTUnwrap(evaluated.panels[1] as? PlotPanelSpec.Evaluated)
        let tangent = try XCTUnwrap(slice.layers.last as? TangentLayerSpec.Evaluated)
        // d/dx x³ = 3x², so 3 at x = 1; the point is (1, 1).
        XCTAssertEqual(tangent.slope, 3, accuracy: 1e-9)
        XCTAssertEqual(tangent.point.y, 1, accuracy: 1e-12)
        let curve = try XCTUnwrap(slice.curves.first)
        XCTAssertEqual(curve.samples.first?.y ?? .nan, -5, accuracy: 1e-12)
        XCTAssertEqual(curve.samples.last?.y ?? .nan, 4, accuracy: 1e-12)
        // y fitted to f and the curves: [min(−1, −5), max(8, 4)] plus 8 % of 13 either side.
        XCTAssertEqual(slice.domain.yMin, -5 - 1.04, accuracy: 1e-9)
        XCTAssertEqual(slice.domain.yMax, 8 + 1.04, accuracy: 1e-9)
        // The other panel still draws the scene's f.
        let landscape = try XCTUnwrap(evaluated.panels[0] as? PlotPanelSpec.Evaluated)
        XCTAssertEqual(landscape.domain.yMax, 1)
        XCTAssertEqual(landscape.axes.yLabel, "$y$")
    }

    func testCurvesOfAPanelWithoutItsOwnFunctionFollowTheScene() throws {
        let scene = try XCTUnwrap(parseScene(#"""
        {"function": "sin(x)", "domain": {"x": [0, 3], "y": [-2, 2]},
         "panels": [{"curves": [{"expression": "x - x^3/6"}]}]}
        """#))
        let panel = try XCTUnwrap(SceneEvaluator.evaluate(scene).panels[0] as? PlotPanelSpec.Evaluated)
        let samples = try XCTUnwrap(panel.curves.first?.samples)
        XCTAssertEqual(samples.count, SceneEvaluator.curveSamples)
        XCTAssertEqual(samples.last?.y ?? .nan, 3 - 27.0 / 6, accuracy: 1e-12)
    }

    func testBadPanelFunctionIsReportedAtItsPath() {
        let issues = sceneIssues(#"""
        {"function": "x^2 + y^2", "domain": {"x": [-1, 1], "y": [-1, 1]},
         "panels": [{"layers": [{"type": "contours"}]}, {"function": "x^2 +", "domain": {"x": [0, 1]}}]}
        """#)
        XCTAssertEqual(issues.map(\.path), ["$.panels[1].function"], issues.lines.joined(separator: "\n"))
    }

    func testPanelFunctionNeedsADomain() {
        let issues = sceneIssues(#"""
        {"function": "x^2", "domain": {"x": [-1, 1]}, "panels": [{"function": "x^3"}]}
        """#)
        XCTAssertEqual(issues.map(\.path), ["$.panels[0].domain"], issues.lines.joined(separator: "\n"))
    }

    func testRunsCannotBeDrawnOverAPanelsOwnFunction() {
        let issues = sceneIssues(#"""
        {"function": "x^2", "domain": {"x": [-1, 1]}, "runs": [{"start": [1]}],
         "panels": [{"function": "x^4", "domain": {"x": [-1, 1]}, "layers": [{"type": "trajectories"}]}]}
        """#)
        XCTAssertEqual(issues.map(\.path), ["$.panels[0].layers[0].type"], issues.lines.joined(separator: "\n"))
        XCTAssertTrue(issues[0].message.contains("own \"function\""), issues[0].message)
    }

    func testCurveMistakesAreReportedAtTheirPaths() {
        let issues = sceneIssues(#"""
        {"function": "x^2 + y^2", "domain": {"x": [-1, 1], "y": [-1, 1]},
         "panels": [{"curves": [{"expression": "x"}]},
                    {"function": "x", "domain": {"x": [0, 1]},
                     "curves": [{"expression": "x + y", "label": ""}, {"label": "g"}, {"expression": "x", "colour": "#000000"}]}]}
        """#)
        XCTAssertEqual(issues.map(\.path), [
            "$.panels[0].curves", "$.panels[1].curves[0].label", "$.panels[1].curves[0].expression",
            "$.panels[1].curves[1].expression", "$.panels[1].curves[2].colour",
        ], issues.lines.joined(separator: "\n"))
        let thirteen = Array(repeating: #"{"expression": "x"}"#, count: 13).joined(separator: ", ")
        let many = sceneIssues(#"{"function": "x", "domain": {"x": [0, 1]}, "panels": [{"curves": ["# + thirteen + "]}]}")
        XCTAssertEqual(many.map(\.path), ["$.panels[0].curves"])
    }
}
