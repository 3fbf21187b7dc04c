import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GDVizEngine
import XCTest
@testable import GDVizRender

/// The Cairo page renderer: PNG, SVG and PDF pages of the same drawing, their sizes, bytes and text metrics.
final class PageRendererTests: XCTestCase {
    // MARK: PNG

    func testPNGHasRequestedSizeOpaqueBackgroundAndInk() throws {
        for scale in [1.0, 2.0] {
            let image = try RasterImage.decodePNG(CairoTestDrawing.render(.png, scale: scale))
            XCTAssertEqual(image.width, Int(CairoTestDrawing.width * scale))
            XCTAssertEqual(image.height, Int(CairoTestDrawing.height * scale))
            let alphas = stride(from: 3, to: image.pixels.count, by: 4).map { image.pixels[$0] }
            XCTAssertTrue(alphas.allSatisfy { $0 == 255 }, "background must be opaque")
            let corner = image.pixel(x: image.width - 1, y: 0)
            XCTAssertEqual([corner.r, corner.g, corner.b], [255, 255, 255])
            let inked = stride(from: 0, to: image.pixels.count, by: 4).filter {
                image.pixels[$0] != 255 || image.pixels[$0 + 1] != 255 || image.pixels[$0 + 2] != 255
            }.count
            XCTAssertGreaterThan(inked, 500 * Int(scale * scale), "drawing must not be blank")
        }
    }

    func testFractionalSizeRoundsUpAndIgnoresFloatNoise() throws {
        let png = try PageRenderer.render(format: .png, width: 400, height: 10.2, scale: 1.1) { _ in }
        let image = try RasterImage.decodePNG(png)
        XCTAssertEqual(image.width, 440)  // 400 × 1.1 = 440.00000000000006
        XCTAssertEqual(image.height, 12)  // 11.22 → 12
    }

    func testPNGBytesAreIdenticalAcrossRenders() throws {
        XCTAssertEqual(try CairoTestDrawing.render(.png), try CairoTestDrawing.render(.png))
    }

    func testColorsDecodeAsRGBA() throws {
        let png = try PageRenderer.render(format: .png, width: 4, height: 4, background: nil) { canvas in
            canvas.fill(.rect(DeviceRect(x: 0, y: 0, width: 2, height: 4)), color: Color(1, 0.5, 0))
            canvas.fill(.rect(DeviceRect(x: 2, y: 0, width: 2, height: 4)), color: Color(0, 0, 1, 0.5))
        }
        let image = try RasterImage.decodePNG(png)
        let solid = image.pixel(x: 0, y: 0), translucent = image.pixel(x: 3, y: 3)
        XCTAssertEqual([solid.r, solid.g, solid.b, solid.a], [255, 128, 0, 255])
        XCTAssertEqual([translucent.r, translucent.g, translucent.b, translucent.a], [0, 0, 128, 128])  // premultiplied
    }

    func testInvalidSizesThrow() {
        for (w, h, s) in [(0.0, 10.0, 1.0), (10, -1, 1), (10, 10, 0), (.nan, 10, 1), (40000, 10, 1)] {
            XCTAssertThrowsError(try PageRenderer.render(format: .png, width: w, height: h, scale: s) { _ in })
        }
    }

    func testDrawErrorsPropagate() {
        struct Boom: Error {}
        for format in OutputFormat.allCases {
            XCTAssertThrowsError(try PageRenderer.render(format: format, width: 10, height: 10) { _ in throw Boom() }) {
                XCTAssertTrue($0 is Boom)
            }
        }
    }

    /// Inputs that would put cairo into a sticky error state must draw nothing instead.
    func testInputsCairoRejectsAreIgnored() throws {
        let png = try PageRenderer.render(format: .png, width: 20, height: 20) { canvas in
            canvas.popClip()
            let line = Path.polyline([Point2(0, 0), Point2(.nan, 5), Point2(10, 10), Point2(20, 0)])
            canvas.stroke(line, style: StrokeStyle(color: .black, width: 1, dash: [-1, 2]))
            canvas.stroke(line, style: StrokeStyle(color: .black, width: 1, dash: [0, 0]))
            canvas.stroke(line, style: StrokeStyle(color: .black, width: -3))
            canvas.drawText("x", font: .sans, size: 0, at: Point2(5, 5), angle: 0, color: .black)
            canvas.drawText("x", font: .sans, size: 10, at: Point2(5, .infinity), angle: 0, color: .black)
            _ = canvas.measure("x", font: .sans, size: -1)
            canvas.fill(.rect(DeviceRect(x: 15, y: 15, width: 5, height: 5)), color: Color(0, 0, 1))
        }
        // The context is still usable afterwards: the last fill landed.
        let last = try RasterImage.decodePNG(png).pixel(x: 17, y: 17)
        XCTAssertEqual([last.r, last.g, last.b], [0, 0, 255])
    }

