import Foundation
import XCTest
@testable import GDVizEngine

/// Gradient descent through `runOptimizer`, checked against closed forms computed here with plain
/// 2×2 matrix arithmetic (no engine code).
final class GradientDescentTests: XCTestCase {
    /// f(x) = ½ xᵀAx − bᵀx with A = [[2, 1], [1, 20]], b = (5, 3), as the user would type it.
    private let quadraticSource = "0.5*(2*x^2 + 2*x*y + 20*y^2) - (5*x + 3*y)"
    private let a = (xx: 2.0, xy: 1.0, yy: 20.0)
    private let b = Point2(5, 3)
    private let start = Point2(-3, -1)

    /// A x.
    private func apply(_ p: Point2) -> Point2 {
        Point2(a.xx * p.x + a.xy * p.y, a.xy * p.x + a.yy * p.y)
    }
    /// ∇f(p) = A p − b.
    private func gradient(_ p: Point2) -> Point2 { apply(p) - b }
    /// f(p) = ½ pᵀAp − bᵀp.
    private func value(_ p: Point2) -> Double {
        let ap = apply(p)
        return 0.5 * (p.x * ap.x + p.y * ap.y) - (b.x * p.x + b.y * p.y)
    }
    /// x* = A⁻¹b.
    private var minimizer: Point2 {
        let det = a.xx * a.yy - a.xy * a.xy
        return Point2((a.yy * b.x - a.xy * b.y) / det, (a.xx * b.y - a.xy * b.x) / det)
    }
    /// Eigenvalues of A: 11 ± √82.
    private var lambdaMax: Double { 11 + 82.0.squareRoot() }

    private func objective(_ source: String, dimension: Int = 2) throws -> Objective {
        Objective(try MathExpression.parse(source, variables: dimension == 1 ? ["x"] : ["x", "y"]),
                  dimension: dimension)
    }

    private func run(_ source: String, dimension: Int = 2, learningRate: Double, start: Point2,
                     maxSteps: Int, tolerance: Double, bounds: Domain? = nil) throws -> Trajectory {
        runOptimizer(GradientDescent(learningRate: learningRate), objective: try objective(source, dimension: dimension),
                     start: start, stopping: StoppingCriteria(maxSteps: maxSteps, tolerance: tolerance, bounds: bounds))
    }

    /// points.count = values.count = gradientNorms.count = stepSizes.count + 1, everything finite,
    /// and the start recorded first.
    private func assertShape(_ t: Trajectory, start: Point2, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(t.values.count, t.points.count, file: file, line: line)
        XCTAssertEqual(t.gradientNorms.count, t.points.count, file: file, line: line)
        XCTAssertEqual(t.stepSizes.count + 1, t.points.count, file: file, line: line)
        XCTAssertEqual(t.points.first, start, file: file, line: line)
        XCTAssertEqual(t.last, t.points.last, file: file, line: line)
        XCTAssertTrue(t.points.allSatisfy(\.isFinite), file: file, line: line)
        XCTAssertTrue(t.values.allSatisfy(\.isFinite), file: file, line: line)
        XCTAssertTrue(t.gradientNorms.allSatisfy(\.isFinite), file: file, line: line)
    }

    private func distance(_ p: Point2, _ q: Point2) -> Double { (p - q).norm }

    // MARK: - Iterates against the closed form

