import GDVizEngine
import XCTest
@testable import GDVizScene

/// Run keys that configure the optimizers: accepted only where they apply, with the table's defaults.
final class OptimizerSettingsTests: XCTestCase {
    private func load(_ runs: String) throws -> Scene {
        try SceneLoader.parse(#"{"function": "x^2 + 4*y^2", "domain": {"x": [-2, 2], "y": [-2, 2]}, "runs": [\#(runs)]}"#,
                              file: "t.json")
    }

    private func issues(_ runs: String) -> [String] {
        do {
            _ = try load(runs)
            return []
        } catch let error as SceneValidationError {
            return error.issues.map { "\($0.path): \($0.message)" }
        } catch {
            return ["unexpected \(error)"]
        }
    }

    func testEveryOptimizerNameIsAccepted() throws {
        for kind in OptimizerMethod.allCases where !kind.isStochastic {
            let scene = try load(#"{"optimizer": "\#(kind.rawValue)", "start": [1, 1]}"#)
            XCTAssertEqual(scene.runs[0].optimizer, kind)
            XCTAssertNotNil(OptimizerMethod(rawValue: kind.rawValue), "scene and engine spell \(kind) alike")
        }
    }

    func testDefaultsFollowTheDocumentedChoices() throws {
        let scene = try load(#"{"optimizer": "adam", "start": [1, 1]}, {"optimizer": "momentum", "start": [1, 1]}, {"optimizer": "newton", "start": [1, 1]}"#)
        XCTAssertEqual(scene.runs[0].learningRate, 0.1, "lecture-scale default, docs/optimizers.md")
        XCTAssertEqual(scene.runs[0].settings.beta1, 0.9)
        XCTAssertEqual(scene.runs[0].settings.beta2, 0.999)
        XCTAssertEqual(scene.runs[1].settings.momentum, 0.9)
        XCTAssertEqual(scene.runs[2].learningRate, 1)
    }

    func testSettingsAreReadAndReachTheEngine() throws {
        let scene = try load(#"{"optimizer": "momentum", "start": [1, 1], "lr": 0.05, "momentum": 0.5, "max_steps": 3}"#)
        XCTAssertEqual(scene.runs[0].settings.momentum, 0.5)
        let trajectory = SceneEvaluator.evaluate(scene).runs[0].trajectory
        // Heavy ball by hand on ∇f = (2x, 8y): b ← μb + g, x ← x − ηb.
        var x = [1.0, 1.0], b = [0.0, 0.0]
        for t in 0..<3 {
            let g = [2 * x[0], 8 * x[1]]
            b = t == 0 ? g : [0.5 * b[0] + g[0], 0.5 * b[1] + g[1]]
            x = [x[0] - 0.05 * b[0], x[1] - 0.05 * b[1]]
            XCTAssertEqual(trajectory.points[t + 1].x, x[0], accuracy: 1e-15)
            XCTAssertEqual(trajectory.points[t + 1].y, x[1], accuracy: 1e-15)
        }
    }

    func testScheduleIsReadAndApplied() throws {
        let scene = try load(#"{"start": [1, 1], "lr": 0.1, "max_steps": 4, "schedule": {"type": "step", "every": 2, "factor": 0.5}}"#)
        let steps = SceneEvaluator.evaluate(scene).runs[0].trajectory.stepSizes
        XCTAssertEqual(steps, [0.1, 0.1, 0.05, 0.05])
    }

    func testSettingsOfOtherOptimizersAreErrors() {
        XCTAssertEqual(issues(#"{"start": [1, 1], "beta1": 0.8}"#), [
            #"$.runs[0].beta1: "beta1" does not apply to "gd"; it is a setting of "adam""#,
        ])
        XCTAssertEqual(issues(#"{"optimizer": "adam", "start": [1, 1], "beta2": 1.5}"#), [
            "$.runs[0].beta2: expected a number in [0, 1), got 1.5",
        ])
    }

    func testScheduleErrorsHavePaths() {
        XCTAssertEqual(issues(#"{"start": [1, 1], "schedule": {"type": "exponentail", "gamma": 0.9}}"#), [
            #"$.runs[0].schedule.type: expected one of "constant", "step", "inverse_time", "exponential", "inverse_sqrt"; got "exponentail"; did you mean "exponential"?"#,
        ])
        XCTAssertEqual(issues(#"{"start": [1, 1], "schedule": {"type": "step", "every": 10}}"#), [
            "$.runs[0].schedule.factor: missing; expected a number",
        ])
    }
}
