import Foundation
import GDVizTestSupport
import XCTest
@testable import GDVizEngine

final class StationaryPointTests: XCTestCase {
    private func objective(_ source: String, dimension: Int = 2) throws -> Objective {
        Objective(try MathExpression.parse(source, variables: dimension == 1 ? ["x"] : ["x", "y"]),
                  dimension: dimension)
    }

    private func count(_ points: [CriticalPoint], _ kind: CriticalKind) -> Int {
        points.filter { $0.kind == kind }.count
    }

    /// Every reported point really is stationary, inside the domain, with eigenpairs of the
    /// exact Hessian there, and the list is sorted by x then y.
    private func assertConsistent(_ points: [CriticalPoint], _ f: Objective, _ domain: Domain,
                                  file: StaticString = #filePath, line: UInt = #line) {
        for (a, b) in zip(points, points.dropFirst()) {
            XCTAssertTrue((a.point.x, a.point.y) < (b.point.x, b.point.y), "sorted", file: file, line: line)
        }
        for c in points {
            let jet = f.jet(at: c.point)
            // Newton converges to rounding level; 1e-9 absolute is far above it and far below any
            // slope these test functions have away from their stationary points.
            XCTAssertLessThan(jet.gradient.norm, 1e-9, "∇f at \(c.point)", file: file, line: line)
            XCTAssertEqual(c.value, jet.value, accuracy: 1e-12 * max(1, abs(jet.value)), file: file, line: line)
            let inX = c.point.x >= domain.xMin - 1e-9 && c.point.x <= domain.xMax + 1e-9
            let inY = f.dimension == 1 || (c.point.y >= domain.yMin - 1e-9 && c.point.y <= domain.yMax + 1e-9)
            XCTAssertTrue(inX && inY, "\(c.point) inside", file: file, line: line)
            XCTAssertEqual(c.eigenvalues.count, f.dimension, file: file, line: line)
            XCTAssertEqual(c.eigenvectors.count, f.dimension, file: file, line: line)
            if f.dimension == 2 {
                XCTAssertLessThanOrEqual(c.eigenvalues[0], c.eigenvalues[1], file: file, line: line)
                for (lambda, v) in zip(c.eigenvalues, c.eigenvectors) {
                    assertClose(v.norm, 1, 1e-14, "unit eigenvector", file: file, line: line)
                    let hv = Point2(jet.hxx * v.x + jet.hxy * v.y, jet.hxy * v.x + jet.hyy * v.y)
                    let scale = max(abs(jet.hxx), abs(jet.hxy), abs(jet.hyy), 1)
                    XCTAssertLessThan((hv - lambda * v).norm, 1e-13 * scale, "H v = λ v", file: file, line: line)
                }
            } else {
                assertClose(c.eigenvalues[0], jet.hxx, 1e-12, file: file, line: line)
            }
        }
    }

    // MARK: - Textbook functions

    /// Six-hump camel: 6 minima, 2 maxima, 7 saddles on its usual domain; global minima
    /// f(∓0.0898, ±0.7126) = −1.0316 (Dixon & Szegő 1978).
    func testSixHumpCamel() throws {
        let f = try objective("(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2")
        let domain = Domain(xMin: -2.5, xMax: 2.5, yMin: -1.5, yMax: 1.5)
        let points = StationaryPoints.find(f, in: domain)
        XCTAssertEqual(points.count, 15)
        XCTAssertEqual(count(points, .minimum), 6)
        XCTAssertEqual(count(points, .maximum), 2)
        XCTAssertEqual(count(points, .saddle), 7)
        XCTAssertEqual(count(points, .degenerate), 0)
        assertConsistent(points, f, domain)

        let lowest = points.sorted { $0.value < $1.value }.prefix(2)
        for c in lowest {
            XCTAssertEqual(c.kind, .minimum)
            // The published figures are rounded to 4 decimals.
            XCTAssertEqual(abs(c.point.x), 0.0898, accuracy: 1e-4)
            XCTAssertEqual(abs(c.point.y), 0.7126, accuracy: 1e-4)
            XCTAssertEqual(c.point.x * c.point.y, -0.0898 * 0.7126, accuracy: 1e-4, "opposite signs")
            XCTAssertEqual(c.value, -1.0316, accuracy: 1e-4)
        }
        // f(−p) = f(p), so the two global minima are exact mirror images.
        let (a, b) = (lowest.first!, lowest.last!)
        assertClose(a.point.x, -b.point.x, 1e-10)
        assertClose(a.point.y, -b.point.y, 1e-10)
        assertClose(a.value, b.value, 1e-12)
        // The origin is a saddle: H = [[8, 1], [1, −8]], eigenvalues ±√65.
        let origin = try XCTUnwrap(points.first { $0.point.norm < 1e-9 })
        XCTAssertEqual(origin.kind, .saddle)
        assertClose(origin.eigenvalues[0], -65.0.squareRoot(), 1e-12)
        assertClose(origin.eigenvalues[1], 65.0.squareRoot(), 1e-12)
    }

