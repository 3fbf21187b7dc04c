import XCTest
@testable import GDVizEngine

final class StreamlineTests: XCTestCase {
    private func objective(_ source: String) throws -> Objective {
        Objective(try MathExpression.parse(source, variables: ["x", "y"]), dimension: 2)
    }

    private let square = Domain(xMin: -2, xMax: 2, yMin: -2, yMax: 2)

    /// f = x² + y²: −∇f points at the origin, so the descent half of the curve from (1, 1) is the
    /// segment to the origin (x = y exactly, by symmetry) and the ascent half runs to the corner.
    func testBowlStreamlineHeadsStraightToTheOrigin() throws {
        let f = try objective("x^2 + y^2")
        let h = 0.05
        let line = Streamlines.trace(f, from: Point2(1, 1), in: square, step: h)
        let forward = Array(line.points[line.seedIndex...])
        XCTAssertEqual(line.points[line.seedIndex], Point2(1, 1))
        XCTAssertGreaterThan(forward.count, 20)
        for p in line.points { XCTAssertEqual(p.x, p.y, accuracy: 1e-12, "on the diagonal: \(p)") }
        for (a, b) in zip(forward, forward.dropFirst()) {
            XCTAssertLessThan(b.norm, a.norm, "every step gets closer to the origin")
            XCTAssertEqual(a.distance(to: b), h, accuracy: 1e-9, "fixed arc-length step")
        }
        XCTAssertEqual(line.endStop, .stationary)
        XCTAssertLessThanOrEqual(forward.last!.norm, h, "stops within one step of the minimum")
        // Against the flow: straight out to the corner (2, 2), cut at the boundary.
        XCTAssertEqual(line.startStop, .boundary)
        XCTAssertEqual(line.points[0].x, 2, accuracy: 1e-12)
        XCTAssertEqual(line.points[0].y, 2, accuracy: 1e-12)
    }

    /// f = x² − y²: the flow ẋ = −2x, ẏ = 2y keeps x·y constant, so the curve from (1, 0.5) is
    /// the hyperbola xy = 1/2; descent leaves along y (through the top edge at x = 1/4), the
    /// ascent half along x (through the right edge at y = 1/4). RK4 with h = 0.02 keeps the
    /// invariant to 10⁻⁷ per step; the last point, cut linearly at the edge, is within 10⁻⁵.
    func testSaddleStreamlineLeavesAlongY() throws {
        let f = try objective("x^2 - y^2")
        let line = Streamlines.trace(f, from: Point2(1, 0.5), in: square, step: 0.02)
        for p in line.points { XCTAssertEqual(p.x * p.y, 0.5, accuracy: 1e-5, "x·y invariant at \(p)") }
        let forward = Array(line.points[line.seedIndex...])
        for (a, b) in zip(forward, forward.dropFirst()) {
            XCTAssertLessThan(b.x, a.x)
            XCTAssertGreaterThan(b.y, a.y)
        }
        XCTAssertEqual(line.endStop, .boundary)
        XCTAssertEqual(forward.last!.y, 2, accuracy: 1e-12)
        XCTAssertEqual(forward.last!.x, 0.25, accuracy: 1e-5)
        XCTAssertEqual(line.startStop, .boundary)
        XCTAssertEqual(line.points[0].x, 2, accuracy: 1e-12)
        XCTAssertEqual(line.points[0].y, 0.25, accuracy: 1e-5)
    }

    func testDescentCurvesDecreaseFAndAscentCurvesIncreaseIt() throws {
        let f = try objective("(x^2 + y - 11)^2 + (x + y^2 - 7)^2")
        let domain = Domain(xMin: -5, xMax: 5, yMin: -5, yMax: 5)
        for direction in FlowDirection.allCases {
            let line = Streamlines.trace(f, from: Point2(0.5, -1), in: domain, step: 0.05, direction: direction)
            XCTAssertGreaterThan(line.points.count, 10)
            let values = line.points.map { f.value(at: $0) }
            for (a, b) in zip(values, values.dropFirst()) {
                if direction == .descent { XCTAssertLessThan(b, a) } else { XCTAssertGreaterThan(b, a) }
            }
        }
    }

    func testSeedAtAStationaryPointOrOutsideGivesOnePoint() throws {
        let f = try objective("x^2 - y^2")
        XCTAssertEqual(Streamlines.trace(f, from: .zero, in: square, step: 0.1).points, [.zero])
        XCTAssertEqual(Streamlines.trace(f, from: Point2(3, 0), in: square, step: 0.1).points.count, 1)
    }

    /// Jobard–Lefer: points of different curves are at least the test distance (separation/2)
    /// apart, every curve is at least `separation` long, and the curves cover the domain: every
    /// point of a fine grid is within 1.5 separations of some curve.
    func testEvenlySpacedStreamlinesAreSeparatedAndCoverTheDomain() throws {
        for source in ["x^2 + y^2", "x^2 - y^2", "x^2 + 10*y^2"] {
            let f = try objective(source)
            let separation = 0.25
            let lines = Streamlines.evenlySpaced(f, in: square, separation: separation)
            XCTAssertGreaterThan(lines.count, 5, source)
            for (i, a) in lines.enumerated() {
                XCTAssertGreaterThanOrEqual(a.length, separation, source)
                for b in lines[(i + 1)...] {
                    for p in a.points {
                        for q in b.points {
                            XCTAssertGreaterThanOrEqual(p.distance(to: q), separation / 2 - 1e-12, source)
                        }
                    }
                }
            }
            var covered = 0, total = 0
            for j in 0...40 {
                for i in 0...40 {
                    let p = Point2(-2 + 0.1 * Double(i), -2 + 0.1 * Double(j))
                    total += 1
                    if lines.contains(where: { $0.points.contains { $0.distance(to: p) <= 1.5 * separation } }) {
                        covered += 1
                    }
                }
            }
            XCTAssertGreaterThanOrEqual(Double(covered) / Double(total), 0.97, "\(source): coverage \(covered)/\(total)")
            XCTAssertEqual(lines, Streamlines.evenlySpaced(f, in: square, separation: separation), "deterministic")
        }
    }

    func testEvenlySpacedRejectsDegenerateInput() throws {
        let f = try objective("x^2 + y^2")
        XCTAssertTrue(Streamlines.evenlySpaced(f, in: square, separation: 0).isEmpty)
        XCTAssertTrue(Streamlines.evenlySpaced(f, in: square, separation: .nan).isEmpty)
        let constant = try objective("0*x + 0*y + 1")
        XCTAssertTrue(Streamlines.evenlySpaced(constant, in: square, separation: 0.5).isEmpty)
    }
}
