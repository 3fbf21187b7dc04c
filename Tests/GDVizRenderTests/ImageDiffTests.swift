import GDVizEngine
import XCTest
@testable import GDVizRender

final class ImageDiffTests: XCTestCase {
    // MARK: helpers

    /// An opaque image filled with `grey`, with `paint` applied per pixel (x, y) → grey or nil.
    private func image(_ w: Int, _ h: Int, background: UInt8 = 255, _ paint: (Int, Int) -> UInt8? = { _, _ in nil }) -> RasterImage {
        var pixels: [UInt8] = []
        for y in 0..<h {
            for x in 0..<w {
                let v = paint(x, y) ?? background
                pixels += [v, v, v, 255]
            }
        }
        return RasterImage(width: w, height: h, pixels: pixels)
    }

    private func render(_ draw: @escaping (any Canvas) -> Void) throws -> RasterImage {
        try RasterImage.decodePNG(PageRenderer.render(format: .png, width: 120, height: 80, draw: draw))
    }

    private let tolerant = ComparisonOptions(mode: .tolerant)

    // MARK: equality

    func testIdenticalImagesHaveZeroMetricsAndAFadedDiff() throws {
        let a = try RasterImage.decodePNG(CairoTestDrawing.render(.png))
        let result = ImageComparison(expected: a, actual: a)
        XCTAssertEqual(result.status, .identical)
        XCTAssertTrue(result.passed)
        XCTAssertEqual([result.changedPixels, result.diffPixels, result.aaPixels, result.maxChannelDelta], [0, 0, 0, 0])
        XCTAssertEqual(result.rms, 0)
        XCTAssertEqual(result.clusters, [])
        let diff = result.diffImage()
        XCTAssertEqual(diff.width, a.width)
        for k in stride(from: 0, to: diff.pixels.count, by: 4) {
            // faded grey: r = g = b, never darker than 255·0.8
            XCTAssertEqual(diff.pixels[k], diff.pixels[k + 1])
            XCTAssertEqual(diff.pixels[k], diff.pixels[k + 2])
            XCTAssertGreaterThanOrEqual(diff.pixels[k], 203)
        }
    }

    func testByteDifferentButPixelIdenticalPNGsAreIdentical() throws {
        let original = try CairoTestDrawing.render(.png)
        let image = try RasterImage.decodePNG(original)
        let opaque = image.pixels.enumerated().allSatisfy { $0.offset % 4 != 3 || $0.element == 255 }
        XCTAssertTrue(opaque, "the test drawing has a white background")
        let variants: [String: [UInt8]] = [
            "stored RGB": TestPNG.encode(image, alpha: false),
            "stored RGBA": TestPNG.encode(image, alpha: true),
            "with tEXt": TestPNG.insertTextChunk(into: original, key: "Comment", text: "recompressed by a tool"),
        ]
        for (name, bytes) in variants {
            XCTAssertNotEqual(bytes, original, name)
            let decoded = try RasterImage.decodePNG(bytes)
            let result = ImageComparison(expected: image, actual: decoded)
            XCTAssertEqual(result.status, .identical, name)
        }
    }

    // MARK: real changes are caught in exact mode

    func testMissingMarkerIsCaught() throws {
        func markers(_ count: Int) -> (any Canvas) -> Void {
            { canvas in
                for k in 0..<count {
                    canvas.fill(.circle(center: Point2(20 + 25 * Double(k), 40), radius: 3), color: Color(hex: 0xD62728))
                }
            }
        }
        let expected = try render(markers(4)), actual = try render(markers(3))
        let result = ImageComparison(expected: expected, actual: actual)
        XCTAssertEqual(result.status, .changed)
        XCTAssertGreaterThan(result.changedPixels, 10)
        XCTAssertLessThan(result.changedPixels, 60)
        XCTAssertEqual(result.clusters.count, 1)
        let box = try XCTUnwrap(result.clusters.first)
        XCTAssertTrue(box.x <= 95 && box.maxX >= 95 && box.y <= 40 && box.maxY >= 40, "\(box)")
        XCTAssertGreaterThan(result.diffPixels, 0, "a missing marker is also beyond the default threshold")
    }

    func testChangedTickLabelIsCaught() throws {
        func label(_ text: String) -> (any Canvas) -> Void {
            { canvas in canvas.drawText(text, font: .sans, size: 10, at: Point2(40, 50), angle: 0, color: .black) }
        }
        let result = ImageComparison(expected: try render(label("0.5")), actual: try render(label("0.6")))
        XCTAssertEqual(result.status, .changed)
        XCTAssertGreaterThan(result.changedPixels, 0)
        XCTAssertGreaterThan(result.diffPixels, 0)
        let tolerantResult = ImageComparison(expected: try render(label("0.5")), actual: try render(label("0.6")), options: tolerant)
        XCTAssertEqual(tolerantResult.status, .changed, "the AA detector must not swallow a changed glyph")
    }

