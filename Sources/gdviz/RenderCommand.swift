import ArgumentParser
import Foundation
import GDVizRender
import GDVizScene

extension OutputFormat: ExpressibleByArgument {}
extension ThemeName: ExpressibleByArgument {}

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render scene files to PNG, SVG or PDF.",
        discussion: """
            Example:
              gdviz render Scenes/gd-quadratic.json                 # writes Renders/gd-quadratic.png
              gdviz render Scenes/gd-quadratic.json -o slide.svg    # format from the extension
              gdviz render Scenes/*.json --format svg -o out/       # several scenes into a folder

            Every problem in a scene is reported as FILE: JSON-PATH: what was expected. Outputs are \
            written atomically: a failed render leaves no file behind.
            """
    )

    @Argument(help: "Scene files (JSON).")
    var scenes: [String]

    @Option(name: .shortAndLong, help: "Output file, or a folder when rendering several scenes (default: Renders/<scene>.<format>).")
    var output: String?

    @Option(help: "Output format: png, svg or pdf (default: from the output's extension, else png).")
    var format: OutputFormat?

    @Option(help: "Theme for every scene, overriding the scene's own: light, dark or print.")
    var theme: ThemeName?

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
            if format == nil, !ext.isEmpty, OutputFormat(rawValue: ext) == nil {
                throw ValidationError("cannot tell the format from .\(ext); use .png, .svg or .pdf, or --format")
            }
        }
    }

    func run() throws {
        var failures: [String] = []
        for path in scenes {
            do {
                var scene = try SceneLoader.load(contentsOf: path)
                if let theme { scene.theme = theme }
                let (destination, chosen) = target(for: scene.name)
                let bytes = try SceneRenderer.render(scene, format: chosen, scale: scale)
                try AtomicFile.write(bytes, to: destination)
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

    /// Where a scene's image goes and in which format.
    private func target(for name: String) -> (String, OutputFormat) {
        if let output, scenes.count == 1, !isFolder(output) {
            let ext = (output as NSString).pathExtension.lowercased()
            return (output, format ?? OutputFormat(rawValue: ext) ?? .png)
        }
        let chosen = format ?? .png
        let folder = output ?? "Renders"
        return ((folder as NSString).appendingPathComponent("\(name).\(chosen.rawValue)"), chosen)
    }
}
