import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GDVizScene
import GDVizTestSupport
import XCTest
@testable import GDVizRender

/// Every gallery scene as SVG and PDF (the run's shared renders): well-formed and the right page
/// size. The same bytes twice is checked on a second render of the scenes in `stabilitySample`,
/// made here after the gallery's PNGs moved cairo's global surface counters on: one scene per
/// kind of drawing that allocates cairo ids (images of filled contours, 3-D surfaces, panels
/// graph layout), so every id source is covered without rendering the whole gallery twice. The
/// second render is the whole plain pipeline (`SceneEvaluator.evaluate` then `SceneRenderer.render`), while the
/// shared SVG was drawn from the run's shared evaluation through the layout-box recorder, so the
/// comparison also shows that neither sharing nor recording changes a byte.
final class GalleryVectorOutputTests: XCTestCase {
    static let stabilitySample: Set<String> = ["saddle-contours", "saddle-3d", "convexity-chord", "computation-graph"]

    /// A fresh render of every entry in `format`, on every core.
    private func renderAgain(_ entries: [Gallery.Entry], _ format: OutputFormat) -> [Result<[UInt8], Error>] {
        let box = ResultBox(count: entries.count)
        DispatchQueue.concurrentPerform(iterations: entries.count) { k in
            box.set(k, Result { try SceneRenderer.render(SceneEvaluator.evaluate(entries[k].scene), format: format) })
        }
        return box.values
    }

    /// Each entry with its shared render and, for the stability sample, a second one.
    private func prepared(_ format: OutputFormat) throws -> [(Gallery.Entry, [UInt8], [UInt8]?)] {
        let gallery = Gallery.shared
        let entries = try gallery.load()
        for entry in entries { _ = try gallery.render(entry, .png) }
        let first = try entries.map { try gallery.render($0, format) }
        let sample = entries.filter { Self.stabilitySample.contains($0.scene.name) }
        XCTAssertEqual(sample.count, Self.stabilitySample.count, "every scene of the stability sample is in the gallery")
        var again: [String: [UInt8]] = [:]
        for (entry, result) in zip(sample, renderAgain(sample, format)) { again[entry.scene.name] = try result.get() }
        return (0..<entries.count).map { (entries[$0], first[$0], again[entries[$0].scene.name]) }
    }

    func testSVGIsWellFormedAndStable() throws {
        for (entry, first, again) in try prepared(.svg) {
            let scene = entry.scene
            if let again { XCTAssertEqual(first, again, "\(scene.name): SVG bytes differ") }
            let parser = XMLParser(data: Data(first))
            XCTAssertTrue(parser.parse(), "\(scene.name): SVG is not well-formed XML: \(String(describing: parser.parserError))")
            let text = String(decoding: first.prefix(600), as: UTF8.self)
            XCTAssertTrue(text.contains(#"width="\#(Int(scene.width))px""#), "\(scene.name): width")
        }
    }

    func testPDFHasThePageSizeAndIsStable() throws {
        for (entry, first, again) in try prepared(.pdf) {
            let scene = entry.scene
            if let again { XCTAssertEqual(first, again, "\(scene.name): PDF bytes differ") }
            let text = String(decoding: first, as: UTF8.self)
            XCTAssertTrue(text.hasPrefix("%PDF-"), scene.name)
            XCTAssertTrue(text.contains("/MediaBox [ 0 0 \(Int(scene.width)) \(Int(scene.height)) ]"), "\(scene.name): MediaBox")
        }
    }
}

/// Results written by concurrent workers, one slot each.
private final class ResultBox: @unchecked Sendable {
    // @unchecked: every access to `storage` holds `lock`.
    private let lock = NSLock()
    private var storage: [Result<[UInt8], Error>]
    init(count: Int) { storage = Array(repeating: .success([]), count: count) }
    func set(_ k: Int, _ value: Result<[UInt8], Error>) { lock.lock(); storage[k] = value; lock.unlock() }
    var values: [Result<[UInt8], Error>] { lock.lock(); defer { lock.unlock() }; return storage }
}
