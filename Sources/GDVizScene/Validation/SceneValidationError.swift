/// Everything wrong with one scene file. Thrown by ``SceneLoader``, also when the file cannot be read.
package struct SceneValidationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as the user named it (`scenes/gd.json`), or the name given to ``SceneLoader/parse(_:file:)``.
    package var file: String
    /// Every problem found, in reading order; never empty.
    package var issues: [SceneIssue]

    package init(file: String, issues: [SceneIssue]) {
        self.file = file
        self.issues = issues
    }

    /// One line per issue, `gd.json: $.runs[1].lr: expected a positive number, got "fast"`,
    /// each followed by its detail lines, if any, indented by four spaces.
    package var description: String {
        var lines: [String] = []
        for issue in issues {
            lines.append("\(file): \(issue)")
            if let detail = issue.detail {
                lines += detail.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
            }
        }
        return lines.joined(separator: "\n")
    }
}
