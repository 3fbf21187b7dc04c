import ArgumentParser
import Foundation
import GDVizCheck
import GDVizRender
import GDVizScene

/// Set by the SIGINT handler; read by the watch loop.
nonisolated(unsafe) private var interrupted: sig_atomic_t = 0

struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Re-render scenes whenever their files change; stop with Ctrl-C.",
        discussion: """
            Example:
              gdviz watch Scenes/gd-quadratic.json            # keeps Renders/gd-quadratic.png up to date
              gdviz watch Scenes/ -o out/ --format svg

            Renders every scene once, then again each time its file is saved, and prints each \
            render's time or the scene's errors. While a scene is invalid its last good image \
            stays in place (images are replaced atomically, never half-written). Saves by \
            rename, as many editors do, are followed. Linux uses inotify; elsewhere, or with \
            GDVIZ_WATCH_POLL=1, files are polled every 0.2 s. Ctrl-C stops cleanly (exit 0).
            """
    )

    @Argument(help: ArgumentHelp("Scene files (JSON), or folders of them.", valueName: "scene"),
              completion: .file(extensions: ["json"]))
    var scenes: [String]

    @Option(name: .shortAndLong, help: "Output file, or a folder (as for render).", completion: .file())
    var output: String?

    @Option(help: "Output format: png, svg or pdf (default: from the output's extension, else png).")
    var format: OutputFormat?

    @Option(help: "Colour theme: light, dark or print (default: the scene's \"theme\", else light).")
    var theme: ThemeName?

    @Option(help: "Pixel scale for PNG output.")
    var scale: Double = 1

    func validate() throws {
        guard scale.isFinite, scale > 0, scale <= 16 else {
            throw ValidationError("--scale must be a number in (0, 16], got \(scale)")
        }
    }

    func run() throws {
        let jobs = try RenderPlan.jobs(scenes: SceneList.expand(scenes), output: output, format: format)
        signal(SIGINT) { _ in interrupted = 1 }
        signal(SIGTERM) { _ in interrupted = 1 }
        let polling = ProcessInfo.processInfo.environment["GDVIZ_WATCH_POLL"] == "1"
        let watcher = FileWatcher(files: jobs.map(\.scene), forcePolling: polling)
        try StandardOutput.line("watch: \(jobs.count) scene\(jobs.count == 1 ? "" : "s") (\(watcher.method)); Ctrl-C to stop")
        try render(jobs)
        while let changed = watcher.next(shouldStop: { interrupted != 0 }) {
            try render(jobs.filter { changed.contains($0.scene) })
        }
        try StandardOutput.line("watch: stopped")
    }

    /// Renders each job; a failure is printed and the previous image stays.
    private func render(_ jobs: [RenderPlan.Job]) throws {
        for job in jobs {
            do {
                try StandardOutput.line(try job.run(scale: scale, theme: theme))
            } catch let failure as CommandFailure {
                throw failure
            } catch {
                let keeping = FileManager.default.fileExists(atPath: job.destination) ? "keeping the previous \(job.destination)" : "nothing written"
                StandardError.write(CommandFailure(error).lines + ["watch: \(job.scene) not rendered; \(keeping)"])
            }
        }
    }
}
