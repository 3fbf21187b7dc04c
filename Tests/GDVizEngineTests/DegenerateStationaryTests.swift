import XCTest
@testable import GDVizEngine

/// Degenerate stationary points (sign pattern on a circle) and curves of stationary points,
/// against closed forms.
final class DegenerateStationaryTests: XCTestCase {
    private func analyse(_ source: String, _ domain: Domain = Domain(xMin: -2, xMax: 2, yMin: -2, yMax: 2))
        throws -> StationarySet {
        let f = Objective(try MathExpression.parse(source, variables: ["x", "y"]), dimension: 2)
        return StationaryPoints.analyse(f, in: domain)
    }

    /// Distance from the curve's points to the closed-form set `residual = 0`, measured by
    /// |residual| / |∇residual|. The two ends of an open curve are where its last chord crosses
    /// the domain's edge, so they may be off the curve by the chord's sag (≈ h²κ/8): 1e-4 there.
    private func assertOnSet(_ curve: CriticalCurve, _ residual: (Point2) -> Double, _ gradient: (Point2) -> Double,
                             tolerance: Double = 1e-7, file: StaticString = #filePath, line: UInt = #line) {
        for (k, p) in curve.points.enumerated() {
            let isEnd = !curve.isClosed && (k == 0 || k == curve.points.count - 1)
            XCTAssertLessThan(abs(residual(p)) / max(gradient(p), 1e-300), isEnd ? 1e-4 : tolerance, "\(p)",
                              file: file, line: line)
        }
    }

    func testFourthPowerSumIsAMinimum() throws {
        let set = try analyse("x^4 + y^4")
        XCTAssertEqual(set.curves, [])
        XCTAssertEqual(set.points.map(\.kind), [.minimum])
        XCTAssertTrue(set.points[0].degenerateHessian)
        XCTAssertEqual(set.points[0].valleys, nil)
    }

    func testNegatedFourthPowerIsAMaximum() throws {
        XCTAssertEqual(try analyse("-(x^4 + y^4)").points.map(\.kind), [.maximum])
    }

    /// Re(z⁴) = x⁴ − 6x²y² + y⁴ = r⁴cos 4θ: a saddle with 4 valleys.
    func testFourValleySaddle() throws {
        let set = try analyse("x^4 - 6*x^2*y^2 + y^4")
        XCTAssertEqual(set.points.map(\.kind), [.saddle])
        XCTAssertEqual(set.points.first?.valleys, 4)
    }

    /// x³ + y²: one valley (x < 0) and one hill: neither extremum nor saddle.
    func testOneValleyIsDegenerate() throws {
        let set = try analyse("x^3 + y^2")
        XCTAssertEqual(set.points.map(\.kind), [.degenerate])
        XCTAssertEqual(set.curves, [])
    }

    /// A Morse saddle keeps its Hessian classification and reports 2 valleys.
    func testMorseSaddleHasTwoValleys() throws {
        let set = try analyse("x^2 - y^2")
        XCTAssertEqual(set.points.first?.valleys, 2)
        XCTAssertEqual(set.points.first?.degenerateHessian, false)
    }

    /// (x − y)²: the diagonal is a valley of minima, from corner to corner, instead of dozens of points.
    func testDiagonalValley() throws {
        let set = try analyse("(x - y)^2")
        XCTAssertEqual(set.points, [])
        XCTAssertEqual(set.curves.count, 1)
        let curve = set.curves[0]
        XCTAssertEqual(curve.kind, .minimum)
        XCTAssertFalse(curve.isClosed)
        XCTAssertEqual(curve.value, 0, accuracy: 1e-20)
        assertOnSet(curve, { $0.x - $0.y }, { _ in 2.squareRoot() })
        let ends = [curve.points.first!, curve.points.last!].sorted { $0.x < $1.x }
        XCTAssertEqual(ends[0].x, -2, accuracy: 1e-9)
        XCTAssertEqual(ends[0].y, -2, accuracy: 1e-9)
        XCTAssertEqual(ends[1].x, 2, accuracy: 1e-9)
        XCTAssertEqual(ends[1].y, 2, accuracy: 1e-9)
    }

