import Foundation
import GDVizTestSupport
import XCTest
@testable import GDVizEngine

// Tolerance: the Taylor-mode recurrences are exact in exact arithmetic, so the only error is
// floating-point rounding accumulated over at most ~30 terms of a sum or ~30 chained steps of a
// recurrence, a few hundred ulps at worst. Coefficients are compared with a *relative*
// tolerance of 1e-12 each (not relative to the largest coefficient, so the tiny high-order ones
// are checked as strictly as the leading ones). A coefficient that is exactly 0 has no relative
// scale; it is compared absolutely against 1e-12 times `zeroScale`, the size of the neighbouring
// coefficients.

//
// Pasted reference values come from this script (mpmath 1.3, run with python3):
//
//     # taylor_reference.py — reference Taylor coefficients for TaylorTests.swift
//     from mpmath import mp, mpf, taylor, exp, sin, bernfrac, factorial
//     mp.dps = 50
//     print(taylor(lambda x: exp(sin(x)), 0, 20))           # exp(sin x) at 0
//     print(taylor(lambda x: x ** mpf(2.5), 2, 20))         # x^2.5 at 2
//     for s in (-1, 1):                                     # tan (s = −1) and tanh (s = +1) at 0:
//         print([s ** (m - 1) * 2 ** (2 * m) * (2 ** (2 * m) - 1)     # coefficient of x^(2m−1)
//                * mpf(bernfrac(2 * m)[0]) / bernfrac(2 * m)[1] / factorial(2 * m) for m in range(1, 16)])
//
// The exp(sin x) values were cross-checked as exact rationals with sympy (Σ_m sinᵐx / m! on
// polynomials truncated at degree 20): 1, 1, 1/2, 0, −1/8, −1/15, −1/240, 1/90, …

fileprivate let tolerance = 1e-12

/// |actual − expected| ≤ tolerance·|expected|, or ≤ tolerance·zeroScale when expected is 0.
fileprivate func assertRelative(_ actual: Double, _ expected: Double, zeroScale: Double = 1,
                                _ message: @autoclosure () -> String = "",
                                file: StaticString = #filePath, line: UInt = #line) {
    let bound = tolerance * (expected == 0 ? zeroScale : abs(expected))
    XCTAssert(abs(actual - expected) <= bound,
              "\(actual) vs expected \(expected) (error \(abs(actual - expected)), bound \(bound)) \(message())",
              file: file, line: line)
}

fileprivate func assertCoefficients(_ actual: [Double], _ expected: [Double], zeroScale: Double = 1,
                                    _ label: String, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(actual.count, expected.count, "\(label): number of coefficients", file: file, line: line)
    for (k, (a, e)) in zip(actual, expected).enumerated() {
        assertRelative(a, e, zeroScale: zeroScale, "\(label): coefficient \(k)", file: file, line: line)
    }
}

/// 1/k! for k = 0…n.
fileprivate func inverseFactorials(_ n: Int) -> [Double] {
    var out = [1.0]
    for k in stride(from: 1, through: n, by: 1) { out.append(out[k - 1] / Double(k)) }
    return out
}

/// The generalized binomial coefficients C(c, k) = c(c−1)…(c−k+1)/k!, k = 0…n.
fileprivate func binomials(_ c: Double, _ n: Int) -> [Double] {
    var out = [1.0]
    for k in stride(from: 1, through: n, by: 1) { out.append(out[k - 1] * (c - Double(k - 1)) / Double(k)) }
    return out
}


final class TaylorTests: XCTestCase {
    private func objective(_ source: String, dimension: Int) throws -> Objective {
        Objective(try MathExpression.parse(source, variables: dimension == 1 ? ["x"] : ["x", "y"]),
                  dimension: dimension)
    }

    /// Taylor coefficients f⁽ᵏ⁾(x₀)/k!, k = 0…degree, of a 1-D expression in x.
    private func series(_ source: String, at x0: Double, degree: Int) throws -> [Double] {
        let program = try MathExpression.parse(source, variables: ["x"]).program
        return program.evaluate([TaylorSeries1.variable(at: x0, degree: degree)]).coefficients
    }

    // MARK: - 1-D: closed forms

    func testExpAtZeroAndOne() throws {
        assertCoefficients(try series("exp(x)", at: 0, degree: 30), inverseFactorials(30), "exp at 0")
        assertCoefficients(try series("exp(x)", at: 1, degree: 30), inverseFactorials(30).map { M_E * $0 },
                           "exp at 1")
    }

