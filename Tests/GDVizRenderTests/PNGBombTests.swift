import XCTest
@testable import GDVizRender

/// A few bytes of PNG that claim a huge image are refused from the header, before decoding.
final class PNGBombTests: XCTestCase {
    /// The signature and an IHDR chunk for `width` × `height` (8-bit RGBA), then an empty IDAT.
    private func header(width: UInt32, height: UInt32) -> [UInt8] {
        func be(_ v: UInt32) -> [UInt8] { [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: v >> $0) } }
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + be(13) + Array("IHDR".utf8)
            + be(width) + be(height) + [8, 6, 0, 0, 0] + be(0) + be(0) + Array("IDAT".utf8) + be(0)
    }

    func testHugeClaimedSizeIsRefusedBeforeDecoding() {
        XCTAssertThrowsError(try RasterImage.decodePNG(header(width: 100_000, height: 100_000))) { error in
            XCTAssertTrue("\(error)".contains("100000 × 100000 pixels"), "\(error)")
            XCTAssertTrue("\(error)".contains("64000000"), "\(error)")
        }
        XCTAssertEqual(RasterImage.pngHeaderSize(header(width: 8000, height: 8000)).map { [$0.0, $0.1] }, [8000, 8000])
        XCTAssertNil(RasterImage.pngHeaderSize(Array("not a png at all, just text".utf8)))
    }
}
