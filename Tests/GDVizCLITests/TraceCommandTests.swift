import Foundation
import GDVizScene
import GDVizTestSupport
import XCTest

/// `gdviz trace`: the JSON contract of the engine's results.
final class TraceCommandTests: XCTestCase {
    private func trace(_ sceneText: String) throws -> [String: Any] {
        let dir = try temporaryFolder()
        let scene = dir.appendingPathComponent("t.json")
        try CLI.write(sceneText, to: scene)
        let result = try CLI.run(["trace", scene.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try XCTUnwrap(object as? [String: Any])
    }

    /// Every run has one value and gradient norm per point and one step size per step.
    private func checkContract(_ json: [String: Any], file: String) throws {
        let dimension = try XCTUnwrap(json["dimension"] as? Int, file)
        XCTAssertTrue([1, 2].contains(dimension), file)
        for key in ["runs", "critical_points", "taylor"] {
            XCTAssertNotNil(json[key] as? [Any], "\(file): \(key)")
        }
        XCTAssertTrue(json.keys.contains("graph"), file)
        for case let run as [String: Any] in json["runs"] as? [Any] ?? [] {
            let points = try XCTUnwrap(run["points"] as? [[Double]], file)
            XCTAssertFalse(points.isEmpty, file)
            XCTAssertTrue(points.allSatisfy { $0.count == dimension }, file)
            XCTAssertEqual((run["values"] as? [Any])?.count, points.count, file)
            XCTAssertEqual((run["gradient_norms"] as? [Any])?.count, points.count, file)
            XCTAssertEqual((run["step_sizes"] as? [Any])?.count, points.count - 1, file)
            XCTAssertTrue(["converged", "max_steps", "diverged", "singular_hessian"].contains(run["stop"] as? String ?? ""), file)
            XCTAssertNotNil(run["label"] as? String, file)
            XCTAssertNotNil(run["optimizer"] as? String, file)
        }
    }

    /// Every gallery scene's trace follows the contract. The traces are made in-process from the
    /// run's shared evaluations by `SceneTrace.json`, which is all `gdviz trace` does after
    /// loading; the command itself is run on the scene with the longest trace (so its output is
    /// streamed in several chunks) and must print exactly those bytes.
    func testTraceOfEveryBundledSceneFollowsTheContract() throws {
        let gallery = Gallery.shared
        let entries = try gallery.load()
        XCTAssertFalse(entries.isEmpty)
        var traces: [(file: String, bytes: [UInt8])] = []
        for entry in entries {
            var bytes: [UInt8] = []
            SceneTrace.json(for: try gallery.evaluated(entry)).stream { bytes += $0 }
            traces.append((entry.file, bytes))
            let object = try JSONSerialization.jsonObject(with: Data(bytes))
            try checkContract(try XCTUnwrap(object as? [String: Any], entry.file), file: entry.file)
        }
        let longest = try XCTUnwrap(traces.max { $0.bytes.count < $1.bytes.count })
        XCTAssertGreaterThan(longest.bytes.count, 1 << 16, "the longest trace is streamed in more than one chunk")
        let result = try CLI.run(["trace", longest.file])
        XCTAssertEqual(result.status, 0, "\(longest.file): \(result.stderr)")
        XCTAssertTrue(Array(result.stdout.utf8) == longest.bytes + [UInt8(ascii: "\n")], "\(longest.file): gdviz trace prints the library's trace")
    }

    func testRunIteratesHaveFullPrecision() throws {
        let json = try trace("""
            {"function": "0.5*(2*x^2 + 2*x*y + 20*y^2) - 5*x - 3*y", "domain": {"x": [-4, 4], "y": [-2, 2]},
             "runs": [{"label": "gd", "start": [-3, -1], "lr": 0.085, "max_steps": 3}]}
            """)
        try checkContract(json, file: "inline")
        let run = try XCTUnwrap((json["runs"] as? [[String: Any]])?.first)
        let points = try XCTUnwrap(run["points"] as? [[Double]])
        // Independent closed form x ← x − η(Ax − b). AD evaluates the gradient in another order, so the
        // last bits may differ; 1e-14 relative is far tighter than any shortened number format (a
        // 6- or 10-digit print would fail it), which is what "full precision" must guarantee.
        var x = [-3.0, -1.0]
        for t in 0...3 {
            XCTAssertEqual(points[t][0], x[0], accuracy: 1e-14 * abs(x[0]), "step \(t)")
            XCTAssertEqual(points[t][1], x[1], accuracy: 1e-14 * abs(x[1]), "step \(t)")
            let g = [2 * x[0] + x[1] - 5, x[0] + 20 * x[1] - 3]
            x = [x[0] - 0.085 * g[0], x[1] - 0.085 * g[1]]
        }
        XCTAssertEqual(run["stop"] as? String, "max_steps")
    }

    func testSeedTaylorExampleAndCriticalPointsAppearWhenAsked() throws {
        let json = try trace("""
            {"function": "x^2 + 2*x*y + y^3", "domain": {"x": [-1, 3], "y": [-1, 4]},
             "layers": [{"type": "taylor", "at": [1, 2], "orders": [3]}, {"type": "critical_points"}]}
            """)
        let taylor = try XCTUnwrap((json["taylor"] as? [[String: Any]])?.first)
        XCTAssertEqual(taylor["order"] as? Int, 3)
        XCTAssertEqual(taylor["at"] as? [Double], [1, 2])
        var coefficients: [[Int]: Double] = [:]
        for case let term as [String: Any] in taylor["terms"] as? [Any] ?? [] {
            coefficients[try XCTUnwrap(term["powers"] as? [Int])] = term["coefficient"] as? Double
        }
        // 13 + 6(x−1) + 14(y−2) + (x−1)² + 2(x−1)(y−2) + 6(y−2)² + (y−2)³, from the lecture notes.
        let expected: [[Int]: Double] = [[0, 0]: 13, [1, 0]: 6, [0, 1]: 14, [2, 0]: 1, [1, 1]: 2, [0, 2]: 6,
                                         [3, 0]: 0, [2, 1]: 0, [1, 2]: 0, [0, 3]: 1]
        for (powers, c) in expected {
            XCTAssertEqual(coefficients[powers] ?? .nan, c, accuracy: 1e-12, "\(powers)")
        }
        // ∇f = (2x + 2y, 2x + 3y²) = 0 → y = −x, 2x + 3x² = 0: (0, 0) and (−2/3, 2/3).
        let points = try XCTUnwrap(json["critical_points"] as? [[String: Any]])
        XCTAssertEqual(points.count, 2)
        let kinds = Set(points.compactMap { $0["kind"] as? String })
        XCTAssertEqual(kinds, ["saddle", "minimum"])
    }

    func testGraphOfTheSeedsReverseModeExample() throws {
        let json = try trace("""
            {"function": "sqrt(x^2 + exp(x^2)) + cos(x^2 + exp(x^2))", "domain": {"x": [-2, 2]},
             "layers": [{"type": "curve"}, {"type": "graph", "at": [0.5]}]}
            """)
        let graph = try XCTUnwrap(json["graph"] as? [String: Any])
        let nodes = try XCTUnwrap(graph["nodes"] as? [[String: Any]])
        XCTAssertEqual(nodes.last?["adjoint"] as? Double, 1)
        // x² and exp(x²) are shared, so each appears once.
        XCTAssertEqual(nodes.filter { ($0["operation"] as? String) == "exp" }.count, 1)
        let x = 0.5, u = x * x + exp(x * x)
        let derivative = (1 / (2 * u.squareRoot()) - sin(u)) * (2 * x + 2 * x * exp(x * x))
        let input = try XCTUnwrap(nodes.first { ($0["inputs"] as? [Int])?.isEmpty == true && ($0["operation"] as? String) != "const" })
        XCTAssertEqual(input["adjoint"] as? Double ?? .nan, derivative, accuracy: 1e-12 * abs(derivative))
    }

    func testBrokenSceneFailsWithPath() throws {
        let dir = try temporaryFolder()
        let scene = dir.appendingPathComponent("bad.json")
        try CLI.write(#"{"function": "x^2", "domain": {"x": [0, 1]}, "layers": [{"type": "taylor", "at": [0]}]}"#, to: scene)
        let result = try CLI.run(["trace", scene.path])
        XCTAssertEqual(result.status, 3)
        XCTAssertTrue(result.stderr.contains("$.layers[0].orders"), result.stderr)
    }
}
