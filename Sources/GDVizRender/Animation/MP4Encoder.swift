import Foundation

/// H.264 MP4 through the `ffmpeg` program: frames are piped to it as raw RGB, padded to even
/// dimensions (yuv420p needs them) by repeating the last column and row.
final class MP4Encoder {
    private let process = Process()
    private let input = Pipe()
    private let folder: URL
    private let output: URL
    private let log: URL
    private let width: Int, height: Int
    private var finished = false

    /// The `ffmpeg` to run: `$GDVIZ_FFMPEG` when set, else the first on `PATH`.
    static func program(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let explicit = environment["GDVIZ_FFMPEG"], !explicit.isEmpty {
            return FileManager.default.isExecutableFile(atPath: explicit) ? explicit : nil
        }
        for folder in (environment["PATH"] ?? "").split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/ffmpeg"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    init(width: Int, height: Int, fps: Double) throws {
        guard let ffmpeg = Self.program() else { throw AnimationError.ffmpegMissing }
        self.width = width
        self.height = height
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gdviz-mp4-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        output = folder.appendingPathComponent("out.mp4")
        log = folder.appendingPathComponent("ffmpeg.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        // A reader that went away must be an error here, not a SIGPIPE that ends gdviz.
        signal(SIGPIPE, SIG_IGN)
        process.executableURL = URL(fileURLWithPath: ffmpeg)
        process.arguments = [
            "-hide_banner", "-nostdin", "-loglevel", "error",
            "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", "\(width + width % 2)x\(height + height % 2)",
            "-framerate", Self.rate(fps), "-i", "pipe:0",
            "-c:v", "libx264", "-pix_fmt", "yuv420p", "-preset", "medium", "-crf", "18", "-threads", "2",
            // No encoder version strings, dates or other metadata: the same frames, the same bytes.
            "-fflags", "+bitexact", "-flags:v", "+bitexact", "-map_metadata", "-1", "-movflags", "+faststart",
            "-f", "mp4", output.path,
        ]
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: log)
        do {
            try process.run()
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw AnimationError.encoder(format: "MP4", reason: "cannot run \(ffmpeg): \(error.localizedDescription)")
        }
    }

    deinit {
        if !finished {
            try? input.fileHandleForWriting.close()
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: folder)
    }

    /// fps as ffmpeg reads it: a whole number, or a fraction over 1000.
    static func rate(_ fps: Double) -> String {
        fps == fps.rounded() ? String(Int(fps)) : "\(Int((fps * 1000).rounded()))/1000"
    }

    /// Adds `frame`, shown `repeats` times.
    func add(_ frame: RGBFrame, repeats: Int = 1) throws {
        let even = Self.padded(frame)
        for _ in 0..<max(1, repeats) {
            do {
                try input.fileHandleForWriting.write(contentsOf: even)
            } catch {
                throw AnimationError.encoder(format: "MP4", reason: "ffmpeg stopped reading frames: \(failureLog())")
            }
        }
    }

    private static func padded(_ frame: RGBFrame) -> Data {
        guard frame.width % 2 == 1 || frame.height % 2 == 1 else { return Data(frame.rgb) }
        let w = frame.width + frame.width % 2, h = frame.height + frame.height % 2
        var out = [UInt8](repeating: 0, count: w * h * 3)
        for y in 0..<h {
            let sy = min(y, frame.height - 1)
            for x in 0..<w {
                let sx = min(x, frame.width - 1)
                for c in 0..<3 { out[(y * w + x) * 3 + c] = frame.rgb[(sy * frame.width + sx) * 3 + c] }
            }
        }
        return Data(out)
    }

    private func failureLog() -> String {
        let text = (try? String(contentsOf: log, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return text.isEmpty ? "no message" : String(text.suffix(600))
    }

    /// Waits for ffmpeg and returns the file's bytes.
    func finish() throws -> [UInt8] {
        finished = true
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: output.path) else {
            throw AnimationError.encoder(format: "MP4", reason: "ffmpeg exited with status \(process.terminationStatus): \(failureLog())")
        }
        return [UInt8](data)
    }
}