    func testSinAndCosAtZeroAndAtPointSeven() throws {
        // d^k/dx^k sin(x) = sin(x + kπ/2): the cycle sin, cos, −sin, −cos (exact, unlike sin(kπ/2)).
        for x0 in [0.0, 0.7] {
            let s = sin(x0), c = cos(x0)
            let sinCycle = [s, c, -s, -c], cosCycle = [c, -s, -c, s]
            let f = inverseFactorials(30)
            assertCoefficients(try series("sin(x)", at: x0, degree: 30), f.indices.map { sinCycle[$0 % 4] * f[$0] },
                               zeroScale: 1e-30, "sin at \(x0)")
            assertCoefficients(try series("cos(x)", at: x0, degree: 30), f.indices.map { cosCycle[$0 % 4] * f[$0] },
                               zeroScale: 1e-30, "cos at \(x0)")
        }
    }

    func testLogOnePlusX() throws {
        let expected = [0.0] + (1...30).map { k in (k % 2 == 1 ? 1.0 : -1.0) / Double(k) }
        assertCoefficients(try series("log(1 + x)", at: 0, degree: 30), expected, "log(1 + x)")
    }

    func testGeometricSeries() throws {
        assertCoefficients(try series("1/(1 - x)", at: 0, degree: 30), Array(repeating: 1, count: 31), "1/(1 − x)")
    }

    func testSquareRootBinomialSeries() throws {
        assertCoefficients(try series("sqrt(1 + x)", at: 0, degree: 30), binomials(0.5, 30), "sqrt(1 + x)")
    }

    func testTanAndTanhAtZero() throws {
        // Leading coefficients in closed form.
        let tan = try series("tan(x)", at: 0, degree: 30)
        for (k, e) in [(1, 1.0), (3, 1.0 / 3), (5, 2.0 / 15), (7, 17.0 / 315), (9, 62.0 / 2835)] {
            assertRelative(tan[k], e, "tan coefficient \(k)")
        }
        // Coefficients of x^(2m−1), m = 1…15: (∓1)^(m−1) 2^(2m)(2^(2m)−1) B_2m/(2m)! from Bernoulli
        // numbers (taylor_reference.py above; − for tan, + for tanh); even coefficients are 0.
        let odd = [1.0, 3.3333333333333333e-1, 1.3333333333333333e-1, 5.3968253968253968e-2,
                   2.1869488536155203e-2, 8.8632355299021966e-3, 3.592128036572481e-3,
                   1.4558343870513183e-3, 5.9002744094558598e-4, 2.3912911424355248e-4,
                   9.6915379569294503e-5, 3.9278323883316834e-5, 1.5918905069328965e-5,
                   6.4516892156554308e-6, 2.6147711512907546e-6]
        var tanExpected = [Double](repeating: 0, count: 31), tanhExpected = tanExpected
        for (m, c) in odd.enumerated() {
            tanExpected[2 * m + 1] = c
            tanhExpected[2 * m + 1] = m % 2 == 0 ? c : -c
        }
        assertCoefficients(tan, tanExpected, "tan at 0")
        assertCoefficients(try series("tanh(x)", at: 0, degree: 30), tanhExpected, "tanh at 0")
    }

    func testSinPlusCosAtZero() throws {
        // sin x + cos x: coefficients 1, 1, −1/2, −1/6, 1/24, 1/120, … (signs + + − − repeating).
        for degree in [10, 20] {
            let f = inverseFactorials(degree)
            let expected = f.indices.map { [1.0, 1, -1, -1][$0 % 4] * f[$0] }
            assertCoefficients(try series("sin(x) + cos(x)", at: 0, degree: degree), expected,
                               "sin + cos to degree \(degree)")
        }
    }

    func testNonIntegerPowerAtTwo() throws {
        // x^2.5 about 2: C(2.5, k)·2^(2.5−k) (binomial series), and the first five values as
        // printed by taylor_reference.py above.
        let expected = binomials(2.5, 20).enumerated().map { k, b in b * pow(2, 2.5 - Double(k)) }
        let actual = try series("x^2.5", at: 2, degree: 20)
        assertCoefficients(actual, expected, "x^2.5 at 2")
        for (k, e) in [5.6568542494923802, 7.0710678118654752, 2.6516504294495532, 0.2209708691207961,
                       -0.013810679320049756].enumerated() {
            assertRelative(actual[k], e, "x^2.5 at 2, mpmath coefficient \(k)")
        }
    }