    /// x_{t+1} = x_t − η(A x_t − b), iterated independently here.
    ///
    /// Tolerance 1e-12 relative: the engine and this loop do the same few roundings per step
    /// (~1e-16 relative), and with η < 2/λmax the map is a contraction, so rounding differences do
    /// not grow; any error in the gradient would be O(1).
    func testIteratesMatchClosedFormUpdate() throws {
        let eta = 0.05
        let t = try run(quadraticSource, learningRate: eta, start: start, maxSteps: 60, tolerance: 0)
        assertShape(t, start: start)
        XCTAssertEqual(t.stop, .maxSteps)
        XCTAssertEqual(t.points.count, 61)
        var q = start
        for i in 0..<t.points.count {
            XCTAssertLessThanOrEqual(distance(t.points[i], q), 1e-12 * q.norm, "x_\(i)")
            XCTAssertEqual(t.values[i], value(q), accuracy: 1e-12 * max(1, abs(value(q))), "f(x_\(i))")
            // ‖Ax − b‖ is a difference of O(10) terms, so compare it absolutely at the 1e-12 level.
            XCTAssertEqual(t.gradientNorms[i], gradient(q).norm, accuracy: 1e-12 * max(1, gradient(q).norm),
                           "‖∇f(x_\(i))‖")
            q = q - eta * gradient(q)
        }
        // Every step used the fixed learning rate, exactly.
        XCTAssertEqual(t.stepSizes, Array(repeating: eta, count: 60))
        // And it contracts towards x* = A⁻¹b = (97/39, 1/39) at least as fast as the rate
        // ρ = max |1 − ηλ| over the eigenvalues λ = 11 ± √82 of A promises.
        let rho = max(abs(1 - eta * lambdaMax), abs(1 - eta * (22 - lambdaMax)))
        let e0 = distance(start, minimizer)
        for (i, p) in t.points.enumerated() {
            XCTAssertLessThanOrEqual(distance(p, minimizer), pow(rho, Double(i)) * e0 * (1 + 1e-9), "x_\(i)")
        }
        XCTAssertLessThan(distance(t.points.last!, minimizer), 0.05 * e0)
        XCTAssertEqual(minimizer.x, 97.0 / 39, accuracy: 1e-15)
        XCTAssertEqual(minimizer.y, 1.0 / 39, accuracy: 1e-15)
    }

    /// Diagonal A = diag(2, 20), b = (5, 3): x_t − x* = (I − ηA)^t (x_0 − x*) componentwise,
    /// i.e. (1 − 2η)^t and (1 − 20η)^t.
    ///
    /// Tolerance 1e-12 · ‖x*‖ absolute: x_t − x* itself shrinks to rounding level, so a relative
    /// comparison of the difference would be meaningless late in the run; the iterates themselves
    /// agree to a few ulps of ‖x*‖.
    func testDiagonalQuadraticContractsGeometrically() throws {
        let eta = 0.04
        let xStar = Point2(2.5, 0.15)
        let t = try run("x^2 + 10*y^2 - 5*x - 3*y", learningRate: eta, start: start, maxSteps: 40, tolerance: 0)
        assertShape(t, start: start)
        XCTAssertEqual(t.points.count, 41)
        for (i, p) in t.points.enumerated() {
            let expected = Point2(xStar.x + pow(1 - 2 * eta, Double(i)) * (start.x - xStar.x),
                                  xStar.y + pow(1 - 20 * eta, Double(i)) * (start.y - xStar.y))
            XCTAssertLessThanOrEqual(distance(p, expected), 1e-12 * xStar.norm, "x_\(i) = \(p), expected \(expected)")
        }
    }

    func testOneDimensionalRunKeepsY() throws {
        let eta = 0.1
        let s = Point2(-1, 5)
        let t = try run("(x - 2)^2", dimension: 1, learningRate: eta, start: s, maxSteps: 25, tolerance: 0)
        assertShape(t, start: s)
        var x = s.x
        for p in t.points {
            XCTAssertEqual(p.y, 5)                                   // ∂/∂y of a 1-D objective is exactly 0
            XCTAssertEqual(p.x, x, accuracy: 1e-12 * max(1, abs(x))) // x ← x − η·2(x − 2)
            x -= eta * 2 * (x - 2)
        }
    }

