import ArgumentParser
import Foundation
import GDVizRender

extension ComparisonMode: ExpressibleByArgument {}

/// The comparison options shared by `gdviz diff` and `gdviz check`.
struct ComparisonFlags: ParsableArguments {
    @Option(help: "exact: any changed pixel fails (default). tolerant: pixelmatch YIQ threshold, anti-aliasing excluded, then the gates below.")
    var mode: ComparisonMode = .exact

    @Option(help: "Tolerant mode: per-pixel YIQ threshold in [0, 1]; a pixel differs iff Δ > 35215·T² (default 0.05).")
    var threshold: Double?

    @Option(name: .customLong("max-diff-pixels"), help: "Tolerant mode: fail when more pixels than this differ (default 0; unlimited if only --max-diff-ratio is given).")
    var maxDiffPixels: Int?

    @Option(name: .customLong("max-diff-ratio"), help: "Tolerant mode: fail when the differing fraction of pixels is above this ratio in [0, 1] (default 0; unlimited if only --max-diff-pixels is given).")
    var maxDiffRatio: Double?

    /// With neither gate given both are 0 (any differing pixel fails); with one given, the
    /// other is unlimited, so `--max-diff-ratio 0.001` alone means what it says.
    var options: ComparisonOptions {
        let pixels = maxDiffPixels ?? (maxDiffRatio == nil ? 0 : Int.max)
        let ratio = maxDiffRatio ?? (maxDiffPixels == nil ? 0 : 1)
        return ComparisonOptions(mode: mode, threshold: threshold ?? ComparisonOptions.defaultThreshold,
                                 maxDiffPixels: pixels, maxDiffRatio: ratio)
    }

    func validate() throws {
        if mode == .exact {
            let given = [("--threshold", threshold != nil), ("--max-diff-pixels", maxDiffPixels != nil),
                         ("--max-diff-ratio", maxDiffRatio != nil)].filter(\.1).map(\.0)
            if !given.isEmpty {
                throw ValidationError("\(given.joined(separator: ", ")) only apply with --mode tolerant")
            }
        }
        if let problem = options.problem { throw ValidationError(problem) }
    }

    /// `mode exact` or `mode tolerant, threshold 0.05, max diff pixels 0, max diff ratio 0`.
    var summary: String {
        let o = options
        guard o.mode == .tolerant else { return "mode exact" }
        let pixels = o.maxDiffPixels == Int.max ? "unlimited" : "\(o.maxDiffPixels)"
        return "mode tolerant, threshold \(o.threshold), max diff pixels \(pixels), "
            + "max diff ratio \(o.maxDiffRatio), anti-aliasing excluded"
    }
}

/// Reads reference and actual images for comparisons; every failure is exit status 3.
enum ImageFile {
    static func readBytes(_ path: String, role: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure(.failure, ["error: \(role) \(path): no such file"])
        }
        guard !isDirectory.boolValue else { throw CommandFailure(.failure, ["error: \(role) \(path) is a folder, not an image"]) }
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw CommandFailure(.failure, ["error: cannot read \(role) \(path): \(error.localizedDescription)"])
        }
    }

    /// Decodes PNG bytes; an empty, truncated or foreign file is an error, never a blank image.
    static func decode(_ bytes: [UInt8], path: String, role: String) throws -> RasterImage {
        if bytes.isEmpty { throw CommandFailure(.failure, ["error: \(role) \(path) is empty (0 bytes)"]) }
        if bytes.starts(with: Array("version https://git-lfs".utf8)) {
            throw CommandFailure(.failure, ["error: \(role) \(path) is a Git LFS pointer, not a PNG; run `git lfs pull`"])
        }
        do {
            return try RasterImage.decodePNG(bytes)
        } catch {
            throw CommandFailure(.failure, ["error: \(role) \(path): \(error)"])
        }
    }

    static func readPNG(_ path: String, role: String) throws -> RasterImage {
        try decode(try readBytes(path, role: role), path: path, role: role)
    }

    /// `out/diff.png` → `out/diff.compare.png`.
    static func comparePath(forDiff path: String) -> String {
        let ns = path as NSString
        let stem = ns.pathExtension.lowercased() == "png" ? ns.deletingPathExtension : path
        return stem + ".compare.png"
    }
}
