import GDVizEngine
import XCTest
@testable import GDVizRender

/// Mesh faces drawn as a fill with a band along the outline: the offset polygons are exact, and in
/// pixels the two-fill drawing has no seams and stays close to the fill-and-two-strokes drawing it
/// replaced.
final class FaceBandTests: XCTestCase {
    private func assertClose(_ a: [Point2]?, _ b: [Point2], accuracy: Double = 1e-12,
                             file: StaticString = #filePath, line: UInt = #line) {
        guard let a else { return XCTFail("no polygon", file: file, line: line) }
        XCTAssertEqual(a.count, b.count, file: file, line: line)
        for (p, q) in zip(a, b) { XCTAssertLessThanOrEqual(p.distance(to: q), accuracy, "\(a) vs \(b)", file: file, line: line) }
    }

    func testASquareGrowsAndShrinksByTheDistanceOnEverySide() {
        let square = [Point2(0, 0), Point2(4, 0), Point2(4, 4), Point2(0, 4)]
        assertClose(PolygonOffset.offset(square, by: 0.5), [Point2(-0.5, -0.5), Point2(4.5, -0.5), Point2(4.5, 4.5), Point2(-0.5, 4.5)])
        assertClose(PolygonOffset.offset(square, by: -0.5), [Point2(0.5, 0.5), Point2(3.5, 0.5), Point2(3.5, 3.5), Point2(0.5, 3.5)])
        // The other orientation gives the same polygon, corners in the same order.
        let reversed = Array(square.reversed())
        assertClose(PolygonOffset.offset(reversed, by: 0.5), [Point2(-0.5, 4.5), Point2(4.5, 4.5), Point2(4.5, -0.5), Point2(-0.5, -0.5)])
    }

    /// Every edge of the offset polygon lies at the distance from the original edge's line.
    func testEdgesOfASkewQuadMoveByTheDistance() throws {
        let quad = [Point2(1, 1), Point2(9, 2), Point2(7, 6), Point2(2, 5)]
        for d in [0.3, -0.3] {
            let moved = try XCTUnwrap(PolygonOffset.offset(quad, by: d))
            for k in 0..<4 {
                let a = quad[k], b = quad[(k + 1) % 4], e = b - a
                for p in [moved[k], moved[(k + 1) % 4]] {
                    // Signed distance to the right of a→b (outwards for this clockwise-on-screen quad).
                    let signed = (e.x * (p.y - a.y) - e.y * (p.x - a.x)) / e.norm
                    XCTAssertEqual(-signed, d, accuracy: 1e-12)
                }
            }
        }
    }

    func testASharpCornerIsBevelledOutwards() throws {
        // A thin triangle: the corner at (20, 0) has an angle of about 5.7°.
        let sliver = [Point2(0, -1), Point2(20, 0), Point2(0, 1)]
        let grown = try XCTUnwrap(PolygonOffset.offset(sliver, by: 0.5))
        XCTAssertEqual(grown.count, 4, "the sharp corner becomes two points")
        for p in grown { XCTAssertLessThan(p.distance(to: Point2(10, 0)), 11) }
    }

    func testAPolygonThinnerThanTwiceTheDistanceCannotShrink() {
        let thin = [Point2(0, 0), Point2(10, 0), Point2(10, 0.4), Point2(0, 0.4)]
        XCTAssertNil(PolygonOffset.offset(thin, by: -0.3))
        XCTAssertNotNil(PolygonOffset.offset(thin, by: -0.1))
    }

