import Foundation
import GDVizTestSupport
import XCTest

/// Issue 14.4: `gdviz watch` follows edits (also saves by rename), keeps the last good image
/// while the scene is invalid, and stops cleanly on Ctrl-C.
final class WatchCommandTests: XCTestCase {
    private static func scene(lr: Double) -> String {
        """
        {"function": "x^2 + 3*y^2", "domain": {"x": [-2, 2], "y": [-1, 1]},
         "size": {"width": 120, "height": 100},
         "runs": [{"label": "gd", "start": [1.5, 0.8], "lr": \(lr)}]}
        """
    }

    /// Text a running process has printed so far.
    private final class Output: @unchecked Sendable {
        // @unchecked: `text` is only touched while holding `lock`.
        private let lock = NSLock()
        private var text = ""
        func append(_ data: Data) { lock.lock(); text += String(decoding: data, as: UTF8.self); lock.unlock() }
        var value: String { lock.lock(); defer { lock.unlock() }; return text }
    }

    private func waitFor(_ what: String, timeout: Double = 60, _ condition: () throws -> Bool) rethrows -> Bool {
        let end = Date().addingTimeInterval(timeout)
        while Date() < end {
            if try condition() { return true }
            usleep(50_000)
        }
        XCTFail("timed out waiting for \(what)")
        return false
    }

    private func watch(polling: Bool, renameSave: Bool) throws {
        let dir = try temporaryFolder()
        let sceneURL = dir.appendingPathComponent("s.json")
        try CLI.write(Self.scene(lr: 0.1), to: sceneURL)
        let image = dir.appendingPathComponent("out.png")

        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["watch", "s.json", "-o", "out.png"]
        process.currentDirectoryURL = dir
        process.environment = ProcessInfo.processInfo.environment.merging(["GDVIZ_WATCH_POLL": polling ? "1" : "0"]) { $1 }
        let stdout = Output(), stderr = Output()
        let out = Pipe(), err = Pipe()
        out.fileHandleForReading.readabilityHandler = { stdout.append($0.availableData) }
        err.fileHandleForReading.readabilityHandler = { stderr.append($0.availableData) }
        process.standardOutput = out
        process.standardError = err
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        guard waitFor("the first render", { stdout.value.contains("wrote out.png") }) else { return }
        XCTAssertTrue(stdout.value.hasPrefix("watch: 1 scene (\(polling ? "polling" : "inotify"))"), stdout.value)
        let first = try Data(contentsOf: image)

        // Save a change the way editors do: in place, or a temporary file renamed over the scene.
        let save = { (text: String) throws in
            if renameSave {
                let temporary = dir.appendingPathComponent(".s.json.swp")
                try CLI.write(text, to: temporary)
                XCTAssertEqual(rename(temporary.path, sceneURL.path), 0)
            } else {
                try CLI.write(text, to: sceneURL)
            }
        }
        usleep(20_000)  // a distinct modification time for the polling watcher
        try save(Self.scene(lr: 0.3))
        guard try waitFor("the re-render", { try Data(contentsOf: image) != first }) else { return }
        let second = try Data(contentsOf: image)
        XCTAssertTrue(waitFor("the second line", { stdout.value.components(separatedBy: "wrote out.png").count >= 3 }), stdout.value)

        // An invalid scene prints its error and keeps the last good image.
        try save("{\"function\": \"x^2 +\", \"domain\": {\"x\": [-2, 2], \"y\": [-1, 1]}}")
        XCTAssertTrue(waitFor("the error", { stderr.value.contains("keeping the previous out.png") }), stderr.value)
        XCTAssertTrue(stderr.value.contains("s.json: $.function"), stderr.value)
        XCTAssertEqual(try Data(contentsOf: image), second)

        // A rename save of the same scene again, after the invalid one: still followed.
        try save(Self.scene(lr: 0.1))
        XCTAssertTrue(try waitFor("the render after the fix", { try Data(contentsOf: image) == first }))

        process.interrupt()  // SIGINT, as Ctrl-C
        XCTAssertTrue(waitFor("exit after SIGINT", timeout: 10, { !process.isRunning }))
        XCTAssertEqual(process.terminationReason, .exit)
        XCTAssertEqual(process.terminationStatus, 0, stderr.value)
        XCTAssertTrue(waitFor("the stop line", timeout: 5, { stdout.value.contains("watch: stopped") }), stdout.value)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".out") }
        XCTAssertEqual(leftovers, [], "no temporary image left behind")
    }

    func testInotifyFollowsRenameSaves() throws { try watch(polling: false, renameSave: true) }

    func testPollingFollowsInPlaceSaves() throws { try watch(polling: true, renameSave: false) }
}