    /// Himmelblau: four minima with value 0, one maximum near (−0.2708, −0.9230), four saddles.
    func testHimmelblau() throws {
        let f = try objective("(x^2 + y - 11)^2 + (x + y^2 - 7)^2")
        let domain = Domain(xMin: -5, xMax: 5, yMin: -5, yMax: 5)
        let points = StationaryPoints.find(f, in: domain)
        XCTAssertEqual(points.count, 9)
        XCTAssertEqual(count(points, .minimum), 4)
        XCTAssertEqual(count(points, .maximum), 1)
        XCTAssertEqual(count(points, .saddle), 4)
        assertConsistent(points, f, domain)

        for c in points where c.kind == .minimum {
            XCTAssertEqual(c.value, 0, accuracy: 1e-20, "minimum value at \(c.point)")
        }
        let exact = try XCTUnwrap(points.first { $0.point.distance(to: Point2(3, 2)) < 1e-6 })
        XCTAssertEqual(exact.kind, .minimum)
        XCTAssertEqual(exact.point.x, 3, accuracy: 1e-13)
        XCTAssertEqual(exact.point.y, 2, accuracy: 1e-13)
        // The other minima (published to 6 decimals).
        for p in [Point2(-2.805118, 3.131312), Point2(-3.779310, -3.283186), Point2(3.584428, -1.848126)] {
            XCTAssertTrue(points.contains { $0.kind == .minimum && $0.point.distance(to: p) < 2e-6 }, "minimum near \(p)")
        }
        let maximum = try XCTUnwrap(points.first { $0.kind == .maximum })
        XCTAssertEqual(maximum.point.x, -0.2708, accuracy: 1e-4)
        XCTAssertEqual(maximum.point.y, -0.9230, accuracy: 1e-4)
        XCTAssertEqual(maximum.value, 181.617, accuracy: 1e-3)
    }

    func testSaddleEigenpairs() throws {
        let f = try objective("x^2 - y^2")
        let points = StationaryPoints.find(f, in: Domain(xMin: -1, xMax: 1, yMin: -1, yMax: 1))
        XCTAssertEqual(points.count, 1)
        let c = try XCTUnwrap(points.first)
        XCTAssertEqual(c.kind, .saddle)
        XCTAssertEqual(c.point.norm, 0, accuracy: 1e-15)
        // H = diag(2, −2) exactly: the descent direction is the y axis, the ascent one the x axis.
        XCTAssertEqual(c.eigenvalues, [-2, 2])
        XCTAssertEqual(c.eigenvectors, [Point2(0, 1), Point2(1, 0)])
        XCTAssertEqual(c.value, 0, accuracy: 1e-30)
    }

    /// x³ − 3xy² has ∇f = 0 and H = 0 at the origin only, reported once even though Newton
    /// converges to it only linearly from every direction. f − f(0) = r³cos 3θ on a circle: three
    /// valleys, so a saddle with 3 valleys.
    func testMonkeySaddleHasThreeValleys() throws {
        let f = try objective("x^3 - 3*x*y^2")
        let points = StationaryPoints.find(f, in: Domain(xMin: -1, xMax: 1, yMin: -1, yMax: 1))
        XCTAssertEqual(points.count, 1)
        let c = try XCTUnwrap(points.first)
        XCTAssertEqual(c.kind, .saddle)
        XCTAssertEqual(c.valleys, 3)
        XCTAssertTrue(c.degenerateHessian)
        XCTAssertLessThan(c.point.norm, 1e-12)
        for lambda in c.eigenvalues { XCTAssertEqual(lambda, 0, accuracy: 1e-10) }
    }

