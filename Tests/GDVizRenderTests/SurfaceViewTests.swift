import GDVizEngine
import GDVizScene
import XCTest
@testable import GDVizRender

/// Records what a surface panel draws, with text measured as 0.6 em per character.
private final class RecordingCanvas: Canvas {
    enum Call {
        case fill(Path, Color)
        case stroke(Path, StrokeStyle)
        case text(String, Point2)
    }

    var calls: [Call] = []

    func fill(_ path: Path, color: Color) { calls.append(.fill(path, color)) }
    func stroke(_ path: Path, style: StrokeStyle) { calls.append(.stroke(path, style)) }
    func pushClip(_ rect: DeviceRect) {}
    func popClip() {}
    func measure(_ text: String, font: FontRole, size: Double) -> TextExtents {
        TextExtents(width: 0.6 * size * Double(text.count), ascent: 0.75 * size, descent: 0.25 * size)
    }
    func drawText(_ text: String, font: FontRole, size: Double, at origin: Point2, angle: Double, color: Color) {
        calls.append(.text(text, origin))
    }
}

final class SurfaceViewTests: XCTestCase {
    private let tolerance = 1e-12

    private func assertPoint(_ p: Point2, _ x: Double, _ y: Double, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(p.x, x, accuracy: tolerance, file: file, line: line)
        XCTAssertEqual(p.y, y, accuracy: tolerance, file: file, line: line)
    }

    // MARK: Projection

    /// matplotlib's convention: at azimuth −90°, elevation 0° the eye looks along +y, so x is
    /// screen-right, z is screen-up and y goes into the screen.
    func testSideViewMapsXRightAndZUp() {
        let view = SurfaceView(azimuth: -90, elevation: 0)
        assertPoint(view.screen(Vector3(1, 0, 0)), 1, 0)
        assertPoint(view.screen(Vector3(0, 0, 1)), 0, 1)
        assertPoint(view.screen(Vector3(0, 1, 0)), 0, 0)
        XCTAssertEqual(view.depth(Vector3(0, 1, 0)), -1, accuracy: tolerance, "+y is away from the eye")
    }

    /// At azimuth 0° (matplotlib) the eye sits on the +x axis: y is screen-right, x points at the eye.
    func testAzimuthZeroLooksAlongMinusX() {
        let view = SurfaceView(azimuth: 0, elevation: 0)
        assertPoint(view.screen(Vector3(0, 1, 0)), 1, 0)
        assertPoint(view.screen(Vector3(0, 0, 1)), 0, 1)
        XCTAssertEqual(view.depth(Vector3(1, 0, 0)), 1, accuracy: tolerance)
    }

    /// Elevation 90° is a top view: with azimuth −90° it is the usual 2-D plot, x right and y up.
    func testElevationNinetyIsATopView() {
        let view = SurfaceView(azimuth: -90, elevation: 90)
        assertPoint(view.screen(Vector3(1, 0, 0)), 1, 0)
        assertPoint(view.screen(Vector3(0, 1, 0)), 0, 1)
        assertPoint(view.screen(Vector3(0, 0, 1)), 0, 0)
        XCTAssertEqual(view.depth(Vector3(0, 0, 1)), 1, accuracy: tolerance)
    }

    /// matplotlib's default view (−60°, 30°): the corner (x max, y min) is the nearest.
    func testDefaultViewFacesTheMaxXMinYCorner() {
        let view = SurfaceView(azimuth: -60, elevation: 30)
        let box = SurfaceBox(domain: Domain(xMin: 0, xMax: 1, yMin: 0, yMax: 1), zRange: 0...1)
        let depths = box.corners.map(view.depth)
        let nearestFloorCorner = (0..<4).max { depths[$0] < depths[$1] }!
        XCTAssertEqual(nearestFloorCorner, 1, "bits: x max (1), y min (0), floor (0)")
        // The screen axes and the eye direction are orthonormal and right-handed for any angles.
        for (a, e) in [(-60.0, 30.0), (17, -40), (200, 75), (-359, 89)] {
            let v = SurfaceView(azimuth: a, elevation: e)
            for (p, q) in [(v.right, v.up), (v.right, v.toEye), (v.up, v.toEye)] {
                XCTAssertEqual(p.dot(q), 0, accuracy: tolerance)
            }
            for w in [v.right, v.up, v.toEye] { XCTAssertEqual(w.length, 1, accuracy: tolerance) }
            let cross = Vector3(v.right.y * v.up.z - v.right.z * v.up.y, v.right.z * v.up.x - v.right.x * v.up.z,
                                v.right.x * v.up.y - v.right.y * v.up.x)
            XCTAssertEqual((cross - v.toEye).length, 0, accuracy: tolerance)
        }
    }

