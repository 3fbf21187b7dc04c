import CCairo
import GDVizEngine
import XCTest
@testable import GDVizRender

/// PNG output through libpng: what a decoder gets back must be exactly what cairo's own writer
/// gives, for opaque images (written as RGB) and translucent ones (RGBA, un-premultiplied).
final class PNGEncodingTests: XCTestCase {
    /// An ARGB32 surface with pseudo-random premultiplied pixels (colour ≤ alpha), every alpha
    /// value from 0 to 255 present unless `opaque`.
    private func makeSurface(width: Int, height: Int, opaque: Bool, seed: UInt64) -> OpaquePointer {
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height))!
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!
        var state = seed
        func next(_ bound: UInt32) -> UInt32 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt32(truncatingIfNeeded: state >> 33) % (bound + 1)
        }
        for y in 0..<height {
            for x in 0..<width {
                let a: UInt32 = opaque ? 255 : UInt32((y * width + x) % 256)
                let word = a << 24 | next(a) << 16 | next(a) << 8 | next(a)
                UnsafeMutableRawPointer(data + y * stride).storeBytes(of: word, toByteOffset: x * 4, as: UInt32.self)
            }
        }
        cairo_surface_mark_dirty(surface)
        return surface
    }

    private func cairoPNG(_ surface: OpaquePointer) -> [UInt8] {
        let sink = ByteSink()
        sink.withWriteFunc { write, closure in _ = cairo_surface_write_to_png_stream(surface, write, closure) }
        return sink.bytes
    }

    /// Colour type in the IHDR chunk: byte 25 of the file (2 = RGB, 6 = RGBA).
    private func colorType(_ png: [UInt8]) -> UInt8 { png[25] }

    func testDecodedPixelsMatchCairosOwnWriter() throws {
        for (opaque, seed) in [(true, UInt64(1)), (false, 2), (false, 3)] {
            let surface = makeSurface(width: 67, height: 41, opaque: opaque, seed: seed)
            defer { cairo_surface_destroy(surface) }
            let ours = try PNGEncoding.encode(surface)
            XCTAssertEqual(Array(ours.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            XCTAssertEqual(colorType(ours), opaque ? 2 : 6)
            XCTAssertEqual(try RasterImage.decodePNG(ours), try RasterImage.decodePNG(cairoPNG(surface)), "opaque: \(opaque)")
        }
    }

    /// A rendered page decodes, re-encodes and decodes to the same pixels; its white background
    /// makes it opaque, so it is written as RGB.
    func testRenderedPageRoundTrips() throws {
        let png = try PageRenderer.render(format: .png, width: 120, height: 80) { canvas in
            canvas.fill(.circle(center: Point2(60, 40), radius: 30), color: Color(0.2, 0.4, 0.8))
            canvas.stroke(.polyline([Point2(0, 0), Point2(120, 80)]), style: StrokeStyle(color: .black, width: 2))
        }
        let image = try RasterImage.decodePNG(png)
        XCTAssertEqual(image, try RasterImage.decodePNG(image.encodePNG()))
        XCTAssertEqual(colorType(png), 2, "white background: opaque, so RGB")
    }

    /// Number of IDAT chunks: the encoder writes one per compressed piece of rows.
    private func idatCount(_ png: [UInt8]) -> Int {
        var offset = 8, count = 0
        while offset + 8 <= png.count {
            let length = png[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
            if png[offset + 4..<offset + 8].elementsEqual("IDAT".utf8) { count += 1 }
            offset += 12 + length
        }
        return count
    }

    /// The chunks compressed one after the other or on several threads give the same bytes,
    /// and encoding twice gives the same bytes: the cut depends only on the image.
    func testChunkedBytesDoNotDependOnThreads() throws {
        for (width, height, opaque) in [(700, 500, true), (613, 431, false), (40, 30, true)] {
            let surface = makeSurface(width: width, height: height, opaque: opaque, seed: 7)
            defer { cairo_surface_destroy(surface) }
            let serial = try PNGEncoding.encode(surface, concurrently: false)
            XCTAssertEqual(try PNGEncoding.encode(surface, concurrently: true), serial, "\(width)×\(height)")
            XCTAssertEqual(try PNGEncoding.encode(surface, concurrently: true), serial, "\(width)×\(height), twice")
            if width > 100 { XCTAssertGreaterThan(idatCount(serial), 2, "several chunks, so the test means something") }
            XCTAssertEqual(try RasterImage.decodePNG(serial), try RasterImage.decodePNG(cairoPNG(surface)))
        }
    }

    /// Sizes at the edges of the chunking: single pixels, single rows and columns, heights that
    /// leave a short last chunk, the widest image cairo makes (each row its own chunk piece).
    func testOddSizesDecodeToCairosPixels() throws {
        let sizes = [(1, 1), (1, 300), (3000, 1), (257, 1031), (1000, 761), (32767, 3)]
        for (width, height) in sizes {
            for opaque in [true, false] {
                let surface = makeSurface(width: width, height: height, opaque: opaque, seed: UInt64(width * 31 + height))
                defer { cairo_surface_destroy(surface) }
                let ours = try PNGEncoding.encode(surface)
                XCTAssertEqual(colorType(ours), opaque ? 2 : 6)
                XCTAssertEqual(try RasterImage.decodePNG(ours), try RasterImage.decodePNG(cairoPNG(surface)),
                               "\(width)×\(height) opaque: \(opaque)")
            }
        }
    }

    /// A write that fails (here: past a byte limit, as on a full disk) at any point — header,
    /// image data, the final IEND — is reported, never a truncated file returned.
    func testFailingWriteIsReported() throws {
        let surface = makeSurface(width: 700, height: 500, opaque: false, seed: 5)
        defer { cairo_surface_destroy(surface) }
        let full = try PNGEncoding.encode(surface).count
        for limit in [0, 20, 40, full / 2, full - 1] {
            for concurrently in [false, true] {
                XCTAssertThrowsError(try PNGEncoding.encode(surface, concurrently: concurrently, byteLimit: limit)) { error in
                    guard case let RenderError.pngEncoding(reason) = error else { return XCTFail("\(error)") }
                    XCTAssertEqual(reason, "write failed", "limit \(limit)")
                }
            }
        }
        XCTAssertEqual(try PNGEncoding.encode(surface, byteLimit: full).count, full)
    }

    func testNonARGBSurfaceThrows() {
        let surface = cairo_image_surface_create(CAIRO_FORMAT_A8, 4, 4)!
        defer { cairo_surface_destroy(surface) }
        XCTAssertThrowsError(try PNGEncoding.encode(surface)) { error in
            guard case RenderError.pngEncoding = error else { return XCTFail("\(error)") }
        }
    }
}