    /// A #EDEDED grid line on white: ΔY = 18, Δ = 0.5053·18² ≈ 164. That is above
    /// 35215·0.05² ≈ 88 but below 35215·0.1² ≈ 352, so pixelmatch's default t = 0.1 misses it.
    func testLightGreyLineCaughtInExactModeAndAtDefaultThresholdButNotAtPointOne() {
        let white = image(40, 30)
        let grid = image(40, 30) { _, y in y == 15 ? 0xED : nil }
        XCTAssertEqual(ImageComparison(expected: white, actual: grid).status, .changed)
        let loose = ImageComparison(expected: white, actual: grid, options: ComparisonOptions(mode: .tolerant, threshold: 0.1))
        XCTAssertEqual(loose.status, .withinTolerance)
        XCTAssertEqual(loose.diffPixels, 0)
        XCTAssertEqual(loose.changedPixels, 40)
        let strict = ImageComparison(expected: white, actual: grid, options: tolerant)
        XCTAssertEqual(strict.status, .changed)
        XCTAssertEqual(strict.diffPixels, 40)
    }

    // MARK: sizes

    func testSizeDifferencesAreSizeMismatchesNeverRescaled() {
        let base = image(20, 10)
        for other in [image(21, 10), image(20, 11), image(19, 9), image(10, 20)] {
            let result = ImageComparison(expected: base, actual: other, options: tolerant)
            XCTAssertEqual(result.status, .sizeMismatch, "\(other.width)×\(other.height)")
            XCTAssertFalse(result.passed)
            let diff = result.diffImage()
            XCTAssertEqual(diff.width, max(20, other.width))
            XCTAssertEqual(diff.height, max(10, other.height))
        }
        // The extra area is hatched magenta even though both images are plain white.
        let diff = ImageComparison(expected: base, actual: image(21, 10)).diffImage()
        let column = (0..<10).map { diff.pixel(x: 20, y: $0) }
        XCTAssertTrue(column.contains { $0.r == 255 && $0.g == 0 && $0.b == 255 })
    }

    func testUnreadableReferencesThrow() throws {
        let png = try image(8, 8).encodePNG()
        for bytes in [[], Array(png.prefix(png.count / 2)), Array("version https://git-lfs.github.com/spec/v1\n".utf8)] {
            XCTAssertThrowsError(try RasterImage.decodePNG(bytes))
        }
    }

    // MARK: anti-aliasing and metrics

    func testOnePixelLineMovedByOnePixelIsNotAntialiasing() {
        let expected = image(30, 20) { _, y in y == 10 ? 0 : nil }
        let actual = image(30, 20) { _, y in y == 11 ? 0 : nil }
        let result = ImageComparison(expected: expected, actual: actual, options: tolerant)
        XCTAssertEqual(result.status, .changed)
        XCTAssertEqual(result.diffPixels, 60)
        XCTAssertEqual(result.aaPixels, 0)
    }

    func testAntialiasedEdgeShiftIsExcludedInTolerantMode() throws {
        func bar(_ y: Double) -> (any Canvas) -> Void {
            { canvas in canvas.fill(.rect(DeviceRect(x: 10, y: y, width: 100, height: 30)), color: .black) }
        }
        // A sub-pixel shift only changes the grey ramp pixels along the two edges.
        let result = ImageComparison(expected: try render(bar(20.3)), actual: try render(bar(20.6)), options: tolerant)
        XCTAssertGreaterThan(result.changedPixels, 0)
        XCTAssertGreaterThan(result.aaPixels, 0)
        XCTAssertEqual(ImageComparison(expected: try render(bar(20.3)), actual: try render(bar(20.6))).status, .changed)
    }

    func testDirectionColouring() {
        let white = image(9, 9)
        let dot = image(9, 9) { x, y in x == 4 && y == 4 ? 0 : nil }
        let added = ImageComparison(expected: white, actual: dot).diffImage().pixel(x: 4, y: 4)
        XCTAssertEqual([added.r, added.g, added.b], [255, 0, 0], "ink added is red")
        let removed = ImageComparison(expected: dot, actual: white).diffImage().pixel(x: 4, y: 4)
        XCTAssertEqual([removed.r, removed.g, removed.b], ImageComparison.blue.prefix(3).map { $0 }, "ink removed is blue")
        // The cluster box outline (padded by 4) is magenta.
        let corner = ImageComparison(expected: white, actual: dot).diffImage().pixel(x: 0, y: 0)
        XCTAssertEqual([corner.r, corner.g, corner.b], [255, 0, 255])
    }

    func testTolerantModeMarksSubThresholdPixelsYellow() {
        let white = image(9, 9)
        let faint = image(9, 9) { x, y in x == 4 && y == 4 ? 250 : nil }
        let result = ImageComparison(expected: white, actual: faint, options: tolerant)
        XCTAssertEqual(result.status, .withinTolerance)
        let p = result.diffImage().pixel(x: 4, y: 4)
        XCTAssertEqual([p.r, p.g, p.b], [255, 210, 0])
    }