    func testBoxMapsTheDomainOntoAUnitSquareAndZOntoItsHeight() {
        let box = SurfaceBox(domain: Domain(xMin: -4, xMax: 4, yMin: 0, yMax: 2), zRange: -10...30, height: 0.75)
        let low = box.point(-4, 0, -10), high = box.point(4, 2, 30)
        XCTAssertEqual(low.x, -0.5, accuracy: tolerance)
        XCTAssertEqual(low.y, -0.5, accuracy: tolerance)
        XCTAssertEqual(low.z, -0.375, accuracy: tolerance)
        XCTAssertEqual(high.x, 0.5, accuracy: tolerance)
        XCTAssertEqual(high.y, 0.5, accuracy: tolerance)
        XCTAssertEqual(high.z, 0.375, accuracy: tolerance)
    }

    /// The fitted projection keeps the whole box inside the rectangle and fills it on one axis.
    func testFittingKeepsTheBoxInsideTheRectangle() {
        let rect = DeviceRect(x: 10, y: 20, width: 400, height: 300)
        for (a, e) in [(-60.0, 30.0), (30, 60), (-90, 0), (-90, 90)] {
            let view = SurfaceView(azimuth: a, elevation: e)
            let box = SurfaceBox(domain: Domain(xMin: 0, xMax: 1, yMin: 0, yMax: 1), zRange: 0...1)
            let projection = SurfaceProjection.fitting(view: view, box: box, in: rect)
            let points = box.corners.map(projection.device)
            let slack = 1e-9
            for p in points {
                XCTAssertTrue(p.x >= rect.minX - slack && p.x <= rect.maxX + slack && p.y >= rect.minY - slack
                              && p.y <= rect.maxY + slack, "\(p) outside \(rect) at (\(a), \(e))")
            }
            let width = points.map(\.x).max()! - points.map(\.x).min()!
            let height = points.map(\.y).max()! - points.map(\.y).min()!
            XCTAssertTrue(abs(width - rect.width) < 1e-6 || abs(height - rect.height) < 1e-6)
        }
    }

    // MARK: Shading

    /// For the plane f = 2x − 3y the normal from the gradient is perpendicular to every chord of
    /// the plane in box coordinates, and every face of a plane is shaded alike.
    func testPlaneNormalIsPerpendicularToThePlane() {
        let domain = Domain(xMin: 0, xMax: 1, yMin: 0, yMax: 2)
        let f = { (x: Double, y: Double) in 2 * x - 3 * y }
        let box = SurfaceBox(domain: domain, zRange: -6...2, height: 0.75)
        let n = box.normal(gradient: Point2(2, -3))
        XCTAssertEqual(n.length, 1, accuracy: tolerance)
        XCTAssertGreaterThan(n.z, 0, "the normal points up")
        let origin = box.point(0.2, 0.3, f(0.2, 0.3))
        for (x, y) in [(1.0, 0.3), (0.2, 2.0), (0.9, 1.7)] {
            XCTAssertEqual(n.dot(box.point(x, y, f(x, y)) - origin), 0, accuracy: 1e-12)
        }
        let surface = evaluatedSurface(domain: domain, resolution: 6, f: f, gradient: { _, _ in Point2(2, -3) })
        let drawing = SurfacePanelDrawing(surface: surface, view: SurfaceView(azimuth: -60, elevation: 30), scale: .viridis,
                                          xLabel: "$x$", yLabel: "$y$", zLabel: "$z$", runStyles: [])
        let projection = SurfaceProjection.fitting(view: drawing.view, box: drawing.box,
                                                   in: DeviceRect(x: 0, y: 0, width: 400, height: 400))
        XCTAssertEqual(drawing.faces(projection).count, 36)
        let shading = SurfaceShading(scale: .greys, view: drawing.view)
        // A face turned straight at the light is fully lit; one edge-on to it keeps the ambient part.
        XCTAssertEqual(shading.intensity(normal: shading.light, toEye: drawing.view.toEye), 1, accuracy: tolerance)
        let edgeOn = Vector3(shading.light.y, -shading.light.x, 0).normalized
        XCTAssertEqual(shading.intensity(normal: edgeOn, toEye: drawing.view.toEye), shading.ambient, accuracy: 1e-9)
        // The underside is lit like the top.
        XCTAssertEqual(shading.intensity(normal: -n, toEye: drawing.view.toEye),
                       shading.intensity(normal: n, toEye: drawing.view.toEye), accuracy: tolerance)
    }

