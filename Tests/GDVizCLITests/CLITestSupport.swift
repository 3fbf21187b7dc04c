import Foundation
import GDVizTestSupport
import XCTest

/// Runs the built `gdviz` binary as a user would and captures what it prints.
struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum CLI {
    /// The package root (three levels above this file).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The `gdviz` executable next to the test bundle.
    static var executable: URL {
        // On Linux the bundle URL is the build folder itself; on macOS it is the .xctest bundle in it.
        let bundle = Bundle(for: Marker.self).bundleURL
        let candidates = [bundle.appendingPathComponent("gdviz"),
                          bundle.deletingLastPathComponent().appendingPathComponent("gdviz")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    private final class Marker {}

    /// Several runs at once (as many as there are cores), results in the order given.
    static func runConcurrently(_ runs: [[String]], in directory: URL? = nil) -> [Result<CLIResult, Error>] {
        final class Box: @unchecked Sendable {
            // @unchecked: every access to `results` holds `lock`.
            let lock = NSLock()
            var results: [Result<CLIResult, Error>]
            init(_ count: Int) { results = Array(repeating: .failure(CocoaError(.featureUnsupported)), count: count) }
        }
        let box = Box(runs.count)
        DispatchQueue.concurrentPerform(iterations: runs.count) { k in
            let result = Result { try run(runs[k], in: directory) }
            box.lock.lock(); box.results[k] = result; box.lock.unlock()
        }
        return box.results
    }

    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil) throws -> CLIResult {
        // The CLI tests mostly wait on child processes: render the shared gallery meanwhile.
        Gallery.shared.prefetch()
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        if let environment {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self))
    }

    static func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
    }
}
