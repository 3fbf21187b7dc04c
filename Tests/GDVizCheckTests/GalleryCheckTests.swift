import Foundation
import GDVizTestSupport
import XCTest
@testable import GDVizCheck
import GDVizRender

/// The package's own gallery: every scene in Scenes/ that has a reference in Renders/ must
/// render to exactly the same pixels. Runs the check loop in-process on the run's shared
/// gallery renders (the CLI's `check` is tested end to end in CheckCommandTests).
final class GalleryCheckTests: XCTestCase {
    func testGalleryMatchesItsReferences() throws {
        let gallery = Gallery.shared
        let entries = try gallery.load()
        let root = Gallery.root.path
        let withReference = entries.filter {
            FileManager.default.fileExists(atPath: "\(root)/Renders/\($0.scene.name).png")
        }
        guard !withReference.isEmpty else { throw XCTSkip("no scene in Scenes/ has a reference in Renders/") }
        var pngs: [String: [UInt8]] = [:]
        for entry in withReference { pngs["\(root)/\(entry.file)"] = try gallery.render(entry, .png) }
        gallery.prefetch()  // SVG and PDF for the vector tests, while the next tests run
        let frozen = pngs
        let output = try temporaryFolder()
        var run = CheckRun(scenes: withReference.map { "\(root)/\($0.file)" }, against: "\(root)/Renders",
                           output: output.path, options: ComparisonOptions(mode: .exact), record: .never)
        run.renderPNG = { file in
            guard let png = frozen[file] else { throw InputError("not in the gallery: \(file)") }
            return png
        }
        let outcome = run.run()
        for result in outcome.results where result.status != .passed {
            XCTFail("gallery scene failed: \(outcome.line(for: result))")
        }
        XCTAssertEqual(outcome.passed, withReference.count, outcome.lines.joined(separator: "\n"))
    }
}