    /// Every face of a plane has one colour (same height band aside): the fills of faces at the
    /// same height are identical, because the normals are exact and identical.
    func testPlaneFacesAtEqualHeightShareTheirColour() {
        let domain = Domain(xMin: 0, xMax: 1, yMin: 0, yMax: 1)
        // f = x − y: faces on the same diagonal have the same mean height.
        let surface = evaluatedSurface(domain: domain, resolution: 5, f: { $0 - $1 }, gradient: { _, _ in Point2(1, -1) })
        let drawing = SurfacePanelDrawing(surface: surface, view: SurfaceView(azimuth: -60, elevation: 30), scale: .viridis,
                                          xLabel: "", yLabel: "", zLabel: "", runStyles: [])
        let projection = SurfaceProjection.fitting(view: drawing.view, box: drawing.box,
                                                   in: DeviceRect(x: 0, y: 0, width: 400, height: 400))
        var fills: [Int: Color] = [:]
        for item in drawing.faces(projection) {
            guard case .face(let i, let j) = item.tag, case .face(_, let fill, _) = item.shape else { continue }
            if let seen = fills[i - j] { XCTAssertEqual(seen, fill) } else { fills[i - j] = fill }
        }
        XCTAssertEqual(fills.count, 9)
    }

    // MARK: Painter's algorithm

    /// From the default view the face at the corner (x max, y min) is nearest and drawn after
    /// the face at the opposite corner; a face's order follows its centroid's depth.
    func testNearerFacesAreDrawnLater() {
        let domain = Domain(xMin: -1, xMax: 1, yMin: -1, yMax: 1)
        let surface = evaluatedSurface(domain: domain, resolution: 8, f: { $0 * $0 + $1 * $1 },
                                       gradient: { Point2(2 * $0, 2 * $1) })
        let drawing = SurfacePanelDrawing(surface: surface, view: SurfaceView(azimuth: -60, elevation: 30), scale: .viridis,
                                          xLabel: "", yLabel: "", zLabel: "", runStyles: [])
        let projection = SurfaceProjection.fitting(view: drawing.view, box: drawing.box,
                                                   in: DeviceRect(x: 0, y: 0, width: 400, height: 400))
        let order = DepthItem.paintersOrder(drawing.faces(projection)).map(\.tag)
        let near = order.firstIndex(of: .face(i: 7, j: 0))!, far = order.firstIndex(of: .face(i: 0, j: 7))!
        XCTAssertLessThan(far, near)
        let depths = DepthItem.paintersOrder(drawing.faces(projection)).map(\.depth)
        XCTAssertEqual(depths, depths.sorted())
        // On a flat surface the corner faces are exactly the farthest and the nearest.
        let flat = SurfacePanelDrawing(surface: evaluatedSurface(domain: domain, resolution: 8, f: { _, _ in 0 },
                                                                 gradient: { _, _ in .zero }),
                                       view: drawing.view, scale: .viridis, xLabel: "", yLabel: "", zLabel: "", runStyles: [])
        let flatOrder = DepthItem.paintersOrder(flat.faces(projection)).map(\.tag)
        XCTAssertEqual(flatOrder.first, .face(i: 0, j: 7))
        XCTAssertEqual(flatOrder.last, .face(i: 7, j: 0))
    }

    /// A bump seen from the side (looking along +y): a run piece behind the bump is drawn before
    /// the bump's front faces that cover it on screen, a piece in front of it after them.
    func testRunBehindAHillIsHiddenAndInFrontIsNot() {
        let domain = Domain(xMin: -2, xMax: 2, yMin: -2, yMax: 2)
        let f = { (x: Double, y: Double) in 2 * exp(-(x * x + y * y)) }
        let g = { (x: Double, y: Double) in Point2(-2 * x * f(x, y), -2 * y * f(x, y)) }
        var surface = evaluatedSurface(domain: domain, resolution: 20, f: f, gradient: g)
        func run(_ index: Int, y: Double) -> LiftedRun {
            let points = stride(from: -0.5, through: 0.5, by: 0.1).map { Point2($0, y) }
            return LiftedRun(run: index, points: points, heights: points.map { f($0.x, $0.y) },
                             iterates: [0, points.count - 1], leftDomain: false)
        }
        surface.runs = [run(0, y: 1.6), run(1, y: -1.6)]
        let drawing = SurfacePanelDrawing(surface: surface, view: SurfaceView(azimuth: -90, elevation: 10), scale: .viridis,
                                          xLabel: "", yLabel: "", zLabel: "",
                                          runStyles: [SurfaceRunStyle(label: "behind", color: .black),
                                                      SurfaceRunStyle(label: "front", color: .black)])
        let projection = SurfaceProjection.fitting(view: drawing.view, box: drawing.box,
                                                   in: DeviceRect(x: 0, y: 0, width: 400, height: 400))
        let order = DepthItem.paintersOrder(drawing.depthItems(projection, theme: .light)).map(\.tag)
        // The bump's top faces near the centre (cells 9...10 in both directions), which hide the
        // far run's middle piece on screen.
        let hill = [DepthItem.Tag.face(i: 9, j: 9), .face(i: 10, j: 9), .face(i: 9, j: 10), .face(i: 10, j: 10)]
            .map { order.firstIndex(of: $0)! }
        let behind = order.firstIndex(of: .runPiece(run: 0, piece: 5))!
        let front = order.firstIndex(of: .runPiece(run: 1, piece: 5))!
        XCTAssertLessThan(behind, hill.min()!)
        XCTAssertGreaterThan(front, hill.max()!)
        // On screen the far piece really lies under the hill: its height projects below the hilltop.
        let piece = projection.device(drawing.box.point(0, 1.6, f(0, 1.6)))
        let top = projection.device(drawing.box.point(0, 0, f(0, 0)))
        XCTAssertGreaterThan(piece.y, top.y)
    }