    /// (xy − 1)²: two hyperbola branches of global minima, and the saddle at the origin.
    func testHyperbolaValley() throws {
        let set = try analyse("(x*y - 1)^2", Domain(xMin: -3, xMax: 3, yMin: -3, yMax: 3))
        XCTAssertEqual(set.points.map(\.kind), [.saddle])
        XCTAssertLessThan(set.points[0].point.norm, 1e-12)
        XCTAssertEqual(set.curves.count, 2)
        for curve in set.curves {
            XCTAssertEqual(curve.kind, .minimum)
            assertOnSet(curve, { $0.x * $0.y - 1 }, { $0.norm })
            // Each branch runs from the edge x = ±3 (y = ±1/3) to the edge y = ±3.
            let ends = [curve.points.first!, curve.points.last!]
            for end in ends {
                XCTAssertEqual(max(abs(end.x), abs(end.y)), 3, accuracy: 1e-9)
                XCTAssertEqual(end.x * end.y, 1, accuracy: 1e-4)
            }
            XCTAssertGreaterThan(curve.points.count, 100)
        }
    }

    /// x²y²: both axes are minima; the crossing at the origin is not a separate point.
    func testCrossingAxes() throws {
        let set = try analyse("x^2*y^2")
        XCTAssertEqual(set.points, [])
        XCTAssertEqual(set.curves.count, 2)
        let horizontal = set.curves.filter { c in c.points.allSatisfy { abs($0.y) < 1e-9 } }
        let vertical = set.curves.filter { c in c.points.allSatisfy { abs($0.x) < 1e-9 } }
        XCTAssertEqual(horizontal.count, 1)
        XCTAssertEqual(vertical.count, 1)
        for curve in set.curves { XCTAssertEqual(curve.kind, .minimum) }
    }

    /// (x² + y² − 1)²: the unit circle, closed; the origin is a local maximum.
    func testClosedValley() throws {
        let set = try analyse("(x^2 + y^2 - 1)^2")
        XCTAssertEqual(set.points.map(\.kind), [.maximum])
        XCTAssertEqual(set.curves.count, 1)
        let curve = set.curves[0]
        XCTAssertTrue(curve.isClosed)
        XCTAssertEqual(curve.points.first, curve.points.last)
        assertOnSet(curve, { $0.norm - 1 }, { _ in 1 })
    }

    /// −(x − y)²: a ridge of maxima.
    func testRidgeOfMaxima() throws {
        let set = try analyse("-(x - y)^2")
        XCTAssertEqual(set.curves.map(\.kind), [.maximum])
    }

    // MARK: - Curvature bound (lr "auto")

    func testCurvatureBoundIsExactForQuadratics() throws {
        let f = Objective(try MathExpression.parse("x^2 + 10*y^2", variables: ["x", "y"]), dimension: 2)
        let L = try XCTUnwrap(CurvatureBound.largestEigenvalue(f, in: Domain(xMin: -4, xMax: 4, yMin: -2, yMax: 2)))
        XCTAssertEqual(L, 20, accuracy: 1e-12)
        // ½xᵀAx with A = [[2, 1], [1, 20]]: λ_max = 11 + √82.
        let g = Objective(try MathExpression.parse("0.5*(2*x^2 + 2*x*y + 20*y^2)", variables: ["x", "y"]), dimension: 2)
        let M = try XCTUnwrap(CurvatureBound.largestEigenvalue(g, in: Domain(xMin: -1, xMax: 1, yMin: -1, yMax: 1)))
        XCTAssertEqual(M, 11 + 82.0.squareRoot(), accuracy: 1e-12)
    }

    /// x⁴ on [−1, 2]: f″ = 12x² is largest at the right end, 48 (a grid node).
    func testCurvatureBoundInOneDimension() throws {
        let f = Objective(try MathExpression.parse("x^4", variables: ["x"]), dimension: 1)
        let L = try XCTUnwrap(CurvatureBound.largestEigenvalue(f, in: Domain(xMin: -1, xMax: 2, yMin: 0, yMax: 0)))
        XCTAssertEqual(L, 48, accuracy: 1e-12)
    }

    /// With η = 1/L gradient descent on x² + 10y² converges instead of bouncing (η = 2/L does).
    func testOneOverLConverges() throws {
        let f = Objective(try MathExpression.parse("x^2 + 10*y^2", variables: ["x", "y"]), dimension: 2)
        let run = runOptimizer(GradientDescent(learningRate: 1.0 / 20), objective: f, start: Point2(-3, -1),
                               stopping: StoppingCriteria(maxSteps: 500, tolerance: 1e-6,
                                                          bounds: Domain(xMin: -100, xMax: 100, yMin: -100, yMax: 100)))
        XCTAssertLessThan(run.points.last!.norm, 1e-6)
    }

    func testInverseSqrtSchedule() {
        let s = LearningRateSchedule.inverseSqrt(decay: 1)
        XCTAssertEqual(s.rate(base: 0.5, step: 0), 0.5)
        XCTAssertEqual(s.rate(base: 0.5, step: 3), 0.25)
        XCTAssertEqual(LearningRateSchedule.inverseSqrt(decay: 0.25).rate(base: 1, step: 12), 0.5)
    }
}
