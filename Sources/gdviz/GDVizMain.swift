import ArgumentParser
import Foundation

/// Entry point: runs the command and maps every error to a message and an exit status in one place.
@main
enum GDVizMain {
    static func main() {
        do {
            var command = try GDViz.parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            StandardError.write(failure.lines)
            exit(failure.status.rawValue)
        } catch {
            switch GDViz.exitCode(for: error) {
            case .success:
                GDViz.exit(withError: error)  // --help, --version
            case .validationFailure:
                StandardError.write([GDViz.fullMessage(for: error)])
                exit(ExitStatus.usage.rawValue)
            default:
                // Errors from the libraries (scene, render, file system) thrown straight out of run().
                let failure = CommandFailure(error)
                StandardError.write(failure.lines)
                exit(failure.status.rawValue)
            }
        }
    }
}

struct GDViz: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gdviz",
        abstract: "Draws the figures of optimization lectures from scene files.",
        discussion: """
            Exit status: 0 success, 1 a compared figure changed, 2 usage error, \
            3 a scene could not be read, validated or rendered, or an output could not be written.
            """,
        version: "0.1.0",
        subcommands: [RenderCommand.self, TraceCommand.self, DiffCommand.self, CheckCommand.self, ListCommand.self,
                      SchemaCommand.self]
    )
}
