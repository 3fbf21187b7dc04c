import Foundation
import XCTest

/// The package's own gallery: every scene in Scenes/ that has a reference in Renders/ must
/// render to exactly the same pixels.
final class GalleryCheckTests: XCTestCase {
    func testGalleryMatchesItsReferences() throws {
        let root = CLI.packageRoot
        let scenes = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Scenes").path)
            .filter { $0.hasSuffix(".json") }.sorted()
            .filter { scene in
                // Still figures have a PNG reference, animations a GIF.
                ["png", "gif"].contains { FileManager.default.fileExists(atPath: root.appendingPathComponent("Renders/" + (scene as NSString).deletingPathExtension + "." + $0).path) }
            }
            .map { "Scenes/" + $0 }
        guard !scenes.isEmpty else { throw XCTSkip("no scene in Scenes/ has a reference in Renders/") }
        let output = try CLI.temporaryFolder()
        let result = try CLI.run(["check"] + scenes + ["--against", "Renders", "--record", "never", "--mode", "exact",
                                                       "--output", output.path], in: root, environment: ["GDVIZ_RECORD": ""])
        for line in result.stdout.split(separator: "\n") where line.hasPrefix("✗") || line.hasPrefix("!") {
            XCTFail("gallery scene failed: \(line)  (artefacts in \(output.path))")
        }
        XCTAssertEqual(result.status, 0, "gdviz check failed:\n\(result.stdout)\n\(result.stderr)")
    }
}
