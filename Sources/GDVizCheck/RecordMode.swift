/// When `gdviz check` writes references (swift-snapshot-testing semantics).
package enum RecordMode: String, CaseIterable, Sendable {
    /// Never write; a missing reference is a failure. The CI default.
    case never
    /// Write references that do not exist yet (reported as new; the run still exits 1).
    case missing
    /// Rewrite references whose comparison failed, and write missing ones.
    case failed
    /// Rewrite every reference.
    case all

    package static let environmentVariable = "GDVIZ_RECORD"
}
