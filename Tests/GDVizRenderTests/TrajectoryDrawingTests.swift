import GDVizEngine
import GDVizScene
import GDVizTestSupport
import XCTest
@testable import GDVizRender

/// Markers and step numbers thinned, diverged runs ending in an arrowhead on the frame, end
/// labels instead of a legend, and the colour bar's decade ticks.
final class TrajectoryDrawingTests: XCTestCase {
    private let plot = DeviceRect(x: 0, y: 0, width: 400, height: 300)
    private let domain = Domain(xMin: -4, xMax: 4, yMin: -3, yMax: 3)

    private func context(_ canvas: Canvas) -> PlotContext {
        PlotContext(canvas: canvas, transform: PlotTransform(domain: domain, rect: plot), theme: .light)
    }

    /// A run converging geometrically: late iterates lie within a pixel of each other.
    private var converging: [Point2] { (0..<60).map { Point2(300 * pow(0.8, Double($0)), 150) } }

    func testAutomaticMarkersAreAtLeastTheSpacingApart() {
        let points = converging
        let kept = TrajectoryMarking.markerIndices(points, marks: .auto)
        XCTAssertFalse(kept.isEmpty)
        XCTAssertLessThan(kept.count, 20, "most of the 58 inner iterates sit on top of each other")
        for (a, b) in zip([0] + kept, kept) {
            XCTAssertGreaterThanOrEqual((points[b] - points[a]).norm, TrajectoryMarking.markerSpacing)
        }
        XCTAssertEqual(TrajectoryMarking.markerIndices(points, marks: .all), Array(1..<59))
        XCTAssertEqual(TrajectoryMarking.markerIndices(points, marks: .every(20)), [20, 40])
        XCTAssertEqual(TrajectoryMarking.markerIndices(points, marks: .none), [])
    }

    func testStepNumbersNeverOverlap() {
        let points = converging
        let placed = TrajectoryMarking.stepNumbers(points, marks: .auto) { k in (7.0 * Double(String(k).count), 10) }
        XCTAssertEqual(placed.first?.step, 1)
        for i in placed.indices {
            for j in placed.indices where j > i {
                XCTAssertFalse(placed[i].rect.intersects(placed[j].rect), "\(placed[i]) and \(placed[j])")
            }
        }
        XCTAssertLessThan(placed.count, 20)
        let every = TrajectoryMarking.stepNumbers(points, marks: .every(5)) { _ in (7, 10) }
        XCTAssertTrue(every.allSatisfy { $0.step % 5 == 0 })
    }

    func testDivergedRunEndsInAnArrowheadOnTheFrame() throws {
        var run = Trajectory()
        run.points = [Point2(0, 0), Point2(1, 1), Point2(-2, -2), Point2(8, 6)]
        run.stop = .diverged
        let canvas = RecordingCanvas()
        let layer = TrajectoryLayer(runs: [(run, TrajectoryStyle(label: "GD", color: Color(hex: 0xD62728)))])
        layer.draw(in: context(canvas))
        // The last fill is the arrowhead: its tip on the frame where the step from (−2, −2) to (8, 6) leaves.
        let exit = domain.exitPoint(from: Point2(-2, -2), to: Point2(8, 6))
        let tip = context(canvas).transform.device(exit)
        guard case .fill(let path, _)? = canvas.calls.last(where: { if case .fill = $0 { return true } else { return false } }),
              case .move(let first)? = path.elements.first
        else { return XCTFail("no arrowhead") }
        XCTAssertEqual(first.x, tip.x, accuracy: 1e-9)
        XCTAssertEqual(first.y, tip.y, accuracy: 1e-9)
        XCTAssertEqual(tip.x, plot.maxX, accuracy: 1e-9, "(8, 6) leaves through the right edge x = 4")
        XCTAssertEqual(layer.legendEntries.map(\.label), ["GD (diverged)"])
    }

