import CCairo
import XCTest
@testable import GDVizRender

/// The pixel buffer under PNG pages: zeroed, of the asked size, and the same pixels as cairo's own.
final class PageBufferTests: XCTestCase {
    func testStartsZeroedWithCairosStride() throws {
        for (width, height) in [(1, 1), (3, 2), (1000, 760), (1301, 3)] {
            let buffer = try PageBuffer(width: width, height: height)
            try withExtendedLifetime(buffer) {
                let surface = buffer.surface
                XCTAssertEqual(Int(cairo_image_surface_get_width(surface)), width)
                XCTAssertEqual(Int(cairo_image_surface_get_height(surface)), height)
                let stride = Int(cairo_image_surface_get_stride(surface))
                XCTAssertEqual(stride, Int(cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, Int32(width))))
                let data = try XCTUnwrap(cairo_image_surface_get_data(surface))
                let bytes = UnsafeBufferPointer(start: data, count: stride * height)
                XCTAssertTrue(bytes.allSatisfy { $0 == 0 }, "\(width)×\(height) must start transparent black")
            }
        }
    }

    func testDrawsTheSamePixelsAsCairosOwnSurface() throws {
        func drawn(_ surface: OpaquePointer) -> [UInt8] {
            let cr = cairo_create(surface)!
            cairo_set_source_rgba(cr, 0.2, 0.4, 0.6, 0.8)
            cairo_arc(cr, 40, 30, 25, 0, 6.283185307179586)
            cairo_fill(cr)
            cairo_destroy(cr)
            cairo_surface_flush(surface)
            let stride = Int(cairo_image_surface_get_stride(surface))
            return Array(UnsafeBufferPointer(start: cairo_image_surface_get_data(surface), count: stride * 60))
        }
        let buffer = try PageBuffer(width: 90, height: 60)
        let ours = withExtendedLifetime(buffer) { drawn(buffer.surface) }
        let own = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 90, 60)!
        defer { cairo_surface_destroy(own) }
        XCTAssertEqual(ours, drawn(own))
        XCTAssertTrue(ours.contains { $0 != 0 }, "the circle must be drawn")
    }
}
