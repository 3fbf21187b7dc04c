import Foundation
import GDVizTestSupport
import XCTest

/// Issue 14.1: arguments as people type them.
final class ArgumentTests: XCTestCase {
    private static let scene = """
        {"function": "x^2 + 3*y^2", "domain": {"x": [-2, 2], "y": [-1, 1]},
         "size": {"width": 120, "height": 100},
         "runs": [{"label": "gd", "start": [1.5, 0.8], "lr": 0.1}]}
        """

    private func course() throws -> URL {
        let dir = try temporaryFolder()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("Scenes"), withIntermediateDirectories: true)
        for name in ["a", "b"] { try CLI.write(Self.scene, to: dir.appendingPathComponent("Scenes/\(name).json")) }
        return dir
    }

    func testFolderMeansItsScenesAndEachWrittenFileIsOneLine() throws {
        let dir = try course()
        let result = try CLI.run(["render", "Scenes/"], in: dir)
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        guard lines.count == 2 else { return XCTFail("expected two lines: \(result.stdout)") }
        XCTAssertTrue(lines[0].hasPrefix("wrote Renders/a.png (120×100, "), lines[0])
        XCTAssertTrue(lines[0].hasSuffix(" ms)"), lines[0])
        XCTAssertTrue(lines[1].hasPrefix("wrote Renders/b.png"), lines[1])
        let quiet = try CLI.run(["render", "Scenes", "--quiet", "--format", "svg"], in: dir)
        XCTAssertEqual(quiet.status, 0, quiet.stderr)
        XCTAssertEqual(quiet.stdout, "")
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("Renders/b.svg").path))

        let check = try CLI.run(["check", "Scenes", "--record", "missing", "--against", "References"], in: dir)
        XCTAssertEqual(check.status, 1, check.stdout + check.stderr)
        XCTAssertTrue(check.stdout.contains("check: 0 passed, 0 failed, 2 new"), check.stdout)
    }

    func testSeveralScenesIntoOneFileIsAUsageError() throws {
        let dir = try course()
        let result = try CLI.run(["render", "Scenes/a.json", "Scenes/b.json", "-o", "both.png"], in: dir)
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "error: 2 scenes cannot all be written to the file both.png; give a folder instead, e.g. -o both/\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("both.png").path))
    }

    func testTyposGetASuggestionAndUnknownHelpIsAnError() throws {
        let typo = try CLI.run(["rendr", "x.json"])
        XCTAssertEqual(typo.status, 2)
        XCTAssertEqual(typo.stderr, "error: unknown command 'rendr'. Did you mean 'render'?\n")
        let help = try CLI.run(["help", "lsit"])
        XCTAssertEqual(help.status, 2)
        XCTAssertTrue(help.stderr.hasPrefix("error: no help for unknown command 'lsit'"), help.stderr)
        let known = try CLI.run(["help", "render"])
        XCTAssertEqual(known.status, 0)
        XCTAssertTrue(known.stdout.contains("gdviz render"), known.stdout)
        let nothing = try CLI.run(["scene.json"])
        XCTAssertEqual(nothing.status, 2)
        XCTAssertTrue(nothing.stderr.contains("commands: render"), nothing.stderr)
    }

    /// Issue 14.5: completion scripts exist for the three shells and complete scene files
    /// and option values.
    func testCompletionScripts() throws {
        for shell in ["bash", "zsh", "fish"] {
            let result = try CLI.run(["--generate-completion-script", shell])
            XCTAssertEqual(result.status, 0, shell)
            XCTAssertTrue(result.stdout.contains("json"), "\(shell) completes *.json scene files")
            XCTAssertTrue(result.stdout.contains("svg"), "\(shell) completes --format values")
            XCTAssertTrue(result.stdout.contains("dark") && result.stdout.contains("print"), "\(shell) completes --theme values")
        }
    }

    /// --theme replaces the scene's theme for one render.
    func testThemeOptionOverridesTheScene() throws {
        let dir = try course()
        XCTAssertEqual(try CLI.run(["render", "Scenes/a.json", "-o", "light.png", "--quiet"], in: dir).status, 0)
        let dark = try CLI.run(["render", "Scenes/a.json", "-o", "dark.png", "--theme", "dark"], in: dir)
        XCTAssertEqual(dark.status, 0, dark.stderr)
        XCTAssertNotEqual(try Data(contentsOf: dir.appendingPathComponent("light.png")),
                          try Data(contentsOf: dir.appendingPathComponent("dark.png")))
        let wrong = try CLI.run(["render", "Scenes/a.json", "--theme", "sepia"], in: dir)
        XCTAssertEqual(wrong.status, 2)
        XCTAssertTrue(wrong.stderr.contains("light"), wrong.stderr)
    }
}
