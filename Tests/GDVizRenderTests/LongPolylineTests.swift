import GDVizEngine
import XCTest
@testable import GDVizRender

/// Long polylines: simplification keeps the drawn line within its tolerance of the original, and
/// the simplified, chunked stroke looks like the full one (pixel difference bounded).
final class LongPolylineTests: XCTestCase {
    /// A damped spiral of `count` points converging on the centre, like a long optimizer run:
    /// most points crowd into a few pixels.
    private func spiral(_ count: Int) -> [Point2] {
        (0..<count).map { k in
            let t = Double(k) / Double(count)
            let r = 70 * exp(-6 * t), a = 40 * Double.pi * t
            return Point2(100 + r * cos(a), 80 + r * sin(a))
        }
    }

    /// Distance from p to the segment ab.
    private func distance(_ p: Point2, _ a: Point2, _ b: Point2) -> Double {
        let d = b - a, l = d.x * d.x + d.y * d.y
        let t = l == 0 ? 0 : max(0, min(1, ((p.x - a.x) * d.x + (p.y - a.y) * d.y) / l))
        return p.distance(to: a + t * d)
    }

    func testEveryDroppedPointIsWithinTheToleranceOfTheDrawnLine() {
        let points = spiral(30_000)
        let tolerance = 0.1
        let kept = LongPolyline.simplified(points, tolerance: tolerance)
        XCTAssertLessThan(kept.count, points.count / 3)
        XCTAssertEqual(kept.first, points.first)
        XCTAssertEqual(kept.last, points.last)
        // Kept points appear in order; each original point is within tolerance of the segment
        // that replaced it (the one starting at the last kept point before it).
        var segment = 0
        for p in points {
            if segment + 1 < kept.count, p == kept[segment + 1] { segment += 1 }
            let b = kept[min(segment + 1, kept.count - 1)]
            XCTAssertLessThanOrEqual(distance(p, kept[segment], b), tolerance + 1e-12)
        }
    }

    func testShortLinesAreUntouched() {
        let points = spiral(LongPolyline.threshold)
        XCTAssertEqual(LongPolyline.drawable(points, pixelScale: 1), points)
    }

    /// The simplified, chunked stroke against cairo stroking all 30 000 points: measured max
    /// channel difference and share of visibly changed pixels stay small (anti-aliasing only).
    func testStrokedLineLooksTheSame() throws {
        try assertStrokeLooksTheSame(spiral(30_000))
    }

    /// 12 000 points about 0.3 px apart survive simplification, so the stroke is cut into chunks; the
    /// dots at the seams restore the round joins.
    func testChunkedStrokeLooksTheSame() throws {
        // A slowly shrinking circle walked in steps of 0.3 px (radius 70 → 22 over about 14 turns).
        let points = (0..<12_000).map { k in
            let r = 70 - 0.004 * Double(k), a = 0.3 * Double(k) / 50
            return Point2(100 + r * cos(a), 80 + r * sin(a))
        }
        XCTAssertGreaterThan(LongPolyline.drawable(points, pixelScale: 1).count, LongPolyline.threshold)
        try assertStrokeLooksTheSame(points)
    }

    private func assertStrokeLooksTheSame(_ points: [Point2], file: StaticString = #filePath, line: UInt = #line) throws {
        let style = StrokeStyle(color: Color(0.8, 0.1, 0.1), width: 1.8, join: .round)
        func render(_ draw: @escaping (Canvas) -> Void) throws -> RasterImage {
            try RasterImage.decodePNG(PageRenderer.render(format: .png, width: 200, height: 160) { draw($0) })
        }
        let full = try render { $0.stroke(.polyline(points), style: style) }
        let long = try render { LongPolyline.stroke(points, on: $0, style: style) }
        var maxDelta = 0, visible = 0
        for i in stride(from: 0, to: full.pixels.count, by: 4) {
            let delta = (0..<3).map { abs(Int(full.pixels[i + $0]) - Int(long.pixels[i + $0])) }.max()!
            maxDelta = max(maxDelta, delta)
            if delta > 16 { visible += 1 }
        }
        XCTAssertLessThanOrEqual(maxDelta, 64, "a tenth of a pixel moves coverage by at most about a quarter",
                                 file: file, line: line)
        XCTAssertLessThan(Double(visible) / Double(full.width * full.height), 0.002, file: file, line: line)
    }
}
