import GDVizRender

/// The outcome of checking one scene.
package struct SceneCheck: Sendable {
    package enum Status: String, Sendable {
        case passed, failed, sizeMismatch = "size-mismatch", missing, new, recorded, error

        /// Sort order in reports: failures first.
        package var rank: Int {
            switch self {
            case .error: return 0
            case .failed, .sizeMismatch: return 1
            case .missing: return 2
            case .recorded, .new: return 3
            case .passed: return 4
            }
        }
    }

    package var scene: String
    package var file: String
    package var referencePath: String
    package var status: Status
    package var message: String = ""
    package var comparison: ImageComparison?
    /// The fresh render, encoded.
    package var actualPNG: [UInt8]?
    package var actualSize: (Int, Int)?
    /// The reference's bytes as read before any recording (copied into the report folder).
    package var referenceBytes: [UInt8]?
    /// Artefact paths relative to the output folder.
    package var artefacts: [String: String] = [:]

    package init(scene: String, file: String, referencePath: String, status: Status, message: String = "") {
        self.scene = scene
        self.file = file
        self.referencePath = referencePath
        self.status = status
        self.message = message
    }
}
