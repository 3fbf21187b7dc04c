import ArgumentParser
import Foundation
import GDVizCheck
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
            Without -o, or with -o -, the JSON goes to standard output; a write error there \
            (a full disk, a closed pipe) is reported and exits 3.
            """
    )

    @Argument(help: ArgumentHelp("A scene file (JSON).", valueName: "scene"), completion: .file(extensions: ["json"]))
    var scene: String

    @Option(name: .shortAndLong, help: "Output file, or - for standard output (the default).", completion: .file())
    var output: String?

    func run() throws {
        let destination = output == "-" ? nil : output
        if let destination {
            if destination.isEmpty { throw CommandFailure(.usage, ["error: -o needs a file name"]) }
            let outputs = [OutputSafety.Output(destination, role: "the trace")]
            if let problem = OutputSafety.problem(outputs: outputs, inputs: [scene]) {
                throw CommandFailure(.usage, ["error: \(problem)"])
            }
        }
        let loaded = try SceneLoader.load(contentsOf: scene)
        let json = SceneTrace.json(for: SceneEvaluator.evaluate(loaded))
        if let destination {
            var bytes: [UInt8] = []
            json.stream { bytes += $0 }
            try AtomicFile.write(bytes + [UInt8(ascii: "\n")], to: destination)
        } else {
            // Streamed in chunks: a 10⁶-step run is never one string in memory.
            try json.stream { try StandardOutput.write(bytes: $0) }
            try StandardOutput.write("\n")
        }
    }
}
