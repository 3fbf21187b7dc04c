import Foundation
import GDVizTestSupport
import XCTest

/// `gdviz describe`: the figure's text alternative on standard output; errors as for render.
final class DescribeCommandTests: XCTestCase {
    func testPrintsTitleThenOneSentenceALine() throws {
        let scene = CLI.packageRoot.appendingPathComponent("Scenes/gd-quadratic.json").path
        let result = try CLI.run(["describe", scene])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 3)
        XCTAssertTrue(lines[0].hasPrefix("Gradient descent on f("), lines[0])
        XCTAssertTrue(lines[1].hasPrefix("Plot of f(x, y) = 0.5*(2*x^2"), lines[1])
        XCTAssertEqual(lines[2], #"Run "gradient descent, \gamma = 0.085": gd, step size 0.085, from (-3.0, -1.0), "#
                       + "52 steps to (2.487, 0.026), f = -6.256, stopped: converged (gradient below the tolerance).")
        XCTAssertEqual(try CLI.run(["describe", scene]).stdout, result.stdout, "deterministic")
    }

    func testBadSceneIsAnErrorWithItsPath() throws {
        let dir = try temporaryFolder()
        let scene = dir.appendingPathComponent("bad.json")
        try CLI.write(#"{"function": "x^2", "domain": {"x": [-1, 1]}, "text": "outlines", "font_size": "10 pt"}"#, to: scene)
        let result = try CLI.run(["describe", scene.path])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains(#"$.text: expected one of "glyphs", "paths"; got "outlines""#), result.stderr)
        XCTAssertTrue(result.stderr.contains(#"$.font_size: expected a length such as "10pt""#), result.stderr)
        XCTAssertTrue(result.stdout.isEmpty)
    }
}
