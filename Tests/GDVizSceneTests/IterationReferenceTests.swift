#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GDVizEngine
import XCTest
@testable import GDVizScene

/// Iterations panels: `"reference"` guides and runs with `"repeat"` (mean and band).
final class IterationReferenceTests: XCTestCase {
    /// GD with η = ½ on f = x²/2 from x₀ = 1: x_k = 2⁻ᵏ and f(x_k) = ½·4⁻ᵏ, exactly.
    private func panel(scale: String, references: String) throws -> IterationsPanelSpec.Evaluated {
        let scene = try XCTUnwrap(parseScene(#"""
        {"function": "x^2/2", "domain": {"x": [-1, 1]},
         "runs": [{"label": "GD", "start": [1], "lr": 0.5, "max_steps": 12, "tolerance": 1e-300}],
         "panels": [{"type": "iterations", "quantity": "value", "scale": "\#(scale)", "reference": \#(references)}]}
        """#))
        return try XCTUnwrap(SceneEvaluator.evaluate(scene).panels[0] as? IterationsPanelSpec.Evaluated)
    }

    /// On log–log axes t starts at 1, so the first point is (1, ½): C/t has C = ½ and slope −1
    /// between any two of its points; C/√t has slope −½.
    func testPowerLawGuidesHaveTheirSlopesOnLogLogAxes() throws {
        let evaluated = try panel(scale: "loglog", references: #"[{"rate": "1/t"}, {"rate": "1/sqrt(t)", "label": "slow"}]"#)
        XCTAssertEqual(evaluated.series[0].points.first, Point2(1, 0.5))
        XCTAssertEqual(evaluated.series[0].points.last, Point2(13, 0.5 * pow(0.25, 12)))
        for (guide, slope) in zip(evaluated.references, [-1.0, -0.5]) {
            let points = guide.points
            XCTAssertEqual(points.first, Point2(1, 0.5))
            XCTAssertEqual(points.last?.x, 13)
            for (p, q) in zip(points, points.dropFirst()) {
                XCTAssertEqual((log(q.y) - log(p.y)) / (log(q.x) - log(p.x)), slope, accuracy: 1e-9)
            }
        }
        XCTAssertEqual(evaluated.references.map(\.label), ["$O(1/t)$", "slow"])
        for p in evaluated.references[0].points { XCTAssertEqual(p.y * p.x, 0.5, accuracy: 1e-15) }
    }

    /// The linear guide C·qᵗ starts at t = 0 on a log axis; with q = ¼ it is the curve itself.
    func testLinearGuideWithTheRunsFactorFollowsTheRun() throws {
        let evaluated = try panel(scale: "log", references: #"[{"rate": "linear", "factor": 0.25, "run": "GD"}]"#)
        let guide = try XCTUnwrap(evaluated.references.first)
        XCTAssertEqual(guide.label, "$O(0.25^t)$")
        XCTAssertEqual(guide.points.first, Point2(0, 0.5))
        for p in guide.points { XCTAssertEqual(p.y, 0.5 * pow(0.25, p.x), accuracy: 1e-15 * max(1, p.y)) }
        // Its samples are evenly spaced in t, from 0 to the last step.
        XCTAssertEqual(guide.points.last?.x, 12)
    }

    func testReferenceMistakesAreReportedAtTheirPaths() {
        let issues = sceneIssues(#"""
        {"function": "x^2", "domain": {"x": [-1, 1]}, "runs": [{"label": "GD", "start": [1]}],
         "panels": [{"type": "iterations", "reference": [
           {"rate": "1/t", "factor": 0.5}, {"rate": "linear"}, {"rate": "linear", "factor": 1.5},
           {"rate": "1/t^2"}, {"rate": "1/t", "run": "SGD"}, {"rate": "1/t", "label": ""}]}]}
        """#)
        XCTAssertEqual(issues.map(\.path), [
            "$.panels[0].reference[0].factor", "$.panels[0].reference[1].factor", "$.panels[0].reference[2].factor",
            "$.panels[0].reference[3].rate", "$.panels[0].reference[4].run", "$.panels[0].reference[5].label",
        ], issues.lines.joined(separator: "\n"))
        let empty = sceneIssues(#"""
        {"function": "x^2", "domain": {"x": [-1, 1]}, "runs": [{"start": [1]}],
         "panels": [{"type": "iterations", "reference": []}]}
        """#)
        XCTAssertEqual(empty.map(\.path), ["$.panels[0].reference"])
    }

    // MARK: Repeated runs

    private func leastSquares(runs: String, panel: String = #"{"type": "iterations", "quantity": "value"}"#) -> String {
        #"""
        {"function": {"least_squares": {"x": [0, 1, 2, 3], "y": [1, 3, 2, 5]}},
         "domain": {"x": [-1, 3], "y": [-1, 3]}, "runs": [\#(runs)], "panels": [\#(panel)]}
        """#
    }

    /// The values of one SGD run with this seed, evaluated on its own.
    private func values(seed: Int) throws -> [Double] {
        let scene = try XCTUnwrap(parseScene(leastSquares(
            runs: #"{"optimizer": "sgd", "seed": \#(seed), "start": [0, 0], "lr": 0.05, "max_steps": 40}"#)))
        return SceneEvaluator.evaluate(scene).runs[0].trajectory.values
    }

    func testRepeatDrawsTheMeanOverSeedsWithMinMaxOrStandardDeviationBands() throws {
        let seeds = try (7...9).map(values)
        XCTAssertNotEqual(seeds[0], seeds[1])
        for band in ["minmax", "std"] {
            let scene = try XCTUnwrap(parseScene(leastSquares(
                runs: #"{"optimizer": "sgd", "seed": 7, "repeat": 3, "start": [0, 0], "lr": 0.05, "max_steps": 40}"#,
                panel: #"{"type": "iterations", "quantity": "value", "scale": "linear", "band": "\#(band)"}"#)))
            let evaluated = SceneEvaluator.evaluate(scene)
            XCTAssertEqual(evaluated.runs[0].repeats.count, 2)
            XCTAssertEqual(evaluated.runs[0].trajectory.values, seeds[0])
            let series = try XCTUnwrap((evaluated.panels[0] as? IterationsPanelSpec.Evaluated)?.series.first)
            XCTAssertEqual(series.points.count, 41)
            for (k, p) in series.points.enumerated() {
                let column = seeds.map { $0[k] }
                let mean = column.reduce(0, +) / 3
                XCTAssertEqual(p.x, Double(k))
                XCTAssertEqual(p.y, mean, accuracy: 1e-12 * max(1, mean))
                if band == "minmax" {
                    XCTAssertEqual(series.lower[k], column.min()!)
                    XCTAssertEqual(series.upper[k], column.max()!)
                } else {
                    let sigma = (column.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 3).squareRoot()
                    XCTAssertEqual(series.lower[k], mean - sigma, accuracy: 1e-12 * max(1, mean))
                    XCTAssertEqual(series.upper[k], mean + sigma, accuracy: 1e-12 * max(1, mean))
                }
            }
        }
    }

    func testRepeatMistakesAndItsBudget() {
        let deterministic = sceneIssues(leastSquares(runs: #"{"start": [0, 0], "repeat": 5}"#))
        XCTAssertEqual(deterministic.map(\.path), ["$.runs[0].repeat"], deterministic.lines.joined(separator: "\n"))
        XCTAssertTrue(deterministic[0].message.contains("deterministic"), deterministic[0].message)
        let tooMany = sceneIssues(leastSquares(runs: #"{"optimizer": "sgd", "start": [0, 0], "repeat": 101}"#))
        XCTAssertEqual(tooMany.map(\.path), ["$.runs[0].repeat"])
        let fractional = sceneIssues(leastSquares(runs: #"{"optimizer": "sgd", "start": [0, 0], "repeat": 2.5}"#))
        XCTAssertEqual(fractional.map(\.path), ["$.runs[0].repeat"])
        // 100 seeds × 20 000 steps is 2·10⁶ steps, over the 10⁶ budget: charged to max_steps.
        let heavy = sceneIssues(leastSquares(runs: #"{"optimizer": "sgd", "start": [0, 0], "repeat": 100, "max_steps": 20000}"#))
        XCTAssertEqual(heavy.map(\.path), ["$.runs[0].max_steps"], heavy.lines.joined(separator: "\n"))
    }
}
