import Foundation
import GDVizCheck

/// gdviz's exit statuses, the same for every subcommand (documented in the README).
enum ExitStatus: Int32 {
    case success = 0
    /// A comparison found a changed figure (`check`, `diff`).
    case changed = 1
    /// The command line itself is wrong.
    case usage = 2
    /// A scene, reference or output could not be read, validated, rendered or written.
    case failure = 3
}

/// An error that already knows its message and exit status.
struct CommandFailure: Error {
    var status: ExitStatus
    var lines: [String]

    init(_ status: ExitStatus, _ lines: [String]) {
        self.status = status
        self.lines = lines
    }

    /// The one place that turns any error from the libraries into text and a status.
    init(_ error: Error) {
        switch error {
        case let failure as CommandFailure:
            self = failure
        case let usage as UsageError:
            self.init(.usage, ["error: \(usage)"])
        default:
            self.init(.failure, ErrorText.lines(error))
        }
    }
}

enum StandardError {
    static func write(_ lines: [String]) {
        let text = lines.joined(separator: "\n") + "\n"
        FileHandle.standardError.write(Data(text.utf8))
    }
}
