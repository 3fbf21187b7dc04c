import GDVizTestSupport
import XCTest
import GDVizEngine
import GDVizScene
@testable import GDVizRender

private func points(_ path: Path) -> [Point2] {
    path.elements.compactMap { element in
        switch element {
        case .move(let p), .line(let p): return p
        case .curve(_, _, let p): return p
        case .close: return nil
        }
    }
}

/// Layout of the calculus layers without pixels: where lines, arrows and labels go.
final class CalculusLayerRenderTests: XCTestCase {
    private let tolerance = 1e-9
    // Data [0, 4] × [0, 2] on a 400 × 200 device rectangle at (50, 20): 100 device units per data unit.
    private let transform = PlotTransform(domain: Domain(xMin: 0, xMax: 4, yMin: 0, yMax: 2),
                                          rect: DeviceRect(x: 50, y: 20, width: 400, height: 200))

    private func context(_ canvas: Canvas) -> PlotContext {
        PlotContext(canvas: canvas, transform: transform, theme: .light)
    }

    private func assertPoint(_ a: Point2, _ b: Point2, within: Double = 1e-9, _ what: String = "",
                             file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertLessThanOrEqual(a.distance(to: b), within, "\(what): \(a) vs \(b)", file: file, line: line)
    }

    func testVectorArrowRunsFromTheTailToTailPlusScaledVector() {
        let canvas = RecordingCanvas()
        let layer = VectorLayer(tails: [Point2(1, 1)], vectors: [Point2(2, 0)], scale: 0.5, label: "v", color: .black)
        layer.draw(in: context(canvas))
        let tail = transform.device(Point2(1, 1)), tip = transform.device(Point2(2, 1))
        // The shaft starts at the tail and stops inside the head; the head's point is the tip.
        let shaft = points(canvas.strokes[0].path)
        assertPoint(shaft[0], tail, "shaft start")
        XCTAssertLessThan(shaft[1].x, tip.x)
        XCTAssertGreaterThan(shaft[1].x, tip.x - 12)
        let head = points(canvas.fills[0].path)
        assertPoint(head[0], tip, "arrow point")
        XCTAssertEqual(head[1].x, tip.x - 12, accuracy: tolerance, "head length 12")
        XCTAssertEqual(abs(head[1].y - head[2].y), 9, accuracy: tolerance, "head width 9")
        // The label sits beyond the tip, in the arrow's direction.
        XCTAssertEqual(canvas.texts.count, 1)
        XCTAssertGreaterThan(canvas.texts[0].origin.x, tip.x)
    }