    func testPolygonsThatAreNotConvexAreRefused() {
        XCTAssertNil(PolygonOffset.offset([Point2(0, 0), Point2(4, 0), Point2(1, 1), Point2(0, 4)], by: 0.3), "reflex corner")
        XCTAssertNil(PolygonOffset.offset([Point2(0, 0), Point2(4, 4), Point2(4, 0), Point2(0, 4)], by: 0.3), "bow tie")
        XCTAssertNil(PolygonOffset.offset([Point2(0, 0), Point2(4, 0), Point2(4, 0), Point2(0, 4)], by: 0.3), "repeated corner")
        XCTAssertNil(PolygonOffset.offset([Point2(0, 0), Point2(4, 0)], by: 0.3))
        XCTAssertNil(PolygonOffset.offset([Point2(0, 0), Point2(.nan, 0), Point2(0, 4)], by: 0.3))
        // A pentagram turns the same way at every corner but is no convex polygon.
        let star = (0..<5).map { k in Point2(10 * cos(Double(k) * 4 * .pi / 5), 10 * sin(Double(k) * 4 * .pi / 5)) }
        XCTAssertNil(PolygonOffset.offset(star, by: 0.3))
    }

    /// Triangles and quadrilaterals skip the winding sum (their same-way turns always add up to one
    /// turn): the verdict must be that of the full test, here a convexity check by areas — a convex
    /// polygon has every other corner on the inner side of each edge.
    func testConvexityOfRandomTrianglesAndQuadrilateralsMatchesAnAreaTest() {
        var state: UInt64 = 7
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(Int(state >> 40) % 9) - 4  // small integers: many collinear and crossing cases
        }
        func convexByAreas(_ c: [Point2]) -> Double? {
            let n = c.count
            var sign = 0.0
            for k in 0..<n {
                let p = c[k], q = c[(k + 1) % n]
                for m in 0..<n where m != k && m != (k + 1) % n {
                    let side = (q.x - p.x) * (c[m].y - p.y) - (q.y - p.y) * (c[m].x - p.x)
                    guard side != 0, sign == 0 || (side > 0) == (sign > 0) else { return nil }
                    sign = side > 0 ? 1 : -1
                }
            }
            return sign
        }
        var convex = 0
        for _ in 0..<20_000 {
            let corners = (0..<(3 + Int(state >> 63))).map { _ in Point2(next(), next()) }
            let expected = convexByAreas(corners)
            XCTAssertEqual(PolygonOffset.convexTurn(corners), expected, "\(corners)")
            if expected != nil { convex += 1 }
        }
        XCTAssertGreaterThan(convex, 2_000)
    }

    /// A wavy mesh of faces of varying colour, drawn far to near, as a surface view draws it.
    /// `inner`: the face is not on the mesh's border.
    private func meshFaces() -> [(corners: [Point2], fill: Color, inner: Bool)] {
        let n = 24
        func corner(_ i: Int, _ j: Int) -> Point2 {
            let u = Double(i) / Double(n), v = Double(j) / Double(n)
            return Point2(20 + 160 * u + 40 * v, 130 - 90 * v + 10 * u - 12 * sin(7 * u) * cos(5 * v))
        }
        var faces: [(corners: [Point2], fill: Color, inner: Bool)] = []
        for j in (0..<n).reversed() {
            for i in 0..<n {
                let t = Double(i + j) / Double(2 * n)
                faces.append(([corner(i, j), corner(i + 1, j), corner(i + 1, j + 1), corner(i, j + 1)],
                              Color(0.2 + 0.6 * t, 0.5, 0.8 - 0.5 * t), i > 0 && j > 0 && i < n - 1 && j < n - 1))
            }
        }
        return faces
    }

    private func render(_ draw: @escaping (Canvas) -> Void) throws -> RasterImage {
        try RasterImage.decodePNG(PageRenderer.render(format: .png, width: 240, height: 160) { draw($0) })
    }

    /// Against the fill, 0.6 seam hairline and 0.45-wide 22 % black edge of before: no pixel moves
    /// by more than an anti-aliased edge can, and the average colour of the mesh stays the same.
    func testTwoFillsLookLikeTheFillAndStrokes() throws {
        let faces = meshFaces()
        let old = try render { canvas in
            for face in faces {
                let path = Path.polyline(face.corners, closed: true)
                canvas.fill(path, color: face.fill)
                canvas.stroke(path, style: StrokeStyle(color: face.fill, width: 0.6, join: .round))
                canvas.stroke(path, style: StrokeStyle(color: Color(0, 0, 0, 0.22), width: 0.45, join: .round))
            }
        }
        let new = try render { canvas in
            for face in faces {
                canvas.fillBanded(face.corners, fill: face.fill, band: DepthItem.faceBand(face.fill),
                                  bandWidth: DepthItem.faceBandWidth)
            }
        }
        var maxDelta = 0, sumOld = 0, sumNew = 0
        for i in stride(from: 0, to: old.pixels.count, by: 4) {
            for c in 0..<3 {
                maxDelta = max(maxDelta, abs(Int(old.pixels[i + c]) - Int(new.pixels[i + c])))
                sumOld += Int(old.pixels[i + c]); sumNew += Int(new.pixels[i + c])
            }
        }
        XCTAssertLessThanOrEqual(maxDelta, 40, "only anti-aliased mesh lines differ")
        XCTAssertEqual(Double(sumNew) / Double(sumOld), 1, accuracy: 0.004, "the same ink on the page (measured: 0.2 % darker)")
    }

    /// Along the edges inside the mesh no pixel lets the white page through. Every face has green
    /// 0.5 (bands less), so a seam shows as more green; plain fills, the control, do have seams.
    func testNoSeamsBetweenFaces() throws {
        let faces = meshFaces()
        func greenestOnInnerEdges(_ draw: @escaping (Canvas, [Point2], Color) -> Void) throws -> Int {
            let image = try render { canvas in for face in faces { draw(canvas, face.corners, face.fill) } }
            var greenest = 0
            for face in faces where face.inner {
                for k in 0..<4 {
                    let a = face.corners[k], b = face.corners[(k + 1) % 4]
                    for t in stride(from: 0.1, through: 0.9, by: 0.1) {
                        let p = a + t * (b - a)
                        greenest = max(greenest, Int(image.pixel(x: Int(p.x), y: Int(p.y)).g))
                    }
                }
            }
            return greenest
        }
        let banded = try greenestOnInnerEdges { canvas, corners, fill in
            canvas.fillBanded(corners, fill: fill, band: DepthItem.faceBand(fill), bandWidth: DepthItem.faceBandWidth)
        }
        let plain = try greenestOnInnerEdges { canvas, corners, fill in canvas.fill(.polyline(corners, closed: true), color: fill) }
        XCTAssertLessThanOrEqual(banded, 128)
        XCTAssertGreaterThan(plain, 140, "the control shows seams")
    }

    func testTheSameFacesGiveTheSameBytes() throws {
        let faces = meshFaces()
        func png() throws -> [UInt8] {
            try PageRenderer.render(format: .png, width: 240, height: 160) { canvas in
                for face in faces {
                    canvas.fillBanded(face.corners, fill: face.fill, band: DepthItem.faceBand(face.fill),
                                      bandWidth: DepthItem.faceBandWidth)
                }
            }
        }
        XCTAssertEqual(try png(), try png())
    }

    /// In SVG a face is one element: the fill with the band as its stroke.
    func testVectorOutputHasOneElementPerFace() throws {
        let faces = meshFaces()
        let svg = try PageRenderer.render(format: .svg, width: 240, height: 160) { canvas in
            for face in faces {
                canvas.fillBanded(face.corners, fill: face.fill, band: DepthItem.faceBand(face.fill),
                                  bandWidth: DepthItem.faceBandWidth)
            }
        }
        let text = String(decoding: svg, as: UTF8.self)
        let paths = text.components(separatedBy: "<path").count - 1
        XCTAssertEqual(paths, faces.count, "one per face (the background is painted, not a path)")
        XCTAssertTrue(text.contains("stroke-width:0.6"))
    }
}
