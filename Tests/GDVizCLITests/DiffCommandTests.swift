import Foundation
import GDVizTestSupport
import XCTest

final class DiffCommandTests: XCTestCase {
    static func scene(lr: Double) -> String {
        """
        {"function": "x^2 + 3*y^2", "domain": {"x": [-2, 2], "y": [-1, 1]},
         "size": {"width": 320, "height": 240},
         "runs": [{"label": "gd", "start": [1.5, 0.8], "lr": \(lr)}]}
        """
    }

    /// Renders the scene with step size `lr` to `name`.png (or another format) in `dir`.
    static func render(lr: Double, to name: String, in dir: URL) throws -> URL {
        let file = dir.appendingPathComponent("\(UUID().uuidString).json")
        try CLI.write(scene(lr: lr), to: file)
        let out = dir.appendingPathComponent(name)
        let result = try CLI.run(["render", file.path, "-o", out.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        return out
    }

    func testIdenticalImagesExitZero() throws {
        let dir = try temporaryFolder()
        let a = try Self.render(lr: 0.1, to: "a.png", in: dir), b = try Self.render(lr: 0.1, to: "b.png", in: dir)
        let result = try CLI.run(["diff", a.path, b.path])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("status:           identical"), result.stdout)
        XCTAssertTrue(result.stdout.contains("changed pixels:   0"), result.stdout)
    }

    func testChangedFigureExitsOneAndWritesDiffAndCompareImages() throws {
        let dir = try temporaryFolder()
        let a = try Self.render(lr: 0.1, to: "a.png", in: dir), b = try Self.render(lr: 0.12, to: "b.png", in: dir)
        let diff = dir.appendingPathComponent("out/d.png")
        let result = try CLI.run(["diff", a.path, b.path, "-o", diff.path])
        XCTAssertEqual(result.status, 1, result.stdout + result.stderr)
        for needle in ["status:           changed", "changed pixels:", "diff pixels:", "aa pixels:", "max channel Δ:", "RMS:", "clusters:"] {
            XCTAssertTrue(result.stdout.contains(needle), "missing \(needle) in:\n\(result.stdout)")
        }
        XCTAssertTrue(result.stderr.contains("pixels changed"), result.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: diff.path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/d.compare.png").path))
        // A generous tolerant gate passes the same pair.
        let loose = try CLI.run(["diff", a.path, b.path, "--mode", "tolerant", "--max-diff-ratio", "1"])
        XCTAssertEqual(loose.status, 0, loose.stdout + loose.stderr)
        XCTAssertTrue(loose.stdout.contains("within-tolerance"), loose.stdout)
    }

    func testUsageErrorsExitTwo() throws {
        let dir = try temporaryFolder()
        let a = try Self.render(lr: 0.1, to: "a.png", in: dir)
        let svg = try Self.render(lr: 0.1, to: "a.svg", in: dir)
        let cases: [[String]] = [
            ["diff", a.path],
            ["diff", a.path, a.path, "--mode", "fuzzy"],
            ["diff", a.path, a.path, "--threshold", "0.1"],  // exact mode has no threshold
            ["diff", a.path, a.path, "--mode", "tolerant", "--threshold", "2"],
            ["diff", a.path, svg.path],
        ]
        for arguments in cases {
            let result = try CLI.run(arguments)
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.stderr)")
        }
    }

    func testUnreadableInputsExitThreeNeverPass() throws {
        let dir = try temporaryFolder()
        let a = try Self.render(lr: 0.1, to: "a.png", in: dir)
        let bytes = try Data(contentsOf: a)
        let truncated = dir.appendingPathComponent("truncated.png"), empty = dir.appendingPathComponent("empty.png")
        let lfs = dir.appendingPathComponent("lfs.png")
        try bytes.prefix(bytes.count / 2).write(to: truncated)
        try Data().write(to: empty)
        try CLI.write("version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 12\n", to: lfs)
        for bad in [truncated, empty, lfs, dir.appendingPathComponent("nope.png")] {
            for arguments in [["diff", bad.path, a.path], ["diff", a.path, bad.path]] {
                let result = try CLI.run(arguments)
                XCTAssertEqual(result.status, 3, "\(arguments): \(result.stdout) \(result.stderr)")
                XCTAssertTrue(result.stderr.contains(bad.lastPathComponent), result.stderr)
            }
        }
        XCTAssertTrue(try CLI.run(["diff", lfs.path, a.path]).stderr.contains("Git LFS"))
    }

    func testSVGsAreComparedAsCanonicalText() throws {
        let dir = try temporaryFolder()
        let a = try Self.render(lr: 0.1, to: "a.svg", in: dir), b = try Self.render(lr: 0.1, to: "b.svg", in: dir)
        let same = try CLI.run(["diff", a.path, b.path])
        XCTAssertEqual(same.status, 0, same.stdout + same.stderr)
        XCTAssertTrue(same.stdout.contains("canonical text"), same.stdout)
        let c = try Self.render(lr: 0.12, to: "c.svg", in: dir)
        let changed = try CLI.run(["diff", a.path, c.path])
        XCTAssertEqual(changed.status, 1, changed.stdout + changed.stderr)
        XCTAssertTrue(changed.stdout.contains("line "), changed.stdout)
    }
}
