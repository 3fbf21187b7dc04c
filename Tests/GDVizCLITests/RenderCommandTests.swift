import Foundation
import GDVizTestSupport
import XCTest

final class RenderCommandTests: XCTestCase {
    private let goodScene = """
        {"function": "x^2 + 3*y^2", "domain": {"x": [-2, 2], "y": [-1, 1]},
         "size": {"width": 320, "height": 240},
         "runs": [{"label": "gd", "start": [1.5, 0.8], "lr": 0.1}]}
        """

    func testBrokenSceneReportsPathFailsAndWritesNothing() throws {
        let dir = try temporaryFolder()
        let scene = dir.appendingPathComponent("gd.json")
        try CLI.write("""
            {"function": "x^2 + y^2", "domain": {"x": [-1, 1], "y": [-1, 1]},
             "runs": [{"start": [0.5, 0.5]}, {"start": [0.5, 0.5], "lr": "fast", "label": "b"}]}
            """, to: scene)
        let out = dir.appendingPathComponent("gd.png")
        let result = try CLI.run(["render", scene.path, "-o", out.path])
        XCTAssertEqual(result.status, 3)
        XCTAssertTrue(result.stderr.contains("$.runs[1].lr"), result.stderr)
        XCTAssertTrue(result.stderr.contains("\"fast\""), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
    }

    func testEveryProblemIsReportedOnItsOwnLine() throws {
        let dir = try temporaryFolder()
        let scene = dir.appendingPathComponent("many.json")
        try CLI.write("""
            {"function": "x^2 +", "domain": {"x": [1, -1]}, "runz": []}
            """, to: scene)
        let result = try CLI.run(["render", scene.path, "-o", dir.appendingPathComponent("m.png").path])
        XCTAssertEqual(result.status, 3)
        for needle in ["$.function", "$.domain", "runz"] {
            XCTAssertTrue(result.stderr.contains(needle), "missing \(needle) in:\n\(result.stderr)")
        }
    }

    func testFailedRenderKeepsThePreviousOutput() throws {
        let dir = try temporaryFolder()
        let good = dir.appendingPathComponent("good.json"), bad = dir.appendingPathComponent("bad.json")
        try CLI.write(goodScene, to: good)
        try CLI.write("{\"function\": \"x^\"}", to: bad)
        let out = dir.appendingPathComponent("figure.png")
        XCTAssertEqual(try CLI.run(["render", good.path, "-o", out.path]).status, 0)
        let before = try Data(contentsOf: out)
        XCTAssertEqual(try CLI.run(["render", bad.path, "-o", out.path]).status, 3)
        XCTAssertEqual(try Data(contentsOf: out), before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".") }
        XCTAssertEqual(leftovers, [], "temporary files left behind")
    }

    func testFormatFollowsExtensionAndFlag() throws {
        let dir = try temporaryFolder()
        let scene = dir.appendingPathComponent("s.json")
        try CLI.write(goodScene, to: scene)
        let svg = dir.appendingPathComponent("s.svg")
        XCTAssertEqual(try CLI.run(["render", scene.path, "-o", svg.path]).status, 0)
        XCTAssertTrue(String(decoding: try Data(contentsOf: svg), as: UTF8.self).contains("<svg"))
        XCTAssertEqual(try CLI.run(["render", scene.path, "--format", "pdf", "-o", dir.path]).status, 0)
        let pdf = try Data(contentsOf: dir.appendingPathComponent("s.pdf"))
        XCTAssertEqual(String(decoding: pdf.prefix(5), as: UTF8.self), "%PDF-")
    }

    func testDefaultOutputIsRendersFolderNamedAfterTheScene() throws {
        let dir = try temporaryFolder()
        try CLI.write(goodScene, to: dir.appendingPathComponent("bowl.json"))
        let result = try CLI.run(["render", "bowl.json"], in: dir)
        XCTAssertEqual(result.status, 0, result.stderr)
        let png = try Data(contentsOf: dir.appendingPathComponent("Renders/bowl.png"))
        XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
    }

    func testUsageErrorsExitWithTwo() throws {
        let dir = try temporaryFolder()
        let scene = dir.appendingPathComponent("s.json")
        try CLI.write(goodScene, to: scene)
        XCTAssertEqual(try CLI.run(["render", scene.path, "--format", "gif"]).status, 2)
        XCTAssertEqual(try CLI.run(["render", scene.path, "--format", "svg", "-o", dir.appendingPathComponent("x.png").path]).status, 2)
        XCTAssertEqual(try CLI.run(["render"]).status, 2)
        XCTAssertEqual(try CLI.run(["frobnicate"]).status, 2)
    }

    func testMissingSceneFileIsAFailureNotACrash() throws {
        let result = try CLI.run(["render", "/nonexistent/scene.json", "-o", "/tmp/never.png"])
        XCTAssertEqual(result.status, 3)
        XCTAssertTrue(result.stderr.contains("scene.json"), result.stderr)
    }

    func testHelpShowsAnExample() throws {
        let result = try CLI.run(["render", "--help"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("gdviz render Scenes/gd-quadratic.json"), result.stdout)
    }

    func testSameSceneGivesSameBytes() throws {
        let dir = try temporaryFolder()
        let scene = dir.appendingPathComponent("s.json")
        try CLI.write(goodScene, to: scene)
        for format in ["png", "svg"] {
            let a = dir.appendingPathComponent("a.\(format)"), b = dir.appendingPathComponent("b.\(format)")
            XCTAssertEqual(try CLI.run(["render", scene.path, "-o", a.path]).status, 0)
            XCTAssertEqual(try CLI.run(["render", scene.path, "-o", b.path]).status, 0)
            XCTAssertEqual(try Data(contentsOf: a), try Data(contentsOf: b), format)
        }
    }
}