    /// Fonts load once and cairo locks each face, so parallel renders are safe and identical.
    func testParallelRendersAreIdentical() throws {
        final class Results: @unchecked Sendable {
            let lock = NSLock()
            var outputs: [OutputFormat: [[UInt8]]] = [:]
        }
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 12) { i in
            let format = OutputFormat.allCases[i % 3]
            let bytes = (try? CairoTestDrawing.render(format)) ?? []
            results.lock.lock()
            results.outputs[format, default: []].append(bytes)
            results.lock.unlock()
        }
        for (format, outputs) in results.outputs {
            XCTAssertFalse(outputs[0].isEmpty, "\(format)")
            XCTAssertTrue(outputs.allSatisfy { $0 == outputs[0] }, "\(format)")
        }
    }

    // MARK: SVG

    func testSVGIsWellFormedXMLInPixels() throws {
        let svg = try CairoTestDrawing.render(.svg)
        let parser = XMLParser(data: Data(svg))
        XCTAssertTrue(parser.parse(), "SVG is not well-formed: \(String(describing: parser.parserError))")
        let text = String(decoding: svg, as: UTF8.self)
        XCTAssertTrue(text.contains(#"width="200px" height="150px" viewBox="0 0 200 150""#))
    }

    func testSVGBytesIgnoreOtherSurfacesCreatedInBetween() throws {
        let first = try CairoTestDrawing.render(.svg)
        for format in OutputFormat.allCases { _ = try CairoTestDrawing.render(format) }
        XCTAssertEqual(first, try CairoTestDrawing.render(.svg))
    }

    // MARK: PDF

    func testPDFHasHeaderAndMediaBox() throws {
        let pdf = try CairoTestDrawing.render(.pdf)
        XCTAssertEqual(Array(pdf.prefix(5)), Array("%PDF-".utf8))
        XCTAssertTrue(String(decoding: pdf, as: UTF8.self).contains("/MediaBox [ 0 0 200 150 ]"))
    }

    /// cairo stamps the wall clock as /CreationDate unless a date is set.
    func testPDFBytesAreIdenticalOverOneSecond() throws {
        let first = try CairoTestDrawing.render(.pdf)
        Thread.sleep(forTimeInterval: 1.1)
        _ = try CairoTestDrawing.render(.svg)
        XCTAssertEqual(first, try CairoTestDrawing.render(.pdf))
    }

    // MARK: Text metrics

    func testMeasureWidthsFollowGlyphsAndScaleLinearly() throws {
        _ = try PageRenderer.render(format: .png, width: 10, height: 10) { canvas in
            for font in FontRole.allCases {
                let narrow = canvas.measure("ii", font: font, size: 12).width
                let wide = canvas.measure("WW", font: font, size: 12).width
                XCTAssertLessThan(narrow, wide, "\(font)")
                let small = canvas.measure("Gradient 3.5", font: font, size: 10)
                let large = canvas.measure("Gradient 3.5", font: font, size: 25)
                XCTAssertEqual(large.width, 2.5 * small.width, accuracy: 1e-9 * large.width, "\(font)")
                XCTAssertEqual(large.ascent, 2.5 * small.ascent, accuracy: 1e-9 * large.ascent, "\(font)")
                XCTAssertGreaterThan(small.ascent, 0)
                XCTAssertGreaterThan(small.descent, 0)
                XCTAssertEqual(canvas.measure("", font: font, size: 10).width, 0)
            }
        }
    }

    /// Layout must not depend on the output: the same text measures the same on every surface.
    func testMeasureIsTheSameForEveryFormatAndScale() throws {
        var widths: [Double] = []
        for (format, scale) in [(OutputFormat.png, 1.0), (.png, 2), (.png, 1.3), (.svg, 1), (.pdf, 1)] {
            _ = try PageRenderer.render(format: format, width: 10, height: 10, scale: scale) { canvas in
                widths.append(canvas.measure("x_k+1 = x_k − η∇f", font: .sans, size: 11).width)
            }
        }
        for w in widths { XCTAssertEqual(w, widths[0], accuracy: 1e-9 * widths[0]) }
    }
}
