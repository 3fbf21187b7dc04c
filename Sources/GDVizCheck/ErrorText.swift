import Foundation
import GDVizRender
import GDVizScene

/// A problem with a file given to gdviz (missing, unreadable, not a regular file, too large,
/// not an image). Its text is complete: the path, the role and what was wrong.
package struct InputError: Error, CustomStringConvertible, Equatable {
    package var description: String
    package init(_ description: String) { self.description = description }
}

/// The one place that turns an error from the libraries into the lines a user reads.
package enum ErrorText {
    package static func lines(_ error: Error) -> [String] {
        switch error {
        case let invalid as SceneValidationError:
            return invalid.description.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        default:
            return ["error: \(error)"]
        }
    }

    /// The same as one line, for a list where each entry must stay on its line: the first
    /// line and how many more the full text (in the reports) holds.
    package static func oneLine(_ text: String) -> String {
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = lines.first else { return text }
        return lines.count == 1 ? first : "\(first) (+\(lines.count - 1) more line\(lines.count == 2 ? "" : "s") in the report)"
    }
}
