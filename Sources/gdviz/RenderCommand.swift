import ArgumentParser
import Foundation
import GDVizCheck
import GDVizRender
import GDVizScene

extension OutputFormat: ExpressibleByArgument {}
extension RenderFormat: ExpressibleByArgument {}
extension ThemeName: ExpressibleByArgument {}

/// `--format png` or `--format png,svg,pdf`: each listed once.
struct OutputFormatList: ExpressibleByArgument {
    var formats: [RenderFormat]

    init?(argument: String) {
        var formats: [RenderFormat] = []
        for name in argument.split(separator: ",", omittingEmptySubsequences: false) {
            guard let format = RenderFormat(rawValue: name.trimmingCharacters(in: .whitespaces).lowercased()),
                  !formats.contains(format) else { return nil }
            formats.append(format)
        }
        guard !formats.isEmpty else { return nil }
        self.formats = formats
    }

    static var allValueStrings: [String] { RenderFormat.allCases.map(\.rawValue) }
}

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render scene files to PNG, SVG or PDF.",
        discussion: """
            Example:
              gdviz render Scenes/gd-quadratic.json                 # writes Renders/gd-quadratic.png
              gdviz render Scenes/gd-quadratic.json -o slide.svg    # format from the extension
              gdviz render Scenes/ --format svg -o out/             # every scene of a folder into a folder

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

    @Option(help: "Output format: png, svg or pdf, or several with commas (png,svg: each scene evaluated once) (default: from the output's extension, else png). Animated scenes also: gif, webp, mp4, and pdf with one page per frame.")
    var format: OutputFormatList?

    @Flag(help: "For animated scenes, also write every frame as <output>-001.png, <output>-002.png, ….")
    var frames = false

    @Option(help: "Theme for every scene, overriding the scene's own: light, dark or print.")
    var theme: ThemeName?

    @Option(help: "Scale factor. PNG: pixels per point (1 = 72 dpi, 2 for high-DPI slides, 4.1667 = 300 dpi). SVG and PDF: the page and everything on it are scaled alike (keep 1 for a figure whose size and font_size must match a document).")
    var scale: Double = 1

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        guard scale.isFinite, scale > 0, scale <= 16 else {
            throw ValidationError("--scale must be a number in (0, 16], got \(scale)")
        }
    }

    func run() throws {
        let jobs = try RenderPlan.jobs(scenes: SceneList.expand(scenes), output: output, formats: format?.formats)
        // Scenes render in parallel, one per core; messages follow the order of the command line.
        let groups = RenderPlan.groups(jobs)
        let (scale, theme, frames) = (scale, theme, frames)
        // A progress line only for a single scene: parallel scenes would fight over the line.
        let progress = groups.count == 1 ? ProgressLine(label: jobs[0].destination, quiet: quiet) : nil
        let results = RenderPlan.inParallel(groups.count) { i in
            Result { try RenderPlan.run(groups[i], scale: scale, theme: theme, frames: frames,
                                        progress: progress.map { line in { line.update(done: $0, total: $1) } }) }
        }
        progress?.finish()
        var failures: [String] = []
        for result in results {
            switch result {
            case .success(let lines):
                if !quiet { for line in lines { try StandardOutput.line(line) } }
            case .failure(let failure as CommandFailure):
                throw failure
            case .failure(let error):
                failures += CommandFailure(error).lines
            }
        }
        if !failures.isEmpty { throw CommandFailure(.failure, failures) }
    }
}