    func testEndLabelsReplaceTheLegendAndDoNotOverlap() {
        // Three runs ending at the same point: their labels must still not collide.
        let runs = (0..<3).map { k -> (Trajectory, TrajectoryStyle) in
            var t = Trajectory()
            t.points = [Point2(-3 + Double(k), -2), Point2(1, 1)]
            t.stop = .converged
            return (t, TrajectoryStyle(label: "start \(k + 1)", color: Color(hex: 0x004488)))
        }
        let layer = TrajectoryLayer(runs: runs, labelEnds: true)
        XCTAssertTrue(layer.legendEntries.isEmpty)
        var ctx = context(RecordingCanvas())
        ctx.panelLayers = [layer]
        let labels = TrajectoryEndLabels.place(layer, in: ctx)
        XCTAssertEqual(labels.count, 3)
        for i in labels.indices {
            XCTAssertTrue(plot.insetBy(dx: 2, dy: 2).contains(labels[i].rect.center))
            for j in labels.indices where j > i {
                XCTAssertFalse(labels[i].rect.intersects(labels[j].rect))
            }
        }
    }

    func testInkAndDataPointsFollowEachRunsDrawnLine() {
        // Ink is the runs' lines only (never the end labels' boxes); data points are four per
        // segment plus the end, which weighs 3 when a label is written there.
        let runs = (0..<2).map { k -> (Trajectory, TrajectoryStyle) in
            var t = Trajectory()
            t.points = [Point2(-3, -2 + Double(k)), Point2(0, 0.5 * Double(k)), Point2(2, 1)]
            t.stop = .converged
            return (t, TrajectoryStyle(label: "run \(k + 1)", color: Color(hex: 0x004488)))
        }
        for labelEnds in [false, true] {
            let layer = TrajectoryLayer(runs: runs, labelEnds: labelEnds)
            var ctx = context(RecordingCanvas())
            ctx.panelLayers = [layer]
            let ink = layer.inkLines(in: ctx)
            XCTAssertEqual(ink.map(\.line), runs.map { $0.0.points.map(ctx.transform.device) })
            XCTAssertEqual(layer.labelObstacles(in: ctx).count, labelEnds ? 4 : 2)
            let points = layer.dataPoints(in: ctx)
            XCTAssertEqual(points.count, 2 * (4 * 2 + 1))
            XCTAssertEqual(points.filter { $0.weight == 3 }.count, labelEnds ? 2 : 0)
            XCTAssertEqual(points[4].point, ctx.transform.device(Point2(0, 0)))
        }
    }

    func testLogColourBarIsTickedAtDecades() throws {
        // Levels 10^(−3 + 3k/15) above an origin of 0, as "spacing": "log" makes them.
        let levels = (0..<15).map { 1000 * pow(10, -3 * Double(15 - $0) / 15) }
        var bar = Colorbar(coloring: .sequential(levels: levels, scale: .viridis), theme: .light)
        XCTAssertNil(bar.decadeTicks)
        bar.logOrigin = 0
        let ticks = try XCTUnwrap(bar.decadeTicks)
        XCTAssertEqual(ticks.map(\.text), ["1", "10", "100"])
        // 10ᵏ lies where log10 puts it between the levels: level k is 10^(k/5) here.
        for (tick, exponent) in zip(ticks, [0.0, 1, 2]) {
            XCTAssertEqual(tick.position, 5 * exponent, accuracy: 1e-9)
        }
        // An origin far from 0: the values are origin + 10ᵏ.
        bar.logOrigin = -50
        let shifted = (0..<15).map { -50 + 1000 * pow(10, -3 * Double(15 - $0) / 15) }
        var other = Colorbar(coloring: .sequential(levels: shifted, scale: .viridis), theme: .light)
        other.logOrigin = -50
        XCTAssertEqual(try XCTUnwrap(other.decadeTicks).map(\.text), ["−49", "−40", "50"])
    }
}
