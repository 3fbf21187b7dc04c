import Foundation
import GDVizTestSupport
import XCTest

/// Issue 9.2: no command line destroys an input, replaces something that is not a regular
/// file, or crashes on an odd output name. Each case checks the exit status, the message,
/// that no output appeared and that the input is byte-for-byte untouched.
final class HostileOutputTests: XCTestCase {
    private static let scene = """
        {"function": "x^2 + 3*y^2", "domain": {"x": [-2, 2], "y": [-1, 1]},
         "size": {"width": 120, "height": 100},
         "runs": [{"label": "gd", "start": [1.5, 0.8], "lr": 0.1}]}
        """

    private func folderWithScene(named name: String = "s.json") throws -> (URL, URL) {
        let dir = try temporaryFolder()
        let scene = dir.appendingPathComponent(name)
        try CLI.write(Self.scene, to: scene)
        return (dir, scene)
    }

    private func assertRefused(_ arguments: [String], in dir: URL, mentions needle: String, untouched files: [URL],
                               file: StaticString = #filePath, line: UInt = #line) throws {
        let before = try files.map { try Data(contentsOf: $0) }
        let listing = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        let result = try CLI.run(arguments, in: dir)
        XCTAssertEqual(result.status, 2, "\(arguments): \(result.stderr)", file: file, line: line)
        XCTAssertTrue(result.stderr.contains(needle), "\(arguments): expected “\(needle)” in \(result.stderr)", file: file, line: line)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, "one line: \(result.stderr)", file: file, line: line)
        XCTAssertEqual(try files.map { try Data(contentsOf: $0) }, before, "an input changed", file: file, line: line)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted(), listing,
                       "a file appeared or disappeared", file: file, line: line)
    }

    func testTraceOntoItsSceneIsRefused() throws {
        let (dir, scene) = try folderWithScene()
        try assertRefused(["trace", "s.json", "-o", "s.json"], in: dir, mentions: "which is the input s.json", untouched: [scene])
        try assertRefused(["trace", "s.json", "-o", "./sub/../s.json"], in: dir, mentions: "which is the input", untouched: [scene])
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("link.json").path, withDestinationPath: scene.path)
        try assertRefused(["trace", "s.json", "-o", "link.json"], in: dir, mentions: "which is the input", untouched: [scene])
    }

    func testRenderOntoItsSceneIsRefusedWhateverTheExtension() throws {
        let (dir, scene) = try folderWithScene(named: "s")
        try assertRefused(["render", "s", "-o", "s"], in: dir, mentions: "which is the input s", untouched: [scene])
        try assertRefused(["render", "s", "--format", "svg", "-o", dir.appendingPathComponent("s").path], in: dir,
                          mentions: "which is the input", untouched: [scene])
        // The default output Renders/<name>.png can be an input too.
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("Renders"), withIntermediateDirectories: true)
        let inRenders = dir.appendingPathComponent("Renders/t.png")
        try CLI.write(Self.scene, to: inRenders)
        try assertRefused(["render", "Renders/t.png"], in: dir, mentions: "which is the input", untouched: [scene, inRenders])
    }

    func testDiffOntoAnInputIsRefused() throws {
        let (dir, scene) = try folderWithScene()
        XCTAssertEqual(try CLI.run(["render", "s.json", "-o", "a.png", "--quiet"], in: dir).status, 0)
        XCTAssertEqual(try CLI.run(["render", "s.json", "-o", "b.png", "--quiet"], in: dir).status, 0)
        let a = dir.appendingPathComponent("a.png"), b = dir.appendingPathComponent("b.png")
        try assertRefused(["diff", "a.png", "b.png", "-o", "a.png"], in: dir, mentions: "which is the input a.png", untouched: [a, b, scene])
        try assertRefused(["diff", "a.png", "b.png", "-o", "./sub/../b.png"], in: dir, mentions: "which is the input b.png", untouched: [a, b, scene])
    }

    func testDevicesFIFOsAndFoldersAreNeverReplaced() throws {
        let (dir, scene) = try folderWithScene()
        let fifo = dir.appendingPathComponent("pipe")
        XCTAssertEqual(mkfifo(fifo.path, 0o600), 0)
        try assertRefused(["trace", "s.json", "-o", "pipe"], in: dir, mentions: "pipe, which is a FIFO (named pipe)", untouched: [scene])
        try assertRefused(["render", "s.json", "-o", "pipe"], in: dir, mentions: "which is a FIFO", untouched: [scene])
        var info = stat()
        XCTAssertEqual(stat(fifo.path, &info), 0)
        XCTAssertEqual(info.st_mode & mode_t(S_IFMT), mode_t(S_IFIFO), "the FIFO is still a FIFO")
        // The same rule protects /dev/null when gdviz runs as root; a device is never replaced.
        try assertRefused(["trace", "s.json", "-o", "/dev/null"], in: dir, mentions: "/dev/null, which is a character device", untouched: [scene])
        XCTAssertEqual(stat("/dev/null", &info), 0)
        XCTAssertEqual(info.st_mode & mode_t(S_IFMT), mode_t(S_IFCHR))
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("folder"), withIntermediateDirectories: true)
        try assertRefused(["trace", "s.json", "-o", "folder"], in: dir, mentions: "folder, which is a folder", untouched: [scene])
    }

    func testTwoScenesOfOneNameIntoOneFolderAreRefused() throws {
        let (dir, _) = try folderWithScene()
        for sub in ["a", "b"] {
            try FileManager.default.createDirectory(at: dir.appendingPathComponent(sub), withIntermediateDirectories: true)
            try CLI.write(Self.scene, to: dir.appendingPathComponent("\(sub)/gd.json"))
        }
        try assertRefused(["render", "a/gd.json", "b/gd.json", "-o", "out/"], in: dir,
                          mentions: "would both be written to out/gd.png", untouched: [])
    }

    func testScenesAndImagesAreReadOnlyFromRegularFilesOfBoundedSize() throws {
        let (dir, _) = try folderWithScene()
        let zero = try CLI.run(["render", "/dev/zero", "-o", "z.png"], in: dir)
        XCTAssertEqual(zero.status, 3)
        XCTAssertTrue(zero.stderr.contains("/dev/zero: $: cannot read the file: a character device, not a regular file"), zero.stderr)
        XCTAssertTrue(try CLI.run(["trace", "/dev/zero"], in: dir).stderr.contains("not a regular file"))
        XCTAssertEqual(mkfifo(dir.appendingPathComponent("fifo.json").path, 0o600), 0)
        let fifo = try CLI.run(["trace", "fifo.json"], in: dir)  // would block forever on a blocking open
        XCTAssertEqual(fifo.status, 3)
        XCTAssertTrue(fifo.stderr.contains("a FIFO (named pipe), not a regular file"), fifo.stderr)
        let huge = dir.appendingPathComponent("huge.json")
        try Data(repeating: 0x20, count: 9 << 20).write(to: huge)
        let tooBig = try CLI.run(["render", "huge.json", "-o", "h.png"], in: dir)
        XCTAssertEqual(tooBig.status, 3)
        XCTAssertTrue(tooBig.stderr.contains("the file is 9 MiB; the limit is 8 MiB"), tooBig.stderr)
        let image = try CLI.run(["diff", "/dev/zero", "/dev/zero"], in: dir)
        XCTAssertEqual(image.status, 3)
        XCTAssertTrue(image.stderr.contains("a character device, not a regular file"), image.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("z.png").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("h.png").path))
    }

    /// `-o x` and `-o -` crashed (Foundation traps on one-character path names on Linux).
    func testOutputNamesWithoutExtensionAndDash() throws {
        let (dir, scene) = try folderWithScene()
        let plain = try CLI.run(["render", "s.json", "-o", "x"], in: dir)
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertEqual(Array(try Data(contentsOf: dir.appendingPathComponent("x")).prefix(4)), [0x89, 0x50, 0x4E, 0x47], "PNG without --format")
        try assertRefused(["render", "s.json", "-o", "-"], in: dir, mentions: "render cannot write images to standard output", untouched: [scene])
        let trace = try CLI.run(["trace", "s.json", "-o", "-"], in: dir)
        XCTAssertEqual(trace.status, 0, trace.stderr)
        XCTAssertTrue(trace.stdout.hasPrefix("{"), "-o - is standard output for trace")
        let t = try CLI.run(["trace", "s.json", "-o", "t"], in: dir)
        XCTAssertEqual(t.status, 0, t.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("t").path))
    }

    func testTraceToAFullOrClosedStandardOutputFails() throws {
        let (dir, _) = try folderWithScene()
        for target in ["/dev/full", "closed"] {
            let process = Process()
            process.executableURL = CLI.executable
            process.arguments = ["trace", "s.json"]
            process.currentDirectoryURL = dir
            let err = Pipe()
            process.standardError = err
            if target == "closed" {
                // A pipe whose reading end is closed: write(2) fails with EPIPE.
                let pipe = Pipe()
                try pipe.fileHandleForReading.close()
                process.standardOutput = pipe
            } else {
                process.standardOutput = try XCTUnwrap(FileHandle(forWritingAtPath: target))
            }
            try process.run()
            let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationReason, .exit, "\(target): no crash, no signal")
            XCTAssertEqual(process.terminationStatus, 3, "\(target): \(message)")
            XCTAssertTrue(message.contains("error: cannot write to standard output"), "\(target): \(message)")
        }
    }
}
