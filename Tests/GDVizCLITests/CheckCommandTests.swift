import Foundation
import GDVizTestSupport
import XCTest

final class CheckCommandTests: XCTestCase {
    /// A course folder with Scenes/gd.json (and nothing recorded yet).
    private func course(lr: Double = 0.1) throws -> URL {
        let dir = try temporaryFolder()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("Scenes"), withIntermediateDirectories: true)
        try CLI.write(DiffCommandTests.scene(lr: lr), to: dir.appendingPathComponent("Scenes/gd.json"))
        return dir
    }

    private func check(_ arguments: [String] = [], in dir: URL, environment: [String: String]? = nil) throws -> CLIResult {
        try CLI.run(["check"] + arguments, in: dir, environment: environment)
    }

    private func exists(_ dir: URL, _ path: String) -> Bool {
        FileManager.default.fileExists(atPath: dir.appendingPathComponent(path).path)
    }

    func testRecordMissingThenCheckPasses() throws {
        let dir = try course()
        let missing = try check(in: dir)
        XCTAssertEqual(missing.status, 1, "a missing reference fails under --record never")
        XCTAssertTrue(missing.stdout.contains("✗ gd: no reference"), missing.stdout)
        XCTAssertFalse(exists(dir, "Renders/gd.png"), "never mode writes no reference")

        let recorded = try check(["--record", "missing"], in: dir)
        XCTAssertEqual(recorded.status, 1, "new references are reported and fail the run")
        XCTAssertTrue(recorded.stdout.contains("+ gd"), recorded.stdout)
        XCTAssertTrue(recorded.stdout.contains("check: 0 passed, 0 failed, 1 new"), recorded.stdout)
        XCTAssertTrue(exists(dir, "Renders/gd.png"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("Renders").path)
        XCTAssertEqual(leftovers, ["gd.png"], "atomic write leaves no temporary file")

        let passed = try check(in: dir)
        XCTAssertEqual(passed.status, 0, passed.stdout + passed.stderr)
        XCTAssertTrue(passed.stdout.contains("✓ gd"), passed.stdout)
        XCTAssertTrue(passed.stdout.contains("check: 1 passed, 0 failed"), passed.stdout)
        XCTAssertTrue(exists(dir, ".gdviz/check/report.html"))
    }

    func testChangedSceneFailsWithArtefactsAndReports() throws {
        let dir = try course()
        XCTAssertEqual(try check(["--record", "missing"], in: dir).status, 1)
        try CLI.write(DiffCommandTests.scene(lr: 0.12), to: dir.appendingPathComponent("Scenes/gd.json"))
        let result = try check(in: dir)
        XCTAssertEqual(result.status, 1, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("✗ gd:"), result.stdout)
        XCTAssertTrue(result.stdout.contains("check: 0 passed, 1 failed"), result.stdout)
        for file in ["actual.png", "expected.png", "diff.png", "compare.png"] {
            XCTAssertTrue(exists(dir, ".gdviz/check/gd/\(file)"), file)
        }
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent(".gdviz/check/report.json")))
        let scenes = try XCTUnwrap((json as? [String: Any])?["scenes"] as? [[String: Any]])
        let gd = try XCTUnwrap(scenes.first)
        XCTAssertEqual(gd["scene"] as? String, "gd")
        XCTAssertEqual(gd["status"] as? String, "failed")
        XCTAssertEqual(gd["width"] as? Int, 320)
        XCTAssertGreaterThan(gd["changed_pixels"] as? Int ?? 0, 0)
        for key in ["diff_pixels", "aa_pixels", "max_channel_delta", "rms", "bboxes"] { XCTAssertNotNil(gd[key], key) }
        let paths = try XCTUnwrap(gd["paths"] as? [String: String])
        XCTAssertEqual(paths["diff"], "gd/diff.png")
        XCTAssertEqual(paths["reference"], "../../Renders/gd.png")
        let junit = try String(contentsOf: dir.appendingPathComponent(".gdviz/check/junit.xml"), encoding: .utf8)
        XCTAssertTrue(junit.contains("<failure type=\"image-diff\""), junit)
        let html = try String(contentsOf: dir.appendingPathComponent(".gdviz/check/report.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("src=\"gd/compare.png\""), html)
        XCTAssertFalse(html.contains("http://") || html.contains("https://"), "the report is self-contained")

        // --record failed rewrites the reference; the next run passes.
        let rewritten = try check(["--record", "failed"], in: dir)
        XCTAssertEqual(rewritten.status, 1)
        XCTAssertTrue(rewritten.stdout.contains("1 recorded"), rewritten.stdout)
        XCTAssertEqual(try check(in: dir).status, 0)
        XCTAssertFalse(exists(dir, ".gdviz/check/gd/diff.png"), "stale artefacts of a passing scene are removed")
    }

    func testEnvironmentVariableSetsTheRecordMode() throws {
        let dir = try course()
        XCTAssertEqual(try check(in: dir, environment: ["GDVIZ_RECORD": "bogus"]).status, 2)
        XCTAssertEqual(try check(in: dir, environment: ["GDVIZ_RECORD": "missing"]).status, 1)
        XCTAssertTrue(exists(dir, "Renders/gd.png"))
        XCTAssertEqual(try check(["--record", "never"], in: dir, environment: ["GDVIZ_RECORD": "all"]).status, 0)
    }

    func testOrphanedReferenceIsReported() throws {
        let dir = try course()
        XCTAssertEqual(try check(["--record", "missing"], in: dir).status, 1)
        try FileManager.default.copyItem(at: dir.appendingPathComponent("Renders/gd.png"),
                                         to: dir.appendingPathComponent("Renders/old-figure.png"))
        let result = try check(in: dir)
        XCTAssertEqual(result.status, 0, "orphans are reported, not failures")
        XCTAssertTrue(result.stdout.contains("orphaned reference Renders/old-figure.png"), result.stdout)
        XCTAssertTrue(result.stdout.contains("check: 1 passed, 0 failed, 1 orphaned"), result.stdout)
    }

    func testBrokenSceneOrReferenceExitsThree() throws {
        let dir = try course()
        XCTAssertEqual(try check(["--record", "missing"], in: dir).status, 1)
        try CLI.write("{\"function\": \"x^\"}", to: dir.appendingPathComponent("Scenes/bad.json"))
        let broken = try check(in: dir)
        XCTAssertEqual(broken.status, 3, broken.stdout + broken.stderr)
        XCTAssertTrue(broken.stdout.contains("! bad"), broken.stdout)
        XCTAssertTrue(broken.stdout.contains("✓ gd"), broken.stdout)
        try FileManager.default.removeItem(at: dir.appendingPathComponent("Scenes/bad.json"))

        let reference = dir.appendingPathComponent("Renders/gd.png")
        let bytes = try Data(contentsOf: reference)
        try bytes.prefix(bytes.count - 20).write(to: reference)
        let truncated = try check(in: dir)
        XCTAssertEqual(truncated.status, 3, truncated.stdout + truncated.stderr)
        XCTAssertTrue(truncated.stdout.contains("! gd"), truncated.stdout)
        XCTAssertEqual(try check(["--record", "sometimes"], in: dir).status, 2)
    }

    /// Fonts are loaded from files, not through fontconfig, and tick labels ignore the locale.
    func testHostileFontconfigAndGermanLocaleMatchTheReference() throws {
        let dir = try course()
        XCTAssertEqual(try check(["--record", "missing"], in: dir).status, 1)
        let fontsConf = dir.appendingPathComponent("fonts.conf")
        try CLI.write("""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
            <fontconfig>
              <match target="font">
                <edit name="hinting" mode="assign"><bool>true</bool></edit>
                <edit name="hintstyle" mode="assign"><const>hintfull</const></edit>
                <edit name="rgba" mode="assign"><const>rgb</const></edit>
                <edit name="antialias" mode="assign"><bool>true</bool></edit>
              </match>
              <alias><family>sans-serif</family><prefer><family>Liberation Serif</family></prefer></alias>
            </fontconfig>
            """, to: fontsConf)
        let result = try check(in: dir, environment: ["FONTCONFIG_FILE": fontsConf.path, "LC_ALL": "de_DE.UTF-8", "LANG": "de_DE.UTF-8"])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
    }
}
