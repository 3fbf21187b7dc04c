import Foundation
import GDVizScene
import GDVizTestSupport
import XCTest
@testable import GDVizRender

/// Renders the bundled scenes and compares decoded pixels with the references in Renders/.
final class SceneRenderTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The scene's PNG from the run's shared gallery renders.
    private func render(_ name: String) throws -> RasterImage {
        let entry = try XCTUnwrap(try Gallery.shared.load().first { $0.scene.name == name }, "\(name) is in the gallery")
        return try RasterImage.decodePNG(Gallery.shared.render(entry, .png))
    }

    func testQuadraticSceneHasRequestedSizeAndIsNotBlank() throws {
        let image = try render("gd-quadratic")
        XCTAssertEqual(image.width, 900)
        XCTAssertEqual(image.height, 560)
        var inked = 0, coloured = 0
        for y in 0..<image.height {
            for x in 0..<image.width {
                let p = image.pixel(x: x, y: y)
                XCTAssertEqual(p.a, 255, "background must be opaque")
                if p.r < 200 || p.g < 200 || p.b < 200 { inked += 1 }
                if Int(p.r) - Int(p.b) > 80 { coloured += 1 }  // the red trajectory
            }
        }
        XCTAssertGreaterThan(inked, image.width * image.height / 50, "figure looks blank")
        XCTAssertGreaterThan(coloured, 300, "the trajectory is missing")
    }

    /// Tolerance: the render must match the committed reference exactly on this platform
    /// (gdviz draws text as glyph paths from font files, so nothing depends on fontconfig).
    /// To absorb anti-aliasing noise from a different CPU architecture, up to 0.05 % of the
    /// pixels may differ, each by at most 96 levels per channel; a moved line or a missing
    /// marker changes far more pixels or by more than that.
    func testQuadraticSceneMatchesReference() throws {
        let actual = try render("gd-quadratic")
        let referenceBytes = try [UInt8](Data(contentsOf: Self.root.appendingPathComponent("Renders/gd-quadratic.png")))
        let expected = try RasterImage.decodePNG(referenceBytes)
        XCTAssertEqual(actual.width, expected.width)
        XCTAssertEqual(actual.height, expected.height)
        guard actual.width == expected.width, actual.height == expected.height else { return }
        var changed = 0, maxDelta = 0
        for i in stride(from: 0, to: actual.pixels.count, by: 4) {
            var delta = 0
            for c in 0..<4 { delta = max(delta, abs(Int(actual.pixels[i + c]) - Int(expected.pixels[i + c]))) }
            if delta > 0 { changed += 1 }
            maxDelta = max(maxDelta, delta)
        }
        let allowed = actual.width * actual.height / 2000
        XCTAssertLessThanOrEqual(changed, allowed, "\(changed) pixels changed (max delta \(maxDelta))")
        if changed > 0 { XCTAssertLessThanOrEqual(maxDelta, 96, "\(changed) pixels changed, max delta \(maxDelta)") }
    }

    // SVG and PDF stability across renders: GalleryVectorOutputTests.stabilitySample.
}