    /// x² + y⁴: a minimum the second-derivative test cannot see (H = diag(2, 0)); the sign
    /// pattern (f > f(0) all round) can.
    func testDegenerateMinimum() throws {
        let f = try objective("x^2 + y^4")
        let domain = Domain(xMin: -2, xMax: 2, yMin: -1.5, yMax: 1.5)
        let points = StationaryPoints.find(f, in: domain)
        XCTAssertEqual(points.count, 1)
        let c = try XCTUnwrap(points.first)
        XCTAssertEqual(c.kind, .minimum)
        XCTAssertTrue(c.degenerateHessian)
        XCTAssertLessThan(c.point.norm, 1e-12)
        XCTAssertEqual(c.eigenvalues[0], 0, accuracy: 1e-12)
        assertClose(c.eigenvalues[1], 2, 1e-12)
        XCTAssertEqual(c.eigenvectors, [Point2(0, 1), Point2(1, 0)])
        assertConsistent(points, f, domain)
    }

    /// Higher-order degeneracy: Newton converges at rate 8/9 (y¹⁰) and 18/19 (y²⁰), so the
    /// 300-iteration budget ends before the step is negligible; the point is still found once,
    /// and the stretch of y axis where ∇f is below the bound is not mistaken for a curve.
    func testHighOrderDegenerateMinimum() throws {
        for source in ["x^2 + y^10", "x^2 + y^20"] {
            let set = StationaryPoints.analyse(try objective(source), in: Domain(xMin: -2, xMax: 2, yMin: -2, yMax: 2))
            let points = set.points
            XCTAssertEqual(set.curves, [], source)
            XCTAssertEqual(points.map(\.kind), [.minimum], source)
            XCTAssertLessThan(points.first?.point.norm ?? 1, 1e-5, source)
        }
    }

    func testMinimumOnTheDomainCornerIsKept() throws {
        let f = try objective("x^2 + 3*y^2")
        let points = StationaryPoints.find(f, in: Domain(xMin: 0, xMax: 1, yMin: 0, yMax: 2))
        XCTAssertEqual(points.map(\.kind), [.minimum])
        XCTAssertEqual(points.first?.eigenvalues, [2, 6])
    }

    /// Scaling f scales nothing that matters: acceptance and τ are relative.
    func testScaleInvariance() throws {
        let domain = Domain(xMin: -2.5, xMax: 2.5, yMin: -1.5, yMax: 1.5)
        let camel = "(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2"
        let reference = StationaryPoints.find(try objective(camel), in: domain)
        for factor in ["1e-9", "1e9"] {
            let scaled = StationaryPoints.find(try objective("\(factor)*(\(camel))"), in: domain)
            XCTAssertEqual(scaled.map(\.kind), reference.map(\.kind), factor)
            for (s, r) in zip(scaled, reference) {
                XCTAssertLessThan(s.point.distance(to: r.point), 1e-10, factor)
            }
        }
    }

    // MARK: - 1-D

    func testCubicInOneDimension() throws {
        let f = try objective("x^3 - 3*x", dimension: 1)
        let points = StationaryPoints.find(f, in: Domain(xMin: -3, xMax: 3, yMin: 0, yMax: 0))
        XCTAssertEqual(points.map(\.kind), [.maximum, .minimum])
        assertClose(points[0].point.x, -1, 1e-14)
        assertClose(points[1].point.x, 1, 1e-14)
        XCTAssertEqual(points[0].point.y, 0)
        assertClose(points[0].value, 2, 1e-14)
        assertClose(points[1].value, -2, 1e-14)
        assertClose(points[0].eigenvalues[0], -6, 1e-13)
        assertClose(points[1].eigenvalues[0], 6, 1e-13)
        XCTAssertEqual(points[0].eigenvectors, [Point2(1, 0)])
        assertConsistent(points, f, Domain(xMin: -3, xMax: 3, yMin: 0, yMax: 0))
    }

