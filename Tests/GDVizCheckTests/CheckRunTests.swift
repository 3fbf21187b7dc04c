import Foundation
import GDVizTestSupport
import XCTest
@testable import GDVizCheck
import GDVizRender

/// The check loop as a library: no binary is launched.
final class CheckRunTests: XCTestCase {
    private static let goodScene = """
        {"function": "x^2 + 3*y^2", "domain": {"x": [-2, 2], "y": [-1, 1]},
         "size": {"width": 160, "height": 120},
         "runs": [{"label": "gd", "start": [1.5, 0.8], "lr": 0.1}]}
        """

    private func run(_ scenes: [URL], in dir: URL, record: RecordMode = .never) -> CheckOutcome {
        CheckRun(scenes: scenes.map(\.path), against: dir.appendingPathComponent("Renders").path,
                 output: dir.appendingPathComponent("out").path, options: ComparisonOptions(), record: record).run()
    }

    private func write(_ text: String, _ name: String, in dir: URL) throws -> URL {
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    private func reports(in dir: URL) -> [String] {
        ["report.json", "report.html", "junit.xml"].filter {
            FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/\($0)").path)
        }
    }

    func testRecordThenPass() throws {
        let dir = try temporaryFolder()
        let good = try write(Self.goodScene, "good.json", in: dir)
        let missing = run([good], in: dir)
        XCTAssertEqual(missing.results.map(\.status), [.missing])
        XCTAssertEqual(missing.lines.last, "check: 0 passed, 1 failed")

        let recorded = run([good], in: dir, record: .missing)
        XCTAssertEqual(recorded.results.map(\.status), [.new])
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("Renders/good.png").path))

        let passed = run([good], in: dir)
        XCTAssertEqual(passed.results.map(\.status), [.passed])
        XCTAssertEqual(passed.lines, ["✓ good", "check: 1 passed, 0 failed"])
        XCTAssertEqual(reports(in: dir).count, 3)
    }

    /// Issue 9.6: scenes that cannot be read or rendered are one `!` line each; the good
    /// scene is still compared and all three reports are written.
    func testUnrenderableScenesAreIsolated() throws {
        let dir = try temporaryFolder()
        let good = try write(Self.goodScene, "good.json", in: dir)
        XCTAssertEqual(run([good], in: dir, record: .missing).results.map(\.status), [.new])

        let invalid = try write("{\"function\": \"x^\", \"domain\": 3}", "invalid.json", in: dir)
        let syntax = try write("{\"function\": ", "syntax.json", in: dir)
        let folderScene = dir.appendingPathComponent("folder.json")
        try FileManager.default.createDirectory(at: folderScene, withIntermediateDirectories: true)
        let absent = dir.appendingPathComponent("absent.json")
        let outcome = run([invalid, good, syntax, folderScene, absent], in: dir)

        XCTAssertEqual(outcome.results.map(\.scene), ["invalid", "good", "syntax", "folder", "absent"])
        XCTAssertEqual(outcome.results.map(\.status), [.error, .passed, .error, .error, .error])
        XCTAssertEqual(outcome.lines.count, 6, outcome.lines.joined(separator: "\n"))
        for line in outcome.lines.dropLast() { XCTAssertFalse(line.contains("\n"), line) }
        XCTAssertTrue(outcome.lines[0].hasPrefix("! invalid: "), outcome.lines[0])
        XCTAssertTrue(outcome.lines[0].contains("more line"), "several problems point to the report: \(outcome.lines[0])")
        XCTAssertTrue(outcome.lines[3].contains("a folder, not a regular file"), outcome.lines[3])
        XCTAssertEqual(outcome.lines[1], "✓ good")
        XCTAssertEqual(outcome.lines.last, "check: 1 passed, 0 failed, 4 errors")
        XCTAssertEqual(outcome.reportProblems, [])
        XCTAssertEqual(reports(in: dir).count, 3)

        let junit = try String(contentsOf: dir.appendingPathComponent("out/junit.xml"), encoding: .utf8)
        XCTAssertTrue(junit.contains("tests=\"5\" failures=\"0\" errors=\"4\""), junit)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("out/report.json")))
        let summary = try XCTUnwrap((json as? [String: Any])?["summary"] as? [String: Int])
        XCTAssertEqual(summary["errors"], 4)
        XCTAssertEqual(summary["passed"], 1)
        let scenes = try XCTUnwrap((json as? [String: Any])?["scenes"] as? [[String: Any]])
        let invalidEntry = try XCTUnwrap(scenes.first { $0["scene"] as? String == "invalid" })
        XCTAssertTrue((invalidEntry["message"] as? String ?? "").contains("$.domain"), "the report keeps every problem")
    }

    /// Scene names that would be the output folder, its parent or a report never remove or
    /// replace them.
    func testHostileSceneNamesStayInsideTheirArtefactFolders() throws {
        let dir = try temporaryFolder()
        let dots = try write(Self.goodScene, "...json", in: dir)           // scene name ".."
        let report = try write(Self.goodScene, "report.html.json", in: dir) // scene name "report.html"
        let outcome = run([dots, report], in: dir)
        XCTAssertEqual(outcome.results.map(\.status), [.missing, .missing])
        XCTAssertEqual(outcome.reportProblems, [])
        XCTAssertEqual(reports(in: dir).count, 3)
        XCTAssertTrue(FileManager.default.fileExists(atPath: dots.path), "the scene next to the output folder survives")
        XCTAssertEqual(CheckReportWriter.artefactFolder(".."), "scene-..")
        XCTAssertEqual(CheckReportWriter.artefactFolder("report.html"), "scene-report.html")
        XCTAssertEqual(CheckReportWriter.artefactFolder("gd"), "gd")
    }

    func testDuplicateSceneNamesAreOneErrorEach() throws {
        let dir = try temporaryFolder()
        let a = try write(Self.goodScene, "gd.json", in: dir)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("b"), withIntermediateDirectories: true)
        let b = try write(Self.goodScene, "b/gd.json", in: dir)
        let outcome = run([a, b], in: dir, record: .missing)
        XCTAssertEqual(outcome.results.map(\.status), [.new, .error])
        XCTAssertTrue(outcome.lines[1].contains("also used by"), outcome.lines[1])
    }
}
