/// The file formats one drawing can be rendered into. Raw values are the lowercase file
/// extensions, so the same spelling works in JSON scenes, CLI arguments and file names.
package enum OutputFormat: String, CaseIterable, Sendable, Codable {
    case png, svg, pdf

    /// The file extension, without the dot.
    package var fileExtension: String { rawValue }
}
