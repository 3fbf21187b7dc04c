import ArgumentParser
import Foundation
import GDVizRender
import GDVizScene

extension OutputFormat: ExpressibleByArgument {}

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render scene files to PNG, SVG or PDF, and animated scenes to GIF, WebP, MP4 or PDF pages.",
        discussion: """
            Example:
              gdviz render Scenes/gd-quadratic.json                 # writes Renders/gd-quadratic.png
              gdviz render Scenes/gd-quadratic.json -o slide.svg    # format from the extension
              gdviz render Scenes/*.json --format svg -o out/       # several scenes into a folder
              gdviz render Scenes/gd-quadratic-steps.json -o steps.pdf   # one page per frame
              gdviz render Scenes/gd-quadratic-steps.json --frames       # GIF plus steps-001.png …

            Every problem in a scene is reported as FILE: JSON-PATH: what was expected. Outputs are \
            written atomically: a failed render leaves no file behind.
            """
    )

    @Argument(help: "Scene files (JSON).")
    var scenes: [String]

    @Option(name: .shortAndLong, help: "Output file, or a folder when rendering several scenes (default: Renders/<scene>.<format>).")
    var output: String?

    @Option(help: "Output format: png, svg, pdf, gif, webp or mp4 (default: from the output's extension, else png; gif for animated scenes).")
    var format: RenderFormat?

    @Flag(help: "For animated scenes, also write every frame as <output>-001.png, <output>-002.png, ….")
    var frames = false

    @Flag(name: .shortAndLong, help: "No progress line while rendering animations.")
    var quiet = false

    @Option(help: "Pixel scale for PNG output, e.g. 2 for high-DPI slides.")
    var scale: Double = 1

    func validate() throws {
        guard scale.isFinite, scale > 0, scale <= 16 else {
            throw ValidationError("--scale must be a number in (0, 16], got \(scale)")
        }
        if let output, scenes.count == 1, !isFolder(output) {
            let ext = (output as NSString).pathExtension.lowercased()
            if let format, !ext.isEmpty, ext != format.rawValue {
                throw ValidationError("--format \(format.rawValue) does not match the output extension .\(ext)")
            }
            if format == nil, !ext.isEmpty, RenderFormat(rawValue: ext) == nil {
                throw ValidationError("cannot tell the format from .\(ext); use \(RenderFormat.list), or --format")
            }
        }
    }

    func run() throws {
        var failures: [String] = []
        for path in scenes {
            do {
                let scene = try SceneLoader.load(contentsOf: path)
                let (destination, chosen) = target(for: scene.name, animated: scene.animation != nil)
                if scene.animation == nil, chosen.still == nil || frames {
                    let what = frames ? "--frames" : "\(chosen.rawValue.uppercased()) output"
                    throw CommandFailure(.failure, [
                        #"\#(path): $.animate: missing; \#(what) needs an animated scene, e.g. "animate": {"steps_per_frame": 1}"#,
                    ])
                }
                if scene.animation != nil, let format = chosen.animation {
                    try renderAnimation(scene, format: format, to: destination)
                } else if let still = chosen.still {
                    let bytes = try SceneRenderer.render(scene, format: still, scale: scale)
                    try AtomicFile.write(bytes, to: destination)
                    if frames, scene.animation != nil { try writeFrames(scene, next: destination, progress: nil) }
                }
            } catch {
                failures += CommandFailure(error).lines
            }
        }
        if !failures.isEmpty { throw CommandFailure(.failure, failures) }
    }

    private func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return path.hasSuffix("/") || (FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            && isDirectory.boolValue)
    }

    /// Where a scene's image goes and in which format; animated scenes default to GIF.
    private func target(for name: String, animated: Bool) -> (String, RenderFormat) {
        if let output, scenes.count == 1, !isFolder(output) {
            let ext = (output as NSString).pathExtension.lowercased()
            return (output, format ?? RenderFormat(rawValue: ext) ?? (animated ? .gif : .png))
        }
        let chosen = format ?? (animated ? .gif : .png)
        let folder = output ?? "Renders"
        return ((folder as NSString).appendingPathComponent("\(name).\(chosen.rawValue)"), chosen)
    }

    /// Renders every frame once, into the animation and (with `--frames`) into PNG files.
    private func renderAnimation(_ scene: Scene, format: AnimationFormat, to destination: String) throws {
        let progress = ProgressLine(label: (destination as NSString).lastPathComponent, quiet: quiet)
        defer { progress.finish() }
        var framePaths: [(Int, [UInt8])] = []
        let writeFrame: ((Int, RGBFrame) throws -> Void)? = frames && format != .pdf
            ? { index, frame in framePaths.append((index, try frame.image.encodePNG())) } : nil
        let bytes = try AnimationExport.render(scene, format: format, scale: scale,
                                               progress: { progress.update(done: $0, total: $1) }, frame: writeFrame)
        try AtomicFile.write(bytes, to: destination)
        if frames {
            if format == .pdf {
                try writeFrames(scene, next: destination, progress: progress)
            } else {
                for (index, png) in framePaths {
                    try AtomicFile.write(png, to: Self.framePath(destination, index: index, count: framePaths.count))
                }
            }
        }
    }

    /// `--frames` for PDF or still output: a raster pass of its own.
    private func writeFrames(_ scene: Scene, next destination: String, progress: ProgressLine?) throws {
        var pngs: [(Int, [UInt8])] = []
        try AnimationExport.frames(scene, scale: scale, progress: { progress?.update(done: $0, total: $1) }) { index, frame in
            pngs.append((index, try frame.image.encodePNG()))
        }
        for (index, png) in pngs {
            try AtomicFile.write(png, to: Self.framePath(destination, index: index, count: pngs.count))
        }
    }

    /// `out/steps.gif`, frame 0 of 60 → `out/steps-001.png` (at least three digits, more when needed).
    static func framePath(_ destination: String, index: Int, count: Int) -> String {
        let stem = (destination as NSString).deletingPathExtension
        let digits = max(3, String(count).count)
        let number = String(index + 1)
        return "\(stem)-\(String(repeating: "0", count: digits - number.count))\(number).png"
    }
}
