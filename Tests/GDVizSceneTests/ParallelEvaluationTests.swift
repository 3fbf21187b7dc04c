import GDVizEngine
import GDVizTestSupport
import XCTest
@testable import GDVizScene

/// Evaluation spreads independent work over the cores (runs and their seeds, Newton seeds of the
/// stationary-point search, grid rows, contour levels, mesh rows); every number it computes must
/// be the serial computation's, bit for bit.
final class ParallelEvaluationTests: XCTestCase {
    /// Scenes with several panels, runs, seeds or layers that share a grid or a stationary set.
    static let scenes = [
        "monkey-saddle",            // surface + plot panel: one grid, one degenerate stationary search
        "rosenbrock-optimizers",    // four runs; critical points and an iterations panel share the search
        "learning-rate-schedules",  // repeated seeds of stochastic runs (shortened below)
        "gd-many-starts",           // six runs
        "saddle-3d",                // runs lifted onto a surface
        "six-hump-camel-stationary", // 15 stationary points from 576 seeds
    ]

    func testParallelEvaluationEqualsSerialBitForBit() throws {
        for name in Self.scenes {
            let path = Gallery.root.appendingPathComponent("Scenes/\(name).json").path
            var scene = try SceneLoader.load(contentsOf: path)
            // 3 × 20 seeds of 1000 SGD steps take seconds in a debug build; 4 seeds of 100 steps
            // exercise the same scheduling.
            for k in scene.runs.indices where scene.runs[k].repeatCount > 1 {
                scene.runs[k].repeatCount = 4
                scene.runs[k].maxSteps = 100
            }
            let serial = ParallelWork.$serial.withValue(true) { SceneEvaluator.evaluate(scene) }
            let parallel = SceneEvaluator.evaluate(scene)
            let a = BitFingerprint.of(serial), b = BitFingerprint.of(parallel)
            XCTAssertGreaterThan(a.count, 1_000, name)
            XCTAssertEqual(a.count, b.count, name)
            XCTAssertTrue(a == b, "\(name): the parallel evaluation differs from the serial one")
        }
    }

    /// The switch is honoured: the serial evaluation never leaves the calling thread, so the
    /// comparison above compares two different schedules.
    func testSerialSwitchRunsOnTheCallingThread() {
        let caller = pthread_self()
        let threads = ParallelWork.$serial.withValue(true) { ParallelWork.map(64) { _ in pthread_equal(pthread_self(), caller) != 0 } }
        XCTAssertEqual(threads, Array(repeating: true, count: 64))
    }

    /// Evaluating several scenes at once (as `gdviz render` does) nests the loops; the results
    /// stay the serial ones.
    func testNestedEvaluationEqualsSerial() throws {
        let scenes = try ["monkey-saddle", "rosenbrock-optimizers"].map {
            try SceneLoader.load(contentsOf: Gallery.root.appendingPathComponent("Scenes/\($0).json").path)
        }
        let nested = ParallelWork.map(scenes.count) { BitFingerprint.of(SceneEvaluator.evaluate(scenes[$0])) }
        for (scene, fingerprint) in zip(scenes, nested) {
            let serial = ParallelWork.$serial.withValue(true) { BitFingerprint.of(SceneEvaluator.evaluate(scene)) }
            XCTAssertTrue(serial == fingerprint, scene.name)
        }
    }
}