    /// The y range of the domain plays no part for a 1-D objective.
    func testOneDimensionIgnoresTheYRange() throws {
        let f = try objective("x^3 - 3*x", dimension: 1)
        let a = StationaryPoints.find(f, in: Domain(xMin: -3, xMax: 3, yMin: 0, yMax: 0))
        let b = StationaryPoints.find(f, in: Domain(xMin: -3, xMax: 3, yMin: 5, yMax: 9))
        XCTAssertEqual(a, b)
    }

    /// sin(5x) on [0, 2π]: ten alternating extrema at (2k + 1)π/10.
    func testManyExtremaInOneDimension() throws {
        let f = try objective("sin(5*x)", dimension: 1)
        let domain = Domain(xMin: 0, xMax: 2 * Double.pi, yMin: 0, yMax: 0)
        let points = StationaryPoints.find(f, in: domain)
        XCTAssertEqual(points.count, 10)
        for (k, c) in points.enumerated() {
            assertClose(c.point.x, Double(2 * k + 1) * Double.pi / 10, 1e-13)
            XCTAssertEqual(c.kind, k % 2 == 0 ? .maximum : .minimum)
        }
        assertConsistent(points, f, domain)
        // With only 8 scan intervals, some intervals hold two roots; Newton from the scan
        // points still finds them all.
        XCTAssertEqual(StationaryPoints.find(f, in: domain, seeds: 8).count, 10)
    }

    func testOneDimensionalDegenerateCases() throws {
        let domain = Domain(xMin: -2, xMax: 2, yMin: 0, yMax: 0)
        for (source, kind) in [("x^3", CriticalKind.degenerate), ("x^4", .minimum), ("-x^4", .maximum)] {
            let points = StationaryPoints.find(try objective(source, dimension: 1), in: domain)
            XCTAssertEqual(points.map(\.kind), [kind], source)
            XCTAssertEqual(points.first?.point.x ?? 1, 0, accuracy: 1e-12, source)
        }
    }

    // MARK: - Nothing to find

    func testNoStationaryPoint() throws {
        let square = Domain(xMin: -1, xMax: 1, yMin: -1, yMax: 1)
        // A plane: H = 0 everywhere, Newton's step is capped and walks off.
        XCTAssertEqual(StationaryPoints.find(try objective("x + 2*y"), in: square), [])
        // The minimum (10, 0) lies outside the domain.
        XCTAssertEqual(StationaryPoints.find(try objective("(x - 10)^2 + y^2"), in: square), [])
        // A Gaussian tail only flattens out; its peak is at the origin, outside [3, 10]².
        XCTAssertEqual(StationaryPoints.find(try objective("exp(-(x^2 + y^2))"),
                                             in: Domain(xMin: 3, xMax: 10, yMin: 3, yMax: 10)), [])
        XCTAssertEqual(StationaryPoints.find(try objective("exp(x)", dimension: 1), in: square), [])
        XCTAssertEqual(StationaryPoints.find(try objective("x^3 - 3*x", dimension: 1),
                                             in: Domain(xMin: 2, xMax: 4, yMin: 0, yMax: 0)), [])
        // Undefined everywhere in the domain, an empty domain, no seeds asked for.
        XCTAssertEqual(StationaryPoints.find(try objective("log(-1 - x^2) + y"), in: square), [])
        XCTAssertEqual(StationaryPoints.find(try objective("x^2 + y^2"),
                                             in: Domain(xMin: 1, xMax: 1, yMin: -1, yMax: 1)), [])
        XCTAssertEqual(StationaryPoints.find(try objective("x^2 + y^2"), in: square, seeds: 0).count, 1)
    }

    // MARK: - Determinism

