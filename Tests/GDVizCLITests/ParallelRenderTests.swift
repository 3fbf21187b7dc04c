import Foundation
import GDVizTestSupport
import XCTest

/// `render` with several scenes runs them in parallel and several formats from one evaluation;
/// what it prints and writes does not depend on which scene finished first.
final class ParallelRenderTests: XCTestCase {
    private func scene(_ k: Int) -> String {
        """
        {"function": "x^2 + \(k)*y^2", "domain": {"x": [-2, 2], "y": [-1, 1]},
         "size": {"width": 200, "height": 150},
         "runs": [{"label": "gd", "start": [1.5, 0.8], "lr": 0.05}],
         "layers": [{"type": "filled_contours", "levels": \(4 + k)}, {"type": "trajectories"}]}
        """
    }

    /// Messages without their timings, e.g. "wrote …/s1.png (200×150".
    private func written(_ stdout: String) -> [String] {
        stdout.split(separator: "\n").map { String($0.prefix { $0 != "," }) }
    }

    func testSeveralFormatsAndScenesInCommandLineOrder() throws {
        let dir = try temporaryFolder()
        let scenes = try (1...5).map { k -> URL in
            let url = dir.appendingPathComponent("s\(k).json")
            try CLI.write(scene(k), to: url)
            return url
        }
        let out = dir.appendingPathComponent("out").path + "/"
        let result = try CLI.run(["render"] + scenes.map(\.path) + ["--format", "png,svg,pdf", "-o", out])
        XCTAssertEqual(result.status, 0, result.stderr)
        let expected = (1...5).flatMap { k in ["png", "svg", "pdf"].map { "wrote \(out)s\(k).\($0) (" } }
        XCTAssertEqual(written(result.stdout).map { String($0.prefix { $0 != "(" }) + "(" }, expected)
        // The same bytes as one scene and one format at a time.
        for k in [1, 4] {
            for format in ["png", "svg", "pdf"] {
                let single = dir.appendingPathComponent("single\(k).\(format)")
                XCTAssertEqual(try CLI.run(["render", scenes[k - 1].path, "-o", single.path]).status, 0)
                XCTAssertEqual(try Data(contentsOf: single),
                               try Data(contentsOf: URL(fileURLWithPath: out + "s\(k).\(format)")), "s\(k).\(format)")
            }
        }
    }

    func testFormatListErrors() throws {
        let dir = try temporaryFolder()
        let url = dir.appendingPathComponent("s.json")
        try CLI.write(scene(1), to: url)
        XCTAssertEqual(try CLI.run(["render", url.path, "--format", "png,svg", "-o", dir.appendingPathComponent("x.png").path]).status, 2)
        XCTAssertEqual(try CLI.run(["render", url.path, "--format", "png,png", "-o", dir.path + "/"]).status, 2)
        XCTAssertEqual(try CLI.run(["render", url.path, "--format", "png,tiff", "-o", dir.path + "/"]).status, 2)
        // gif is a format, but only for animated scenes: a still scene asked for one is a scene error.
        XCTAssertEqual(try CLI.run(["render", url.path, "--format", "png,gif", "-o", dir.path + "/"]).status, 3)
    }

    /// A failing scene among good ones: the good ones are written, the error names the bad one,
    /// exit 3, and the order of messages is still the command line's.
    func testOneFailureAmongParallelScenes() throws {
        let dir = try temporaryFolder()
        let good = dir.appendingPathComponent("a.json"), bad = dir.appendingPathComponent("b.json")
        let last = dir.appendingPathComponent("c.json")
        try CLI.write(scene(1), to: good)
        try CLI.write("{\"function\": \"x^\"}", to: bad)
        try CLI.write(scene(2), to: last)
        let out = dir.appendingPathComponent("out").path + "/"
        let result = try CLI.run(["render", good.path, bad.path, last.path, "-o", out])
        XCTAssertEqual(result.status, 3)
        XCTAssertTrue(result.stderr.contains("b.json"), result.stderr)
        XCTAssertEqual(written(result.stdout).map { String($0.prefix { $0 != " " && $0 != "(" }) }.count, 2)
        XCTAssertTrue(FileManager.default.fileExists(atPath: out + "a.png"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: out + "c.png"))
    }
}