    func testCompositionExpOfSin() throws {
        // exp(sin x) at 0, printed by taylor_reference.py above (1, 1, 1/2, 0, −1/8, −1/15, −1/240, …).
        let expected = [1.0, 1.0, 0.5, 0, -0.125, -6.6666666666666667e-2, -4.1666666666666667e-3,
                        1.1111111111111111e-2, 5.3819444444444444e-3, 1.763668430335097e-4,
                        -8.1321649029982363e-4, -3.1746031746031746e-4, 1.2469686948853616e-5,
                        4.9682827460605238e-5, 1.4191296743380077e-5, -2.2313567287112261e-6,
                        -2.5157065229713213e-6, -4.6046793634717693e-7, 1.7596769273122202e-7,
                        1.0453402921501272e-7, 8.2446356267480493e-9]
        assertCoefficients(try series("exp(sin(x))", at: 0, degree: 20), expected, "exp(sin x)")
    }

    func testVariableExponent() throws {
        // 2^x = exp(x log 2) takes the variable-exponent path: coefficients (log 2)^k / k!.
        let l = log(2.0)
        let f = inverseFactorials(20)
        assertCoefficients(try series("2^x", at: 0, degree: 20), f.indices.map { pow(l, Double($0)) * f[$0] },
                           "2^x")
    }

    // MARK: - 1-D: powers and singular points

    func testIntegerPowersAreExactPolynomials() throws {
        // (x)^3 about −2: (−2 + t)³ = −8 + 12t − 6t² + t³, and exactly 0 beyond; small integers
        // are exact in binary floating point, so these compare with ==.
        XCTAssertEqual(try series("x^3", at: -2, degree: 6), [-8, 12, -6, 1, 0, 0, 0])
        XCTAssertEqual(try series("x^3", at: 0, degree: 5), [0, 0, 0, 1, 0, 0])
        XCTAssertEqual(try series("x^7", at: 0, degree: 5), [0, 0, 0, 0, 0, 0])
        XCTAssertEqual(try series("x^0", at: 0, degree: 3), [1, 0, 0, 0])
        // A negative integer power of a negative base: x^−1 about −2 is −Σ tᵏ/2ᵏ⁺¹.
        assertCoefficients(try series("x^(-1)", at: -2, degree: 10), (0...10).map { -pow(0.5, Double($0 + 1)) },
                           "x^−1 at −2")
    }

    func testSingularPointsGiveNaNNotCrashes() throws {
        let sqrtAtZero = try series("x^0.5", at: 0, degree: 4)
        XCTAssertEqual(sqrtAtZero[0], 0)
        XCTAssert(sqrtAtZero.dropFirst().allSatisfy(\.isNaN))
        let absAtZero = try series("abs(x)", at: 0, degree: 4)
        XCTAssertEqual(absAtZero[0], 0)
        XCTAssert(absAtZero.dropFirst().allSatisfy(\.isNaN))
        XCTAssertEqual(try series("abs(x)", at: -1.5, degree: 3), [1.5, -1, 0, 0])
        XCTAssert(try series("x^0.5", at: -1, degree: 3).allSatisfy(\.isNaN))
        let logAtZero = try series("log(x)", at: 0, degree: 3)
        XCTAssertEqual(logAtZero[0], -.infinity)
        XCTAssert(logAtZero.dropFirst().allSatisfy { !$0.isFinite })
    }

    func testConstantsMixWithSeriesOfAnyDegree() {
        let c = TaylorSeries1(constant: 3)
        XCTAssertEqual(c.degree, 0)
        let x = TaylorSeries1.variable(at: 1, degree: 4)
        XCTAssertEqual((c * x + c).coefficients, [6, 3, 0, 0, 0])
        XCTAssertEqual((c / x).degree, 4)
        XCTAssertEqual(TaylorSeries1.variable(at: 5, degree: 0).coefficients, [5])
    }

    // MARK: - Expansion results