    func testGradientArrowsOfAnEvaluatedScene() throws {
        let scene = try SceneLoader.parse(#"""
            {"function": "x^2 + 3*y^2", "domain": {"x": [-2, 2], "y": [-2, 2]},
             "layers": [{"type": "vector", "at": [[1, 0.5], [-1, -1]], "of": "gradient", "scale": 0.25}]}
            """#, file: "v.json")
        let figure = try SceneFigure.figure(for: SceneEvaluator.evaluate(scene))
        let layer = try XCTUnwrap(figure.panels.first?.layers.first as? VectorLayer)
        // ∇f = (2x, 6y): (2, 3) and (−2, −6), a quarter of them.
        assertPoint(layer.arrows[0].tip, Point2(1.5, 1.25), "first tip")
        assertPoint(layer.arrows[1].tip, Point2(-1.5, -2.5), "second tip")
    }

    func testTangentLineAndLegend() {
        let canvas = RecordingCanvas()
        let layer = TangentLayer(point: Point2(1, 1), slope: 0.5, line: [Point2(0, 0.5), Point2(4, 2.5)],
                                 label: "tangent", color: .black)
        layer.draw(in: context(canvas))
        let line = points(canvas.strokes[0].path)
        assertPoint(line[0], transform.device(Point2(0, 0.5)))
        assertPoint(line[1], transform.device(Point2(4, 2.5)))
        XCTAssertEqual(canvas.fills.count, 1, "the point of tangency is marked")
        XCTAssertEqual(layer.legendEntries.map(\.label), ["tangent"])
    }

    func testSecantLegsMeetAtTheCorner() {
        let canvas = RecordingCanvas()
        let layer = SecantLayer(from: Point2(1, 0.5), to: Point2(2, 1.5), line: [Point2(0, -0.5), Point2(4, 3.5)],
                                legs: true, legLabels: ["dx", "dy"], label: "secant", color: .black)
        layer.draw(in: context(canvas))
        let dashed = canvas.strokes.filter { !$0.style.dash.isEmpty }.map { points($0.path) }
        XCTAssertEqual(dashed.count, 2)
        let corner = transform.device(Point2(2, 0.5))
        assertPoint(dashed[0][0], transform.device(Point2(1, 0.5)), "Δx leg starts at (x0, f(x0))")
        assertPoint(dashed[0][1], corner, "Δx leg ends at the corner")
        assertPoint(dashed[1][0], corner, "Δy leg starts at the corner")
        assertPoint(dashed[1][1], transform.device(Point2(2, 1.5)), "Δy leg ends at (x0 + h, f(x0 + h))")
        XCTAssertEqual(canvas.texts.map(\.text).sorted(), ["dx", "dy"], "both legs are labelled")
        XCTAssertEqual(canvas.fills.filter { $0.color == .black }.count, 2, "both points are marked")
    }

    func testSecantWithoutLegs() {
        let canvas = RecordingCanvas()
        SecantLayer(from: Point2(1, 0.5), to: Point2(2, 1.5), line: [Point2(0, -0.5), Point2(4, 3.5)],
                    legs: false, legLabels: nil, label: nil, color: .black).draw(in: context(canvas))
        XCTAssertTrue(canvas.strokes.allSatisfy { $0.style.dash.isEmpty })
    }

    func testIntervalBandSpansThePlotHeight() {
        let canvas = RecordingCanvas()
        IntervalLayer(from: 1, to: 2.5, label: "I", color: .black).draw(in: context(canvas))
        let band = points(canvas.fills[0].path)
        XCTAssertEqual(band.map(\.x).min()!, 150, accuracy: tolerance)
        XCTAssertEqual(band.map(\.x).max()!, 300, accuracy: tolerance)
        XCTAssertEqual(band.map(\.y).min()!, 20, accuracy: tolerance)
        XCTAssertEqual(band.map(\.y).max()!, 220, accuracy: tolerance)
        XCTAssertLessThan(canvas.fills[0].color.a, 0.5, "semi-transparent")
    }

    func testChordEndsAreMarked() {
        let canvas = RecordingCanvas()
        ChordLayer(from: Point2(0.5, 1), to: Point2(3, 1.5), label: nil, color: .black).draw(in: context(canvas))
        let segment = points(canvas.strokes[0].path)
        assertPoint(segment[0], transform.device(Point2(0.5, 1)))
        assertPoint(segment[1], transform.device(Point2(3, 1.5)))
        XCTAssertEqual(canvas.fills.count, 2)
    }

    func testParametricArrowheadPointsTowardsIncreasingT() {
        // A counter-clockwise half circle from (2.8, 1) over the top to (1.2, 1): halfway is (2, 1.8),
        // heading left.
        let path = (0...200).map { k -> Point2 in
            let t = Double.pi * Double(k) / 200
            return Point2(2 + 0.8 * cos(t), 1 + 0.8 * sin(t))
        }
        let canvas = RecordingCanvas()
        ParametricLayer(path: path, markers: [], markerLabels: nil, velocities: [], label: "path", color: .black)
            .draw(in: context(canvas))
        let head = points(canvas.fills[0].path)
        let tip = head[0], base = 0.5 * (head[1] + head[2])
        XCTAssertLessThan(tip.x, base.x, "the head points left, the way the path runs at its top")
        XCTAssertEqual(tip.y, base.y, accuracy: 0.5)
        // The head is centred on the halfway point.
        assertPoint(0.5 * (tip + base), transform.device(Point2(2, 1.8)), within: 1, "head centre")
    }

    func testParametricArrowheadAvoidsMarkers() {
        let path = (0...200).map { Point2(Double($0) / 50, 1) }
        let canvas = RecordingCanvas()
        ParametricLayer(path: path, markers: [Point2(2, 1)], markerLabels: ["m"], velocities: [Point2(1, 0)],
                        label: nil, color: .black).draw(in: context(canvas))
        // Fills: the arrowhead of the path, the velocity arrow's head, the marker.
        let pathHead = points(canvas.fills[0].path)
        XCTAssertGreaterThanOrEqual(abs(pathHead[0].x - transform.device(Point2(2, 1)).x), 40)
        let velocityHead = points(canvas.fills[1].path)
        assertPoint(velocityHead[0], transform.device(Point2(3, 1)), "velocity arrow tip at marker + v")
        XCTAssertEqual(canvas.texts.map(\.text).joined(), "m")
    }

    func testAnnotationArrowStopsShortOfItsTarget() {
        let canvas = RecordingCanvas()
        AnnotationLayer(text: "note", at: Point2(1, 1), arrowTo: Point2(3, 1), color: .black).draw(in: context(canvas))
        let head = points(canvas.fills[0].path)
        assertPoint(head[0], transform.device(Point2(3, 1)) - Point2(7, 0), "7 units short of the target")
        let shaft = points(canvas.strokes[0].path)
        let box = 0.6 * CalculusDrawing.labelSize(Theme.light) * 4
        XCTAssertEqual(shaft[0].x, transform.device(Point2(1, 1)).x + box / 2 + 4, accuracy: 1e-6,
                       "the arrow leaves the text box at its edge")
        XCTAssertEqual(canvas.texts.first?.text, "note")
    }

    func testLabelsAreKeptInsideThePlot() {
        let canvas = RecordingCanvas()
        let box = TextLayout(canvas: canvas).layout("long label text", size: 16)
        let rect = transform.rect
        let origin = CalculusDrawing.origin(for: box, beside: Point2(rect.maxX - 2, rect.minY + 2),
                                            direction: Point2(1, -1), gap: 8, inside: rect)
        let bounds = CalculusDrawing.bounds(of: box, at: origin)
        XCTAssertGreaterThanOrEqual(bounds.minX, rect.minX + 4 - 1e-9)
        XCTAssertLessThanOrEqual(bounds.maxX, rect.maxX - 4 + 1e-9)
        XCTAssertGreaterThanOrEqual(bounds.minY, rect.minY + 4 - 1e-9)
    }

    func testConstraintIsDrawnThickWithItsLabel() throws {
        let circle = (0..<64).map { k -> Point2 in
            let a = 2 * Double.pi * Double(k) / 64
            return Point2(2 + 0.5 * cos(a), 1 + 0.5 * sin(a))
        }
        let canvas = RecordingCanvas()
        ConstraintLayer(lines: [ContourLine(points: circle, isClosed: true)], label: "g = 0", color: .black,
                        lineWidth: 2.5).draw(in: context(canvas))
        XCTAssertEqual(canvas.strokes[0].style.width, 2.5)
        XCTAssertEqual(points(canvas.strokes[0].path).count, 64)
        // The label goes outside the circle, on the upper right.
        let label = try XCTUnwrap(canvas.texts.first)
        let center = transform.device(Point2(2, 1))
        XCTAssertGreaterThan(label.origin.x, center.x)
        XCTAssertLessThan(label.origin.y, center.y - 50)
    }

    func testTaylorLevelsTakeTheColoursOfTheFunctionsLevels() throws {
        let scene = try SceneLoader.parse(#"""
            {"function": "x^2 + 2*x*y + y^3", "domain": {"x": [-0.5, 2.5], "y": [0.5, 3.5]},
             "layers": [{"type": "contours", "levels": [4, 13, 22]}, {"type": "taylor", "at": [1, 2], "orders": [1, 2]}]}
            """#, file: "t.json")
        let figure = try SceneFigure.figure(for: SceneEvaluator.evaluate(scene))
        let layers = try XCTUnwrap(figure.panels.first?.layers)
        let contours = try XCTUnwrap(layers[0] as? ContourLinesLayer)
        let taylor = try XCTUnwrap(layers[1] as? TaylorLayer)
        XCTAssertEqual(taylor.levelColors, (0..<3).map(contours.color(forLevel:)))
        XCTAssertEqual(taylor.style(1, level: 2).color, contours.color(forLevel: 2))
        XCTAssertNotEqual(taylor.style(0, level: 0).dash, taylor.style(1, level: 0).dash, "orders differ by dash")
        XCTAssertEqual(taylor.legendEntries.map(\.label),
                       ["$T_{1}$: linear approximation", "$T_{2}$: quadratic approximation"])
    }
}
