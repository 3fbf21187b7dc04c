import XCTest
@testable import GDVizRender

final class RasterImageTests: XCTestCase {
    func testRoundTripThroughPNGKeepsPremultipliedPixels() throws {
        var pixels: [UInt8] = []
        for y in 0..<5 {
            for x in 0..<7 {
                let a = UInt8((x * 40 + y * 9) % 256)  // includes 0 and partial alpha
                pixels += [UInt8(Int(a) * x / 7), UInt8(Int(a) * y / 5), a / 2, a]  // r, g, b ≤ a
            }
        }
        let image = RasterImage(width: 7, height: 5, pixels: pixels)
        XCTAssertEqual(try RasterImage.decodePNG(image.encodePNG()), image)
    }

    func testOpaqueRoundTrip() throws {
        let pixels = (0..<(3 * 2)).flatMap { i -> [UInt8] in [UInt8(i * 40), 7, UInt8(255 - i), 255] }
        let image = RasterImage(width: 3, height: 2, pixels: pixels)
        XCTAssertEqual(try RasterImage.decodePNG(image.encodePNG()), image)
    }

    func testDecodeRejectsEmptyTruncatedAndForeignBytes() throws {
        let png = try RasterImage(width: 16, height: 16, pixels: [UInt8](repeating: 200, count: 16 * 16 * 4)).encodePNG()
        XCTAssertNoThrow(try RasterImage.decodePNG(png))
        let bad: [String: [UInt8]] = [
            "empty": [],
            "signature only": Array(png.prefix(8)),
            "half": Array(png.prefix(png.count / 2)),
            "missing last byte": Array(png.dropLast()),
            "text": Array("<svg xmlns='http://www.w3.org/2000/svg'/>".utf8),
            "zeros": [UInt8](repeating: 0, count: 100),
        ]
        for (name, bytes) in bad {
            XCTAssertThrowsError(try RasterImage.decodePNG(bytes), name) { error in
                guard case RenderError.invalidPNG = error else { return XCTFail("\(name): \(error)") }
            }
        }
    }

    func testEncodeRejectsEmptyImage() {
        XCTAssertThrowsError(try RasterImage(width: 0, height: 0, pixels: []).encodePNG())
    }
}