    func testStepReturnsGradientStep() throws {
        var rule = GradientDescent(learningRate: 0.25)
        let f = try objective(quadraticSource)
        let p = Point2(1, -2)
        let jet = f.jet(at: p)
        guard case .moved(let next, let size) = rule.step(from: p, jet: jet, objective: f, t: 0) else {
            return XCTFail("gradient descent must always move")
        }
        XCTAssertEqual(size, 0.25)
        let expected = p - 0.25 * gradient(p)
        XCTAssertEqual(next.x, expected.x, accuracy: 1e-12 * abs(expected.x))
        XCTAssertEqual(next.y, expected.y, accuracy: 1e-12 * abs(expected.y))
    }

    // MARK: - Stop reasons

    func testConverged() throws {
        let eta = 0.05, epsilon = 1e-6
        let t = try run(quadraticSource, learningRate: eta, start: start, maxSteps: 10_000, tolerance: epsilon)
        assertShape(t, start: start)
        XCTAssertEqual(t.stop, .converged)
        let n = t.gradientNorms.count
        XCTAssertGreaterThan(n, 2)
        XCTAssertLessThan(t.gradientNorms[n - 1], epsilon)
        XCTAssertGreaterThanOrEqual(t.gradientNorms[n - 2], epsilon)
        // It stopped at the first iterate below ε, not later.
        XCTAssertTrue(t.gradientNorms.dropLast().allSatisfy { $0 >= epsilon })
        // Independent check: the closed-form gradient at the last point is below ε too (up to rounding),
        // and the closed-form iteration crosses ε after the same number of steps.
        XCTAssertLessThan(gradient(t.points.last!).norm, epsilon * (1 + 1e-9))
        var q = start, steps = 0
        while gradient(q).norm >= epsilon { q = q - eta * gradient(q); steps += 1 }
        XCTAssertEqual(t.stepSizes.count, steps)
        // ‖x − x*‖ ≤ ‖∇f‖/λmin.
        XCTAssertLessThan(distance(t.points.last!, minimizer), epsilon / (11 - 82.0.squareRoot()))
    }

    func testMaxSteps() throws {
        let t = try run(quadraticSource, learningRate: 0.05, start: start, maxSteps: 7, tolerance: 1e-6)
        assertShape(t, start: start)
        XCTAssertEqual(t.stop, .maxSteps)
        XCTAssertEqual(t.stepSizes.count, 7)            // exactly maxSteps steps
        XCTAssertEqual(t.points.count, 8)
        XCTAssertGreaterThanOrEqual(t.gradientNorms.last!, 1e-6)
    }

    func testMaxStepsZeroRecordsOnlyStart() throws {
        let t = try run(quadraticSource, learningRate: 0.05, start: start, maxSteps: 0, tolerance: 1e-6)
        assertShape(t, start: start)
        XCTAssertEqual(t.stop, .maxSteps)
        XCTAssertEqual(t.points, [start])
        XCTAssertEqual(t.values.count, 1)
        XCTAssertEqual(t.values[0], value(start), accuracy: 1e-12 * abs(value(start)))
        XCTAssertEqual(t.gradientNorms[0], gradient(start).norm, accuracy: 1e-12 * gradient(start).norm)
        XCTAssertTrue(t.stepSizes.isEmpty)
    }

    /// Starting at the minimiser, convergence is reported before the step budget is looked at.
    func testStartAtMinimumConvergesImmediately() throws {
        let xStar = Point2(2.5, 0.15)
        let t = try run("x^2 + 10*y^2 - 5*x - 3*y", learningRate: 0.05, start: xStar, maxSteps: 0, tolerance: 1e-8)
        assertShape(t, start: xStar)
        XCTAssertEqual(t.stop, .converged)
        XCTAssertEqual(t.points, [xStar])
    }

