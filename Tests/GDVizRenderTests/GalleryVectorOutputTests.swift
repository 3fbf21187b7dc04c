import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GDVizScene
import XCTest
@testable import GDVizRender

/// Every gallery scene as SVG and PDF: well-formed, the right page size, and the same bytes twice.
final class GalleryVectorOutputTests: XCTestCase {
    private func scenes() throws -> [Scene] {
        let folder = SceneRenderTests.root.appendingPathComponent("Scenes")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
            .map { try SceneLoader.load(contentsOf: folder.appendingPathComponent($0).path) }
    }

    func testSVGIsWellFormedAndStable() throws {
        for scene in try scenes() {
            let first = try SceneRenderer.render(scene, format: .svg)
            _ = try SceneRenderer.render(scene, format: .png)  // moves cairo's global surface counter on
            XCTAssertEqual(first, try SceneRenderer.render(scene, format: .svg), "\(scene.name): SVG bytes differ")
            let parser = XMLParser(data: Data(first))
            XCTAssertTrue(parser.parse(), "\(scene.name): SVG is not well-formed XML: \(String(describing: parser.parserError))")
            let text = String(decoding: first.prefix(600), as: UTF8.self)
            XCTAssertTrue(text.contains(#"width="\#(scene.width)px""#), "\(scene.name): width")
        }
    }

    func testPDFHasThePageSizeAndIsStable() throws {
        for scene in try scenes() {
            let first = try SceneRenderer.render(scene, format: .pdf)
            XCTAssertEqual(first, try SceneRenderer.render(scene, format: .pdf), "\(scene.name): PDF bytes differ")
            let text = String(decoding: first, as: UTF8.self)
            XCTAssertTrue(text.hasPrefix("%PDF-"), scene.name)
            XCTAssertTrue(text.contains("/MediaBox [ 0 0 \(scene.width) \(scene.height) ]"), "\(scene.name): MediaBox")
        }
    }
}
