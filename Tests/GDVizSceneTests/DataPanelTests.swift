import GDVizEngine
import XCTest
@testable import GDVizScene

/// `{"type": "data"}`: a least-squares scene in data space, against the normal equations.
final class DataPanelTests: XCTestCase {
    /// x = 0…3, y = (1, 3, 2, 5): x̄ = 1.5, ȳ = 2.75, Sxy = 5.5, Sxx = 5, so θ₁ = 1.1 and θ₀ = 1.1.
    private func scene(_ panel: String) -> String {
        #"""
        {"function": {"least_squares": {"x": [0, 1, 2, 3], "y": [1, 3, 2, 5]}},
         "domain": {"x": [-1, 3], "y": [-1, 3]},
         "runs": [{"label": "GD", "start": [0, 0], "lr": 0.05, "max_steps": 5}],
         "panels": [\#(panel)]}
        """#
    }

    func testOptimumRunFitsAndResidualsMatchTheNormalEquations() throws {
        let scene = try XCTUnwrap(parseScene(scene(#"{"type": "data", "residuals": true}"#)))
        let evaluated = SceneEvaluator.evaluate(scene)
        let panel = try XCTUnwrap(evaluated.panels[0] as? DataPanelSpec.Evaluated)
        XCTAssertEqual(panel.data, [Point2(0, 1), Point2(1, 3), Point2(2, 2), Point2(3, 5)])
        XCTAssertEqual(panel.fits.count, 2)
        let optimum = try XCTUnwrap(panel.fits.last)
        XCTAssertNil(optimum.run)
        XCTAssertEqual(optimum.parameters[0], 1.1, accuracy: 1e-6)
        XCTAssertEqual(optimum.parameters[1], 1.1, accuracy: 1e-6)
        // Residual ends on the fitted line 1.1 + 1.1 x.
        XCTAssertEqual(panel.residuals.count, 4)
        for (k, (from, to)) in panel.residuals.enumerated() {
            XCTAssertEqual(from, panel.data[k])
            XCTAssertEqual(to.x, from.x)
            XCTAssertEqual(to.y, 1.1 + 1.1 * from.x, accuracy: 1e-6)
        }
        // The run's line is the model at its last iterate, sampled across x: [0, 3] plus 8 %.
        let run = try XCTUnwrap(panel.fits.first)
        XCTAssertEqual(run.run, 0)
        let last = try XCTUnwrap(evaluated.runs[0].trajectory.last)
        XCTAssertEqual(run.parameters, [last.x, last.y])
        XCTAssertEqual(run.samples.first?.x ?? .nan, -0.24, accuracy: 1e-12)
        XCTAssertEqual(run.samples.last?.x ?? .nan, 3.24, accuracy: 1e-12)
        for p in run.samples { XCTAssertEqual(p.y, last.x + last.y * p.x, accuracy: 1e-12) }
    }

    func testWithoutTheOptimumResidualsAreTheFirstRunsAndRangesAreKept() throws {
        let json = scene(#"{"type": "data", "optimum": false, "residuals": true, "x_range": [0, 4], "y_range": [0, 6]}"#)
        let evaluated = SceneEvaluator.evaluate(try XCTUnwrap(parseScene(json)))
        let panel = try XCTUnwrap(evaluated.panels[0] as? DataPanelSpec.Evaluated)
        XCTAssertEqual(panel.fits.map(\.run), [0])
        let theta = try XCTUnwrap(evaluated.runs[0].trajectory.last)
        XCTAssertEqual(panel.residuals[3].1.y, theta.x + 3 * theta.y, accuracy: 1e-12)
        XCTAssertEqual([panel.domain.xMin, panel.domain.xMax, panel.domain.yMin, panel.domain.yMax], [0, 4, 0, 6])
    }

    func testMistakesAreReportedAtTheirPaths() {
        let notLeastSquares = sceneIssues(#"""
        {"function": "x^2 + y^2", "domain": {"x": [-1, 1], "y": [-1, 1]}, "panels": [{"type": "data"}]}
        """#)
        XCTAssertEqual(notLeastSquares.map(\.path), ["$.panels[0].type"], notLeastSquares.lines.joined(separator: "\n"))
        let issues = sceneIssues(scene(#"{"type": "data", "residuals": "yes", "runs": ["gd"], "x_range": [2, 1]}"#))
        XCTAssertEqual(Set(issues.map(\.path)), ["$.panels[0].residuals", "$.panels[0].runs[0]", "$.panels[0].x_range"],
                       issues.lines.joined(separator: "\n"))
    }
}