    /// η = 0.2 > 2/λmax ≈ 0.0997: the error along the stiff eigenvector grows by |1 − ηλmax| ≈ 3
    /// per step until an iterate leaves the divergence box.
    func testDivergedOutsideBounds() throws {
        let eta = 0.2
        XCTAssertGreaterThan(eta, 2 / lambdaMax)
        let domain = Domain(xMin: -4, xMax: 4, yMin: -2, yMax: 2)
        let box = StoppingCriteria.divergenceBox(for: domain)
        XCTAssertEqual(box, Domain(xMin: -84, xMax: 84, yMin: -42, yMax: 42))
        let t = try run(quadraticSource, learningRate: eta, start: start, maxSteps: 1000, tolerance: 1e-6, bounds: box)
        assertShape(t, start: start)
        XCTAssertEqual(t.stop, .diverged)
        XCTAssertLessThan(t.points.count, 30, "a factor-3 growth leaves the box quickly")
        // The offending iterate is recorded (finite, outside); every earlier one is inside.
        XCTAssertFalse(box.contains(t.points.last!))
        XCTAssertTrue(t.points.dropLast().allSatisfy(box.contains))
        // The recorded iterates are still the closed-form ones (relative 1e-12; growth ×3 per step
        // amplifies rounding by at most 3^30 ≈ 2e14 · 1e-16, still far below 1e-12 relative since
        // the iterates grow just as fast).
        var q = start
        for (i, p) in t.points.enumerated() {
            XCTAssertLessThanOrEqual(distance(p, q), 1e-12 * q.norm, "x_\(i)")
            q = q - eta * gradient(q)
        }

        // Control: a stable step in the same box converges.
        let stable = try run(quadraticSource, learningRate: 0.09, start: start, maxSteps: 10_000, tolerance: 1e-6,
                             bounds: box)
        XCTAssertEqual(stable.stop, .converged)
    }

    /// A finite start outside the box is recorded, then the run stops as diverged.
    func testStartOutsideBounds() throws {
        let box = Domain(xMin: 0, xMax: 1, yMin: 0, yMax: 1)
        let t = try run(quadraticSource, learningRate: 0.05, start: start, maxSteps: 10, tolerance: 1e-6, bounds: box)
        assertShape(t, start: start)
        XCTAssertEqual(t.stop, .diverged)
        XCTAssertEqual(t.points, [start])
    }

    /// f = log x with η = 2 from x = 3: x ← x − 2/x walks to 0.12…, then jumps to a negative x where
    /// log is NaN. That iterate is not recorded; the trajectory ends at the last finite point.
    func testDivergedOnNonFiniteValue() throws {
        let eta = 2.0
        let s = Point2(3, 0)
        let t = try run("log(x)", dimension: 1, learningRate: eta, start: s, maxSteps: 1000, tolerance: 1e-9)
        assertShape(t, start: s)
        XCTAssertEqual(t.stop, .diverged)
        // The same walk computed here.
        var expected: [Double] = [], x = s.x
        while x > 0 { expected.append(x); x -= eta / x }
        XCTAssertEqual(expected.count, 4)
        XCTAssertEqual(t.points.count, expected.count)
        for (p, e) in zip(t.points, expected) {
            XCTAssertEqual(p.x, e, accuracy: 1e-12 * e)
        }
        let last = t.points.last!
        XCTAssertTrue(last.isFinite)
        XCTAssertGreaterThan(last.x, 0)
        XCTAssertLessThan(last.x - eta / last.x, 0, "the next iterate would have been at negative x")
        XCTAssertEqual(t.values.last!, log(last.x), accuracy: 1e-12 * max(1, abs(log(last.x))))
    }

    /// A start where f is not finite stops at once as diverged; the start is still recorded, since
    /// the trace contract promises points[0] is the start, and nothing else is.
    func testNonFiniteStartIsRecordedAndStopsAsDiverged() throws {
        let t = try run("log(x)", dimension: 1, learningRate: 0.1, start: Point2(-1, 0), maxSteps: 10, tolerance: 1e-9)
        XCTAssertEqual(t.stop, .diverged)
        XCTAssertEqual(t.points, [Point2(-1, 0)])
        XCTAssertEqual(t.values.count, 1)
        XCTAssertTrue(t.values[0].isNaN)
        XCTAssertEqual(t.gradientNorms.count, 1)
        XCTAssertEqual(t.stepSizes, [])
    }
}