    func testRMSAnchors() {
        let a = image(10, 10, background: 127), b = image(10, 10, background: 128)
        XCTAssertEqual(ImageComparison(expected: a, actual: b).rms, 1.0, accuracy: 1e-12)
        XCTAssertEqual(ImageComparison(expected: b, actual: a).rms, 1.0, accuracy: 1e-12)
        XCTAssertEqual(ImageComparison(expected: a, actual: b).maxChannelDelta, 1)
        XCTAssertEqual(ImageComparison(expected: a, actual: b).changedPixels, 100)
    }

    func testGatesAreInclusive() {
        let white = image(20, 20)
        let dots = image(20, 20) { x, y in (x == 1 && y == 1) || (x == 17 && y == 17) ? 0 : nil }
        func status(_ pixels: Int, _ ratio: Double) -> ImageComparison.Status {
            ImageComparison(expected: white, actual: dots,
                            options: ComparisonOptions(mode: .tolerant, maxDiffPixels: pixels, maxDiffRatio: ratio)).status
        }
        XCTAssertEqual(status(2, 1), .withinTolerance, "diff_pixels == max_diff_pixels passes")
        XCTAssertEqual(status(1, 1), .changed)
        XCTAssertEqual(status(100, 0.005), .withinTolerance, "2/400 == 0.5 % passes")
        XCTAssertEqual(status(100, 0.004), .changed)
        XCTAssertEqual(ImageComparison(expected: white, actual: dots).clusters,
                       [PixelBox(x: 1, y: 1, width: 1, height: 1), PixelBox(x: 17, y: 17, width: 1, height: 1)])
    }

    func testTransparentPixelsWithDifferentHiddenColourAreEqualAndHalfAlphaBlackDiffersFromGrey() {
        let clear = RasterImage(width: 1, height: 1, pixels: [0, 0, 0, 0])
        XCTAssertEqual(ImageComparison(expected: clear, actual: clear).status, .identical)
        // 50 % black (premultiplied 0,0,0,128) looks like grey 127 over white but not over black.
        let halfBlack = RasterImage(width: 1, height: 1, pixels: [0, 0, 0, 128])
        let grey = RasterImage(width: 1, height: 1, pixels: [127, 127, 127, 255])
        XCTAssertEqual(ImageComparison(expected: grey, actual: halfBlack, options: tolerant).status, .changed)
    }

    func testSVGCanonicalComparison() throws {
        let a = Array("<svg>\r\n  <g id=\"surface5\">\r\n<path d=\"M 0 0\"/>\n</g></svg>\r\n".utf8)
        let b = Array("<svg>\n<g id=\"surface9\">\n  <path d=\"M 0 0\"/>   \n\n</g></svg>".utf8)
        XCTAssertTrue(try SVGComparison(expected: a, actual: b).identical)
        let c = Array("<svg>\n<g id=\"surface1\">\n<path d=\"M 0 1\"/>\n</g></svg>".utf8)
        let changed = try SVGComparison(expected: a, actual: c)
        XCTAssertEqual(changed.differingLines, 1)
        XCTAssertEqual(changed.firstDifferences.first?.line, 3)
        XCTAssertThrowsError(try SVGComparison(expected: [], actual: c))
    }
}

/// A minimal PNG writer with stored (uncompressed) deflate blocks: byte-different from cairo's
/// output for the same pixels, in RGB or RGBA.
enum TestPNG {
    static func encode(_ image: RasterImage, alpha: Bool) -> [UInt8] {
        var raw: [UInt8] = []
        for y in 0..<image.height {
            raw.append(0)  // filter: none
            for x in 0..<image.width {
                let p = image.pixel(x: x, y: y)
                precondition(p.a == 255, "TestPNG writes opaque images only")
                raw += alpha ? [p.r, p.g, p.b, p.a] : [p.r, p.g, p.b]
            }
        }
        var zlib: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let n = min(65535, raw.count - offset)
            let final: UInt8 = offset + n == raw.count ? 1 : 0
            zlib += [final, UInt8(n & 0xFF), UInt8(n >> 8), UInt8(~n & 0xFF), UInt8((~n >> 8) & 0xFF)]
            zlib += raw[offset..<(offset + n)]
            offset += n
        } while offset < raw.count
        zlib += bigEndian(adler32(raw))
        var ihdr = bigEndian(UInt32(image.width)) + bigEndian(UInt32(image.height))
        ihdr += [8, alpha ? 6 : 2, 0, 0, 0]
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", ihdr) + chunk("IDAT", zlib) + chunk("IEND", [])
    }

    /// Inserts a tEXt chunk right after IHDR (signature 8 bytes + IHDR 25 bytes).
    static func insertTextChunk(into png: [UInt8], key: String, text: String) -> [UInt8] {
        Array(png[..<33]) + chunk("tEXt", Array(key.utf8) + [0] + Array(text.utf8)) + Array(png[33...])
    }

    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        return bigEndian(UInt32(data.count)) + body + bigEndian(crc32(body))
    }

    static func bigEndian(_ v: UInt32) -> [UInt8] {
        [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in bytes { a = (a + UInt32(byte)) % 65521; b = (b + a) % 65521 }
        return b << 16 | a
    }
}
