import GDVizEngine
import XCTest
@testable import GDVizRender

/// The legend goes where it covers the least data, without any pixels involved.
final class LegendPlacementTests: XCTestCase {
    let plot = DeviceRect(x: 0, y: 0, width: 400, height: 300)

    func testPrefersTheUpperRightWhenEverythingIsFree() {
        let candidates = LegendRenderer.candidates(width: 120, height: 60, in: plot)
        let best = LegendRenderer.bestPlacement(candidates, points: []).rect
        XCTAssertEqual(best, candidates[0])
        XCTAssertEqual(best.maxX, plot.maxX - 10)
        XCTAssertEqual(best.minY, plot.minY + 10)
    }

    func testAvoidsATrajectoryInTheUpperRight() {
        // A run whose points fill the upper half: the legend must go to a lower corner.
        let points = stride(from: 0.0, through: 400, by: 5).flatMap { x in
            stride(from: 0.0, through: 140, by: 5).map { (point: Point2(x, $0), weight: 1.0) }
        }
        let best = LegendRenderer.bestPlacement(LegendRenderer.candidates(width: 120, height: 60, in: plot),
                                                points: points).rect
        XCTAssertGreaterThan(best.minY, 140, "legend at \(best) covers the run")
        let covered = points.filter { best.insetBy(dx: -4, dy: -4).contains($0.point) }
        XCTAssertTrue(covered.isEmpty)
    }

    func testWeightsMakeBackgroundContoursCheaperThanARun() {
        // Light contour points everywhere except the lower left; one heavy run point in the lower left.
        var points: [(point: Point2, weight: Double)] = []
        for x in stride(from: 0.0, through: 400, by: 10) {
            for y in stride(from: 0.0, through: 300, by: 10) where !(x < 150 && y > 220) {
                points.append((Point2(x, y), 0.05))
            }
        }
        points.append((Point2(60, 260), 1.0))
        let candidates = LegendRenderer.candidates(width: 120, height: 60, in: plot)
        let best = LegendRenderer.bestPlacement(candidates, points: points).rect
        let score = { (r: DeviceRect) in points.reduce(0.0) { $0 + (r.insetBy(dx: -4, dy: -4).contains($1.point) ? $1.weight : 0) } }
        for candidate in candidates {
            XCTAssertLessThanOrEqual(score(best), score(candidate) + 1e-12)
        }
    }

    func testClippedLengthIsTheSegmentInsideTheRectangle() {
        let r = DeviceRect(x: 10, y: 10, width: 20, height: 10)
        XCTAssertEqual(LineInk.clippedLength(Point2(0, 15), Point2(40, 15), r), 20, accuracy: 1e-12)
        XCTAssertEqual(LineInk.clippedLength(Point2(20, 0), Point2(20, 40), r), 10, accuracy: 1e-12)
        XCTAssertEqual(LineInk.clippedLength(Point2(0, 0), Point2(40, 0), r), 0)
        // The diagonal of the rectangle, from outside to outside: √(20² + 10²).
        XCTAssertEqual(LineInk.clippedLength(Point2(-10, 0), Point2(50, 30), r), (500.0).squareRoot(), accuracy: 1e-9)
        XCTAssertEqual(LineInk.covered(by: r, [([Point2(0, 15), Point2(40, 15)], 0.5)]), 10, accuracy: 1e-12)
    }

    func testAvoidsLinesWithoutAnyMarkers() {
        // A streamline-like line across the top and down the right side: only the lower left is free.
        let line = [Point2(0, 40), Point2(360, 40), Point2(360, 300)]
        let candidates = LegendRenderer.candidates(width: 120, height: 60, in: plot)
        let best = LegendRenderer.bestPlacement(candidates, points: [], ink: [(line, LineInk.flow)])
        XCTAssertEqual(LineInk.covered(by: best.rect, [(line, 1)]), 0, "legend at \(best.rect) covers the line")
        XCTAssertEqual(best.score, 0)
        XCTAssertLessThan(best.rect.minX, 200)
        XCTAssertGreaterThan(best.rect.minY, 100)
    }

    func testATrajectoryOutweighsBackgroundContours() {
        // A contour line through the lower left, a trajectory through the upper right: the
        // legend takes the contour's corner, since a run matters more than a background line.
        let contour = [Point2(0, 270), Point2(200, 270)]
        let run = [Point2(200, 30), Point2(400, 30)]
        let candidates = LegendRenderer.candidates(width: 120, height: 60, in: plot)
        let best = LegendRenderer.bestPlacement(candidates, points: [], ink: [(contour, LineInk.background),
                                                                               (run, LineInk.foreground)])
        XCTAssertEqual(LineInk.covered(by: best.rect, [(run, 1)]), 0)
    }
}
