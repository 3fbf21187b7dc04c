/// One problem in a scene file, located by a JSON path.
package struct SceneIssue: Sendable, Equatable, CustomStringConvertible {
    /// Where the problem is, e.g. `$.runs[1].lr` (array indices count from 0); `$` is the whole file.
    package var path: String
    /// One line saying what was expected and what was found,
    /// e.g. `expected a positive number, got "fast"`.
    package var message: String
    /// Further lines of context, e.g. an expression with a caret under the bad column.
    package var detail: String?

    package init(path: String, message: String, detail: String? = nil) {
        self.path = path
        self.message = message
        self.detail = detail
    }

    /// `$.runs[1].lr: expected a positive number, got "fast"`.
    package var description: String { "\(path): \(message)" }
}