    func testExpansionShapeAndOrdering() throws {
        let e2 = Taylor.expand(try objective("x*y", dimension: 2), at: Point2(0, 0), order: 3)
        XCTAssertEqual(e2.terms.map(\.powers), [[0, 0], [1, 0], [0, 1], [2, 0], [1, 1], [0, 2],
                                                [3, 0], [2, 1], [1, 2], [0, 3]])
        XCTAssertEqual(e2.center, [0, 0])
        XCTAssertEqual(e2.order, 3)
        let e1 = Taylor.expand(try objective("exp(x)", dimension: 1), at: Point2(0.5, 99), order: 4)
        XCTAssertEqual(e1.center, [0.5])
        XCTAssertEqual(e1.terms.map(\.powers), [[0], [1], [2], [3], [4]])
        assertRelative(e1.coefficient([2]), exp(0.5) / 2)
        // A constant objective still gets every term.
        let constant = Taylor.expand(try objective("3", dimension: 2), at: Point2(1, 1), order: 2)
        XCTAssertEqual(constant.terms.map(\.coefficient), [3, 0, 0, 0, 0, 0])
        // Order 0 is the value; a negative order is read as 0.
        XCTAssertEqual(Taylor.expand(try objective("x + y", dimension: 2), at: Point2(1, 2), order: -1).terms,
                       [TaylorExpansion.Term(powers: [0, 0], coefficient: 3)])
    }

    func testOneDimensionalExpansionValue() throws {
        // The order-20 polynomial of exp about 0.5 approximates exp at 0.9 to rounding
        // (remainder ≈ 0.4²¹/21! ≈ 1e-28).
        let e = Taylor.expand(try objective("exp(x)", dimension: 1), at: Point2(0.5, 0), order: 20)
        assertRelative(e.value(at: [0.9]), exp(0.9))
        assertRelative(e.value(at: Point2(0.9, -7)), exp(0.9))
    }

    // MARK: - 2-D

    func testSeedExamplePolynomial() throws {
        // x² + 2xy + y³ about (1, 2) = 13 + 6s + 14t + s² + 2st + 6t² + t³ with s = x − 1, t = y − 2.
        // Every intermediate value is a small integer, so the arithmetic is exact and == is fair.
        let e = Taylor.expand(try objective("x^2 + 2*x*y + y^3", dimension: 2), at: Point2(1, 2), order: 3)
        let expected: [[Int]: Double] = [[0, 0]: 13, [1, 0]: 6, [0, 1]: 14, [2, 0]: 1, [1, 1]: 2, [0, 2]: 6,
                                         [0, 3]: 1]
        XCTAssertEqual(e.terms.count, 10)
        for term in e.terms {
            XCTAssertEqual(term.coefficient, expected[term.powers] ?? 0, "term \(term.powers)")
        }
    }

    func testPolynomialExpandsToItself() throws {
        var rng = SeededGenerator(seed: 0x7A71_0125)
        for order in 1...6 {
            for polynomialDegree in [order - 1, order] where polynomialDegree >= 0 {
                // Random coefficients c_ij for i + j ≤ polynomialDegree, as an expression.
                var coefficients: [[Int]: Double] = [:]
                var source = "0"
                for d in 0...polynomialDegree {
                    for j in 0...d {
                        let c = rng.uniform(-2, 2)
                        coefficients[[d - j, j]] = c
                        source += " + (\(c))*x^\(d - j)*y^\(j)"
                    }
                }
                let f = try objective(source, dimension: 2)
                let center = Point2(rng.uniform(-1.5, 1.5), rng.uniform(-1.5, 1.5))
                let e = Taylor.expand(f, at: center, order: order)
                for _ in 0..<20 {
                    let p = Point2(rng.uniform(-2, 2), rng.uniform(-2, 2))
                    // Relative to the size of the terms (the sum may cancel).
                    var scale = 0.0
                    for (powers, c) in coefficients {
                        scale += abs(c) * pow(abs(p.x), Double(powers[0])) * pow(abs(p.y), Double(powers[1]))
                    }
                    var shiftedScale = 0.0
                    for term in e.terms {
                        shiftedScale += abs(term.coefficient) * pow(abs(p.x - center.x), Double(term.powers[0]))
                            * pow(abs(p.y - center.y), Double(term.powers[1]))
                    }
                    scale = max(scale, shiftedScale)
                    XCTAssertEqual(e.value(at: [p.x, p.y]), f.value(at: p), accuracy: tolerance * max(scale, 1),
                                   "order \(order), polynomial degree \(polynomialDegree), at \(p)")
                }
                // Terms above the polynomial's degree vanish (up to rounding).
                for term in e.terms where term.degree > polynomialDegree {
                    XCTAssertEqual(term.coefficient, 0, accuracy: 1e-12, "\(source): term \(term.powers)")
                }
            }
        }
    }

