import Foundation
import GDVizTestSupport
import XCTest

final class AnimationCommandTests: XCTestCase {
    private let animated = """
        {"function": "x^2 + 3*y^2", "domain": {"x": [-2, 2], "y": [-1, 1]},
         "size": {"width": 240, "height": 160},
         "runs": [{"label": "gd", "start": [1.5, 0.8], "lr": 0.1, "max_steps": 4, "tolerance": 1e-12}],
         "animate": {"fps": 5}}
        """

    func testGIFIntoAFolderAndFramesAreNumbered() throws {
        let dir = try temporaryFolder()
        let scene = dir.appendingPathComponent("steps.json")
        try CLI.write(animated, to: scene)
        let result = try CLI.run(["render", scene.path, "-o", dir.path + "/", "--format", "gif", "--frames"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "", "no progress line when stderr is not a terminal")
        let gif = try Data(contentsOf: dir.appendingPathComponent("steps.gif"))
        XCTAssertEqual(Array(gif.prefix(6)), Array("GIF89a".utf8))
        for n in 1...5 {
            XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent(String(format: "steps-%03d.png", n)).path))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("steps-006.png").path))
    }

    func testPDFPagesAndWebPByExtension() throws {
        let dir = try temporaryFolder()
        let scene = dir.appendingPathComponent("s.json")
        try CLI.write(animated, to: scene)
        XCTAssertEqual(try CLI.run(["render", scene.path, "-o", dir.appendingPathComponent("s.pdf").path]).status, 0)
        let pdf = String(decoding: try Data(contentsOf: dir.appendingPathComponent("s.pdf")), as: UTF8.self)
        XCTAssertTrue(pdf.contains("/Count 5"))
        XCTAssertEqual(try CLI.run(["render", scene.path, "--format", "webp", "-o", dir.path]).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("s.webp").path))
        // PNG of an animated scene is the still figure.
        XCTAssertEqual(try CLI.run(["render", scene.path, "-o", dir.appendingPathComponent("s.png").path]).status, 0)
    }

    func testStillSceneAsGIFNamesTheMissingKey() throws {
        let dir = try temporaryFolder()
        let scene = dir.appendingPathComponent("still.json")
        try CLI.write(animated.replacingOccurrences(of: #""animate": {"fps": 5}"#, with: #""theme": "light""#), to: scene)
        let out = dir.appendingPathComponent("still.gif")
        let result = try CLI.run(["render", scene.path, "-o", out.path])
        XCTAssertEqual(result.status, 3)
        XCTAssertTrue(result.stderr.contains("still.json: $.animate: missing"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
    }

    func testMP4WithoutFFmpegNamesThePackage() throws {
        let dir = try temporaryFolder()
        let scene = dir.appendingPathComponent("m.json")
        try CLI.write(animated, to: scene)
        let out = dir.appendingPathComponent("m.mp4")
        let result = try CLI.run(["render", scene.path, "-o", out.path], environment: ["PATH": "/nonexistent", "GDVIZ_FFMPEG": ""])
        XCTAssertEqual(result.status, 3)
        XCTAssertTrue(result.stderr.contains("apt-get install ffmpeg"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
    }

    func testMP4WithFFmpeg() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/ffmpeg") else { throw XCTSkip("ffmpeg not installed") }
        let dir = try temporaryFolder()
        let scene = dir.appendingPathComponent("m.json")
        // 241 × 161: odd sizes are padded to even ones for yuv420p.
        try CLI.write(animated.replacingOccurrences(of: #""width": 240, "height": 160"#, with: #""width": 241, "height": 161"#), to: scene)
        let out = dir.appendingPathComponent("m.mp4")
        let result = try CLI.run(["render", scene.path, "-o", out.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let bytes = try Data(contentsOf: out)
        XCTAssertEqual(String(decoding: bytes[4..<8], as: UTF8.self), "ftyp")
        XCTAssertEqual(try CLI.run(["render", scene.path, "-o", out.path]).status, 0)
        XCTAssertEqual(try Data(contentsOf: out), bytes, "MP4 bytes differ between runs")
    }
}

final class AnimationCheckTests: XCTestCase {
    private func scene(lr: Double) -> String {
        """
        {"function": "x^2 + 3*y^2", "domain": {"x": [-2, 2], "y": [-1, 1]},
         "size": {"width": 240, "height": 160},
         "runs": [{"label": "gd", "start": [1.5, 0.8], "lr": \(lr), "max_steps": 4, "tolerance": 1e-12}],
         "animate": {"fps": 5, "counter": false}}
        """
    }

    func testCheckComparesFramesAndCatchesAChangedFrame() throws {
        let dir = try temporaryFolder()
        let file = dir.appendingPathComponent("steps.json")
        let refs = dir.appendingPathComponent("refs"), out = dir.appendingPathComponent("out")
        try CLI.write(scene(lr: 0.1), to: file)
        let recorded = try CLI.run(["check", file.path, "--against", refs.path, "--output", out.path, "--record", "missing"])
        XCTAssertTrue(recorded.stdout.contains("+ steps"), recorded.stdout + recorded.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: refs.appendingPathComponent("steps.gif").path))
        let same = try CLI.run(["check", file.path, "--against", refs.path, "--output", out.path, "--record", "never"])
        XCTAssertEqual(same.status, 0, same.stdout + same.stderr)
        XCTAssertTrue(same.stdout.contains("✓ steps"), same.stdout)

        // A different step size moves every iterate after the start (and, through the palette made
        // from the figure's colours, may shift some colours of the first frame too).
        try CLI.write(scene(lr: 0.12), to: file)
        let changed = try CLI.run(["check", file.path, "--against", refs.path, "--output", out.path, "--record", "never"])
        XCTAssertEqual(changed.status, 1, changed.stdout + changed.stderr)
        XCTAssertTrue(changed.stdout.contains("of 5 frames changed"), changed.stdout)
        XCTAssertTrue(changed.stdout.contains("frame 2:"), changed.stdout)
        for frame in ["frame-002", "frame-005"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent("steps/\(frame)/diff.png").path), frame)
        }
        let report = try String(contentsOf: out.appendingPathComponent("report.json"), encoding: .utf8)
        XCTAssertTrue(report.contains("frame-003 diff"), "no report entry per failing frame")
    }
}
