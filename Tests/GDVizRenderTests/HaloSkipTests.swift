import CCairo
import GDVizEngine
import XCTest
@testable import GDVizRender

/// A text halo over pixels that already have its colour is skipped: the stroke it saves would
/// have changed nothing, and a halo over anything else is still drawn.
final class HaloSkipTests: XCTestCase {
    private let colors = [Color.white, Color.black, Color(hex: 0x1E1F22), Color(0.3, 0.6, 0.9), Color(0.123, 0.456, 0.789), Color(hex: 0xF4F4F4)]
    private let halo = 3.0

    private func png(background: Color, _ draw: @escaping (Canvas) -> Void) throws -> RasterImage {
        try RasterImage.decodePNG(PageRenderer.render(format: .png, width: 160, height: 60, background: background) { draw($0) })
    }

    private func label(_ canvas: Canvas, halo color: Color) {
        canvas.strokeText("Wg ∇f(x)", font: .sans, size: 18, at: Point2(20, 40), angle: 0.1,
                          style: StrokeStyle(color: color, width: halo, join: .round))
    }

    /// The source pixel predicted for a colour is the one cairo paints (opaque: the page itself).
    func testPredictedPixelIsCairosPixel() throws {
        for color in colors {
            let image = try png(background: color) { _ in }
            let p = image.pixel(x: 5, y: 5), word = UnchangedPixels.premultiplied(color)!
            XCTAssertEqual([p.r, p.g, p.b, p.a], [UInt8(word >> 16 & 0xFF), UInt8(word >> 8 & 0xFF), UInt8(word & 0xFF), 255])
        }
    }

    /// The model the skip rests on: where it says compositing a colour over a page changes nothing,
    /// cairo stroking curves in that colour over the page (a plain stroke, never skipped) indeed
    /// changes no pixel; the halos of the gallery (page colour at 85 %) over white are such a case.
    func testStrokingWhereTheModelSaysNoChangeChangesNoPixel() throws {
        var path = Path.circle(center: Point2(50, 30), radius: 17.3)
        path.move(to: Point2(80.2, 10.7))
        path.curve(to: Point2(150.1, 50.3), control1: Point2(120, -20), control2: Point2(90, 80))
        let white = UnchangedPixels.premultiplied(.white)!
        XCTAssertTrue(UnchangedPixels.overChangesNothing(UnchangedPixels.premultiplied(Color.white.withAlpha(0.85))!, over: white))
        XCTAssertFalse(UnchangedPixels.overChangesNothing(UnchangedPixels.premultiplied(Color(0.9, 0.9, 0.9))!, over: white))
        var checked = 0
        for page in colors {
            for alpha in [1, 0.85, 0.5] {
                let color = page.withAlpha(alpha)
                guard UnchangedPixels.overChangesNothing(UnchangedPixels.premultiplied(color)!,
                                                         over: UnchangedPixels.premultiplied(page)!) else { continue }
                checked += 1
                for width in [0.3, 1, halo, 7.7] {
                    let stroked = try png(background: page) {
                        $0.stroke(path, style: StrokeStyle(color: color, width: width, join: .round))
                    }
                    XCTAssertEqual(stroked, try png(background: page) { _ in }, "\(color) over \(page), width \(width)")
                }
            }
        }
        XCTAssertEqual(checked, 6, "white and black pages, opaque and translucent")
    }

    /// Why other colours are not trusted: an opaque grey stroked over itself changes a few pixels.
    func testAGreyStrokedOverItselfChangesPixels() throws {
        let page = Color(hex: 0xF4F4F4)
        XCTAssertFalse(UnchangedPixels.overChangesNothing(UnchangedPixels.premultiplied(page)!,
                                                          over: UnchangedPixels.premultiplied(page)!))
        let stroked = try png(background: page) { canvas in
            canvas.stroke(.circle(center: Point2(50, 30), radius: 17.3), style: StrokeStyle(color: page, width: 3, join: .round))
        }
        XCTAssertNotEqual(stroked, try png(background: page) { _ in })
    }

    /// Over a line the halo is drawn: it changes the pixels where it covers the line.
    func testAHaloOverInkIsDrawn() throws {
        let line: (Canvas) -> Void = {
            $0.stroke(.polyline([Point2(0, 32), Point2(160, 36)]), style: StrokeStyle(color: Color(0, 0, 1), width: 2))
        }
        let withHalo = try png(background: .white) { canvas in line(canvas); self.label(canvas, halo: .white) }
        let lineOnly = try png(background: .white) { canvas in line(canvas) }
        XCTAssertNotEqual(withHalo, lineOnly)
    }

    /// A halo in another colour than the page, or translucent, is drawn.
    func testAHaloInAnotherColourIsDrawn() throws {
        let blank = try png(background: .white) { _ in }
        XCTAssertNotEqual(try png(background: .white) { self.label($0, halo: Color(0.9, 0.9, 0.9)) }, blank)
        XCTAssertNotEqual(try png(background: .white) { self.label($0, halo: Color(0, 0, 0, 0.5)) }, blank)
    }

    /// Inside a pushed group the stroke lands on the group's surface, which the check does not read:
    /// never skipped there, though the page underneath is all white.
    func testNoSkipInsideAPushedGroup() throws {
        let surface = try XCTUnwrap(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 40, 40))
        defer { cairo_surface_destroy(surface) }
        let cr = try XCTUnwrap(cairo_create(surface))
        defer { cairo_destroy(cr) }
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_rectangle(cr, 10, 10, 15, 15)
        XCTAssertTrue(UnchangedPixels.strokeChangesNothing(cr, width: 3, color: .white), "white on a white page")
        cairo_push_group(cr)
        cairo_rectangle(cr, 10, 10, 15, 15)
        XCTAssertFalse(UnchangedPixels.strokeChangesNothing(cr, width: 3, color: .white), "in a group")
        cairo_pattern_destroy(cairo_pop_group(cr))
    }
}
