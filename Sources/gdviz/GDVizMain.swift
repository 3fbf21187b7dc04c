import ArgumentParser
import Foundation
import GDVizScene

/// Entry point: runs the command and maps every error to a message and an exit status in one place.
@main
enum GDVizMain {
    static func main() {
        StandardOutput.prepare()
        do {
            try CommandNames.check(Array(CommandLine.arguments.dropFirst()))
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
        subcommands: [RenderCommand.self, WatchCommand.self, TraceCommand.self, DescribeCommand.self, DiffCommand.self, CheckCommand.self,
                      ListCommand.self, SchemaCommand.self]
    )
}

/// Subcommand names as people mistype them: `gdviz rendr x.json` gets a did-you-mean and
/// `gdviz help <unknown>` is an error, both exit 2 (ArgumentParser would report "unexpected
/// arguments" or print the main help with exit 0).
enum CommandNames {
    static var known: [String] { GDViz.configuration.subcommands.map { $0._commandName } + ["help"] }

    static func check(_ arguments: [String]) throws {
        guard let first = arguments.first, !first.hasPrefix("-") else { return }
        if first == "help" {
            for word in arguments.dropFirst() where !word.hasPrefix("-") && !known.contains(word) {
                throw CommandFailure(.usage, ["error: no help for unknown command '\(word)'" + hint(word)])
            }
            return
        }
        guard !known.contains(first) else { return }
        throw CommandFailure(.usage, ["error: unknown command '\(first)'" + hint(first)])
    }

    private static func hint(_ word: String) -> String {
        let commands = known.filter { $0 != "help" }
        if let close = Suggestion.closest(to: word, among: commands) { return ". Did you mean '\(close)'?" }
        return " (commands: \(commands.joined(separator: ", ")))"
    }
}
