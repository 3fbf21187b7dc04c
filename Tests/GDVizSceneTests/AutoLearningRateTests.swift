import GDVizEngine
import XCTest
@testable import GDVizScene

/// `"lr": "auto"` (η = 1/L) and the default of gd that uses it.
final class AutoLearningRateTests: XCTestCase {
    private func evaluate(_ runs: String, function: String = "x^2 + 10*y^2") throws -> EvaluatedScene {
        let scene = try SceneLoader.parse(
            #"{"function": "\#(function)", "domain": {"x": [-4, 4], "y": [-2, 2]}, "runs": [\#(runs)]}"#, file: "t.json")
        return SceneEvaluator.evaluate(scene)
    }

    /// The docs' first example: with the default, GD on x² + 10y² (L = 20) takes η = 1/20 and
    /// converges, where the old default 0.1 = 2/L bounced between y = ±1 forever.
    func testDefaultIsOneOverL() throws {
        let run = try evaluate(#"{"start": [-3, -1], "max_steps": 400}"#).runs[0]
        XCTAssertTrue(run.spec.autoLearningRate)
        XCTAssertEqual(run.spec.curvatureBound ?? 0, 20, accuracy: 1e-12)
        XCTAssertEqual(run.spec.learningRate, 0.05, accuracy: 1e-15)
        XCTAssertLessThan(run.trajectory.points.last!.norm, 1e-6)
        let bouncing = try evaluate(#"{"start": [-3, -1], "lr": 0.1, "max_steps": 400}"#).runs[0]
        XCTAssertEqual(abs(bouncing.trajectory.points.last!.y), 1, accuracy: 1e-12)
    }

    func testTraceReportsL() throws {
        let text = SceneTrace.json(for: try evaluate(#"{"start": [-3, -1], "lr": "auto"}"#)).text
        XCTAssertTrue(text.contains(#""lr":0.05,"lr_auto":{"L":20,"rule":"1/L"}"#), text)
    }

    /// A concave f has no positive curvature: the fixed default 0.1 remains.
    func testConcaveFallsBack() throws {
        let run = try evaluate(#"{"start": [1, 1], "max_steps": 3}"#, function: "-(x^2 + y^2)").runs[0]
        XCTAssertEqual(run.spec.learningRate, 0.1)
    }

    func testAutoIsRefusedWhereItMeansNothing() {
        XCTAssertThrowsError(try evaluate(#"{"optimizer": "newton", "start": [1, 1], "lr": "auto"}"#)) { error in
            XCTAssertTrue("\(error)".contains(#"$.runs[0].lr: "lr": "auto" (1/L) applies to"#), "\(error)")
        }
    }
}