    // MARK: Layout

    /// Labels and ticks stay inside the panel; the figure draws faces, the axis labels and a legend.
    func testDrawingStaysInsideThePanelAndLabelsTheAxes() {
        let domain = Domain(xMin: -2, xMax: 2, yMin: -2, yMax: 2)
        var surface = evaluatedSurface(domain: domain, resolution: 10, f: { $0 * $0 - $1 * $1 },
                                       gradient: { Point2(2 * $0, -2 * $1) })
        surface.criticalPoints = [CriticalPoint(point: .zero, value: 0, kind: .saddle, eigenvalues: [-2, 2],
                                                eigenvectors: [Point2(0, 1), Point2(1, 0)])]
        let drawing = SurfacePanelDrawing(surface: surface, view: SurfaceView(azimuth: -60, elevation: 30), scale: .viridis,
                                          xLabel: "$x$", yLabel: "$y$", zLabel: "$f(x, y)$", runStyles: [])
        let canvas = RecordingCanvas()
        let rect = DeviceRect(x: 50, y: 40, width: 420, height: 360)
        drawing.draw(in: rect, canvas: canvas, theme: .light)
        let projection = drawing.layout(in: rect, canvas: canvas, theme: .light)
        let placedTexts = drawing.axes(projection, canvas: canvas, theme: .light).texts()
        for placed in placedTexts {
            let b = placed.bounds
            XCTAssertTrue(b.minX >= rect.minX - 0.5 && b.maxX <= rect.maxX + 0.5 && b.minY >= rect.minY - 0.5
                          && b.maxY <= rect.maxY + 0.5, "\(b) sticks out of \(rect)")
        }
        let texts = canvas.calls.compactMap { call -> String? in
            if case .text(let s, _) = call { return s }
            return nil
        }
        // Tick labels and the legend are plain text; the three axis labels ($x$, $y$, $f(x, y)$) are math,
        // set as glyph outlines, so they are placed boxes beside the tick labels but not text calls.
        XCTAssertTrue(texts.contains("saddle point"), "legend entry in \(texts)")
        let tickLabels = texts.filter { $0 != "saddle point" }
        XCTAssertEqual(placedTexts.count, tickLabels.count + 3, "three axis labels besides the tick labels")
        XCTAssertTrue(placedTexts.allSatisfy { $0.box.width > 0 && $0.box.height > 0 })
        let faceFills = canvas.calls.filter { call in
            if case .fill(let path, _) = call { return path.elements.count == 5 }
            return false
        }
        XCTAssertGreaterThanOrEqual(faceFills.count, 100)
    }

    // MARK: Helpers

    private func evaluatedSurface(domain: Domain, resolution: Int, f: @escaping (Double, Double) -> Double,
                                  gradient: @escaping (Double, Double) -> Point2) -> EvaluatedSurface {
        let mesh = ScalarGrid(domain: domain, columns: resolution + 1, rows: resolution + 1, f)
        var gradients: [Point2] = []
        for j in 0...resolution {
            for i in 0...resolution { gradients.append(gradient(mesh.x(i), mesh.y(j))) }
        }
        return EvaluatedSurface(mesh: mesh, gradients: gradients, valueRange: mesh.finiteRange!, floorContours: [],
                                floorGradient: [], criticalPoints: [], runs: [])
    }
}
