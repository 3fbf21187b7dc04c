import ArgumentParser
import Foundation
import GDVizCheck
import GDVizRender
import GDVizScene

extension OutputFormat: ExpressibleByArgument {}
extension RenderFormat: ExpressibleByArgument {}
extension ThemeName: ExpressibleByArgument {}

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render scene files to PNG, SVG or PDF, and animated scenes to GIF, WebP, MP4 or PDF pages.",
        discussion: """
            Example:
              gdviz render Scenes/gd-quadratic.json                 # writes Renders/gd-quadratic.png
              gdviz render Scenes/gd-quadratic.json -o slide.svg    # format from the extension
              gdviz render Scenes/ --format svg -o out/             # every scene of a folder into a folder
              gdviz render Scenes/gd-quadratic-steps.json -o steps.gif --frames  # and steps-001.png …
              gdviz render Scenes/gd-quadratic-steps.json -o steps.pdf   # one page per frame

            Prints one line per written file; --quiet prints only errors. Every problem in a \
            scene is reported as FILE: JSON-PATH: what was expected. Outputs are written \
            atomically: a failed render leaves no file behind and keeps the previous one. An \
            output that is one of the inputs, a folder, a device or shared by two scenes is \
            refused before anything is rendered (exit 2). -o - is refused: images do not go to \
            standard output.
            """
    )

    @Argument(help: ArgumentHelp("Scene files (JSON), or folders of them.", valueName: "scene"),
              completion: .file(extensions: ["json"]))
    var scenes: [String]

    @Option(name: .shortAndLong, help: "Output file, or a folder (ends with /, exists, or several scenes) (default: Renders/<scene>.<format>).",
            completion: .file())
    var output: String?

    @Option(help: "Output format: png, svg, pdf, gif, webp or mp4 (default: from the output's extension, else png). Animated scenes: gif, webp, mp4, or pdf with one page per frame.")
    var format: RenderFormat?

    @Flag(help: "For animated scenes, also write every frame as <output>-001.png, <output>-002.png, ….")
    var frames = false

    @Option(help: "Theme for every scene, overriding the scene's own: light, dark or print.")
    var theme: ThemeName?

    @Option(help: "Pixel scale for PNG output, e.g. 2 for high-DPI slides.")
    var scale: Double = 1

    @Flag(name: .shortAndLong, help: "Print nothing but errors (no progress line for animations either).")
    var quiet = false

    func validate() throws {
        guard scale.isFinite, scale > 0, scale <= 16 else {
            throw ValidationError("--scale must be a number in (0, 16], got \(scale)")
        }
    }

    func run() throws {
        let jobs = try RenderPlan.jobs(scenes: SceneList.expand(scenes), output: output, format: format)
        var failures: [String] = []
        for job in jobs {
            do {
                let progress = ProgressLine(label: job.destination, quiet: quiet)
                defer { progress.finish() }
                let line = try job.run(scale: scale, theme: theme, frames: frames) { progress.update(done: $0, total: $1) }
                progress.finish()  // before the "wrote" line, which would otherwise follow the progress text
                if !quiet { try StandardOutput.line(line) }
            } catch let failure as CommandFailure {
                throw failure
            } catch {
                failures += CommandFailure(error).lines
            }
        }
        if !failures.isEmpty { throw CommandFailure(.failure, failures) }
    }
}
