import ArgumentParser
import Foundation
import GDVizRender
import GDVizScene

struct TraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Write the engine's results for a scene as JSON.",
        discussion: """
            Runs, stationary points, Taylor expansions and the computation graph that the scene asks for, \
            with every number at full double precision. Example:
              gdviz trace Scenes/gd-quadratic.json -o gd-quadratic.trace.json
            """
    )

    @Argument(help: "A scene file (JSON).")
    var scene: String

    @Option(name: .shortAndLong, help: "Output file (default: standard output).")
    var output: String?

    func run() throws {
        let loaded = try SceneLoader.load(contentsOf: scene)
        let text = SceneTrace.json(for: SceneEvaluator.evaluate(loaded)).text + "\n"
        if let output {
            try AtomicFile.write(Array(text.utf8), to: output)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