    func testDeterministic() throws {
        let f = try objective("(x^2 + y - 11)^2 + (x + y^2 - 7)^2")
        let domain = Domain(xMin: -5, xMax: 5, yMin: -5, yMax: 5)
        let first = StationaryPoints.find(f, in: domain)
        XCTAssertEqual(first, StationaryPoints.find(f, in: domain), "bit-identical on repeat")
        // A different seed grid reaches the same points (to rounding) in the same order.
        let other = StationaryPoints.find(f, in: domain, seeds: 37)
        XCTAssertEqual(other.map(\.kind), first.map(\.kind))
        for (a, b) in zip(first, other) { XCTAssertLessThan(a.point.distance(to: b.point), 1e-12) }
    }

    // MARK: - Symmetric 2×2 eigen-decomposition

    func testEigenDecompositionOfRandomMatrices() {
        var state: UInt64 = 0x1234_5678
        func uniform() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(UInt64(1) << 53) * 2 - 1
        }
        for _ in 0..<1000 {
            let scale = pow(10, 6 * uniform())
            let (a, b, c) = (scale * uniform(), scale * uniform(), scale * uniform())
            let e = SymmetricEigen2(a, b, c)
            XCTAssertLessThanOrEqual(e.values[0], e.values[1])
            let norm = max(abs(e.values[0]), abs(e.values[1]))
            // The trace is preserved and every residual is a few ulps of the norm (backward stable).
            XCTAssertEqual(e.values[0] + e.values[1], a + c, accuracy: 4e-15 * norm)
            for (lambda, v) in zip(e.values, e.vectors) {
                assertClose(v.norm, 1, 4e-16)
                XCTAssertTrue(v.x > 0 || (v.x == 0 && v.y > 0), "canonical sign")
                let r = Point2(a * v.x + b * v.y - lambda * v.x, b * v.x + c * v.y - lambda * v.y)
                XCTAssertLessThan(r.norm, 4e-15 * norm)
            }
            let dot = e.vectors[0].x * e.vectors[1].x + e.vectors[0].y * e.vectors[1].y
            XCTAssertEqual(dot, 0, accuracy: 1e-15)
        }
    }

    /// The two cases where the textbook quadratic formula fails.
    func testEigenDecompositionStableCases() {
        // Nearly equal eigenvalues 1 ± 10⁻¹⁰: tr² − 4 det = 4·10⁻²⁰ is lost next to tr² = 4.
        let close = SymmetricEigen2(1, 1e-10, 1)
        // (The naive formula returns [1, 1].) Each value is within an ulp of 1, so the split
        // is right to a few 10⁻¹⁶ absolute, i.e. about 6 significant digits.
        assertClose(close.values[0], 1 - 1e-10, 2.5e-16)
        assertClose(close.values[1], 1 + 1e-10, 2.5e-16)
        XCTAssertEqual(close.values[1] - close.values[0], 2e-10, accuracy: 5e-16)
        let h = 0.5.squareRoot()
        XCTAssertEqual(close.vectors[0].x, h, accuracy: 1e-15)
        XCTAssertEqual(close.vectors[0].y, -h, accuracy: 1e-15)
        XCTAssertEqual(close.vectors[1].x, h, accuracy: 1e-15)
        XCTAssertEqual(close.vectors[1].y, h, accuracy: 1e-15)
        // Widely separated: (tr − √…)/2 would give 10⁻⁸ with an error of ~10⁻⁸.
        let wide = SymmetricEigen2(1e8, 0, 1e-8)
        XCTAssertEqual(wide.values, [1e-8, 1e8])
        XCTAssertEqual(wide.vectors, [Point2(0, 1), Point2(1, 0)])
        let wideRotated = SymmetricEigen2(1e-8, 1e-20, 1e8)
        assertClose(wideRotated.values[0] / 1e-8, 1, 1e-14)
        // Multiple eigenvalue, zero matrix, singular matrix, non-finite input.
        XCTAssertEqual(SymmetricEigen2(3, 0, 3).values, [3, 3])
        XCTAssertEqual(SymmetricEigen2(3, 0, 3).vectors, [Point2(0, 1), Point2(1, 0)])
        XCTAssertEqual(SymmetricEigen2(0, 0, 0).values, [0, 0])
        XCTAssertEqual(SymmetricEigen2(4, 2, 1).values, [0, 5])
        XCTAssertTrue(SymmetricEigen2(.nan, 0, 1).values.allSatisfy(\.isNaN))
    }
}