    func testProductOfOneDimensionalFunctions() throws {
        // exp(x)·sin(y) about (0.3, −0.4): c_ij = [exp series at 0.3]_i · [sin series at −0.4]_j.
        let ex = try series("exp(x)", at: 0.3, degree: 6)
        let sy = try series("sin(x)", at: -0.4, degree: 6)
        for order in [5, 6] {
            let e = Taylor.expand(try objective("exp(x)*sin(y)", dimension: 2), at: Point2(0.3, -0.4), order: order)
            XCTAssertEqual(e.terms.count, (order + 1) * (order + 2) / 2)
            for term in e.terms {
                assertRelative(term.coefficient, ex[term.powers[0]] * sy[term.powers[1]], "term \(term.powers)")
            }
        }
    }

    func testTwoDimensionalClosedForms() throws {
        // exp(x + y) about (0.1, 0.2): e^0.3 / (i! j!).
        let f = inverseFactorials(6)
        let e = Taylor.expand(try objective("exp(x + y)", dimension: 2), at: Point2(0.1, 0.2), order: 6)
        for term in e.terms {
            assertRelative(term.coefficient, exp(0.3) * f[term.powers[0]] * f[term.powers[1]], "exp(x+y) \(term.powers)")
        }
        // 1/(1 − x − y) about 0: Σ (s + t)ᵏ, so c_ij = C(i + j, i).
        let g = Taylor.expand(try objective("1/(1 - x - y)", dimension: 2), at: .zero, order: 6)
        for term in g.terms {
            let (i, j) = (term.powers[0], term.powers[1])
            assertRelative(term.coefficient, binomials(Double(i + j), i)[i], "1/(1−x−y) \(term.powers)")
        }
        // sqrt(x² + y²) about (3, 4): value 5, gradient (3, 4)/5.
        let r = Taylor.expand(try objective("sqrt(x^2 + y^2)", dimension: 2), at: Point2(3, 4), order: 4)
        assertRelative(r.coefficient([0, 0]), 5)
        assertRelative(r.coefficient([1, 0]), 0.6)
        assertRelative(r.coefficient([0, 1]), 0.8)
        // Along the ray through the center r is linear, so the terms of degree ≥ 2 cancel there:
        // Σ_{i+j=d} c_ij 3^i 4^j = 0.
        for d in 2...4 {
            var sum = 0.0, scale = 0.0
            for term in r.terms where term.degree == d {
                let v = term.coefficient * pow(3, Double(term.powers[0])) * pow(4, Double(term.powers[1]))
                sum += v
                scale += abs(v)
            }
            XCTAssertEqual(sum, 0, accuracy: tolerance * scale, "degree \(d) along the ray")
        }
    }

    func testSecondOrderTermsMatchJet2() throws {
        // c10 = ∂f/∂x, c01 = ∂f/∂y, c20 = ∂²f/∂x²/2, c11 = ∂²f/∂x∂y (1!·1! = 1), c02 = ∂²f/∂y²/2.
        let sources = [
            "exp(sin(x*y)) + log(1 + x^2 + y^2)",
            "sqrt(1 + x^2) * tanh(y - x) / (2 + cos(x + y))",
            "x^y + tan(0.3*x*y)",
            "abs(x - 3) * (x^2 + 1)^2.5 - y^3 / (1 + exp(-x))",
        ]
        var rng = SeededGenerator(seed: 42)
        for source in sources {
            let f = try objective(source, dimension: 2)
            for _ in 0..<25 {
                let p = Point2(rng.uniform(0.2, 2), rng.uniform(-2, 2))
                let jet = f.jet(at: p)
                let e = Taylor.expand(f, at: p, order: 2)
                // Relative, with the size of the Hessian as the scale for entries near 0.
                let scale = max(abs(jet.hxx), abs(jet.hxy), abs(jet.hyy), abs(jet.gx), abs(jet.gy), 1)
                let pairs: [([Int], Double)] = [([0, 0], jet.value), ([1, 0], jet.gx), ([0, 1], jet.gy),
                                                ([2, 0], jet.hxx / 2), ([1, 1], jet.hxy), ([0, 2], jet.hyy / 2)]
                for (powers, expected) in pairs {
                    XCTAssertEqual(e.coefficient(powers), expected, accuracy: tolerance * scale,
                                   "\(source) at \(p): term \(powers)")
                }
            }
        }
    }

    func testTwoDimensionalSingularPointIsNaN() throws {
        // abs(x) at x = 0 has no expansion; the value is still 0 and nothing crashes.
        let e = Taylor.expand(try objective("abs(x) + y", dimension: 2), at: Point2(0, 1), order: 3)
        XCTAssertEqual(e.coefficient([0, 0]), 1)
        XCTAssert(e.coefficient([1, 0]).isNaN)
    }
}
