import GDVizEngine
import XCTest
@testable import GDVizRender

/// The legend goes where it covers the least data, without any pixels involved.
final class LegendPlacementTests: XCTestCase {
    let plot = DeviceRect(x: 0, y: 0, width: 400, height: 300)

    func testPrefersTheUpperRightWhenEverythingIsFree() {
        let candidates = LegendRenderer.candidates(width: 120, height: 60, in: plot)
        let best = LegendRenderer.bestPlacement(candidates, points: [])
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
                                                points: points)
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
        let best = LegendRenderer.bestPlacement(candidates, points: points)
        let score = { (r: DeviceRect) in points.reduce(0.0) { $0 + (r.insetBy(dx: -4, dy: -4).contains($1.point) ? $1.weight : 0) } }
        for candidate in candidates {
            XCTAssertLessThanOrEqual(score(best), score(candidate) + 1e-12)
        }
    }
}
