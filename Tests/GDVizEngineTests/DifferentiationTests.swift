import Foundation
import GDVizTestSupport
import XCTest
@testable import GDVizEngine


/// Straightforward evaluation of the parse tree node by node, independent of `Program`.
fileprivate func evaluateTree(_ tree: ExpressionTree, _ v: [Double]) -> Double {
    var values: [Double] = []
    for node in tree.nodes {
        switch node {
        case .number(let c), .constant(_, let c): values.append(c)
        case .variable(let i): values.append(v[i])
        case .negate(let a): values.append(-values[a])
        case .binary(let op, let a, let b):
            let p = values[a], q = values[b]
            switch op {
            case .add: values.append(p + q)
            case .subtract: values.append(p - q)
            case .multiply: values.append(p * q)
            case .divide: values.append(p / q)
            case .power: values.append(pow(p, q))
            }
        case .call(let f, let a):
            let u = values[a]
            switch f {
            case .sin: values.append(sin(u))
            case .cos: values.append(cos(u))
            case .tan: values.append(tan(u))
            case .exp: values.append(exp(u))
            case .log: values.append(log(u))
            case .sqrt: values.append(sqrt(u))
            case .tanh: values.append(tanh(u))
            case .abs: values.append(Swift.abs(u))
            }
        }
    }
    return values.last!
}

/// Number of nodes in the parse tree.
fileprivate func treeSize(_ tree: ExpressionTree) -> Int { tree.nodes.count }

final class DifferentiationTests: XCTestCase {
    private func objective(_ source: String, dimension: Int = 2,
                           parameters: [String: Double] = [:]) throws -> Objective {
        let variables = dimension == 1 ? ["x"] : ["x", "y"]
        return Objective(try MathExpression.parse(source, variables: variables, parameters: parameters),
                         dimension: dimension)
    }

    // MARK: - Jet2 arithmetic

    func testJet2SeedsAndProduct() {
        let x = Jet2.variable(0, 3), y = Jet2.variable(1, 4)
        XCTAssertEqual(x, Jet2(value: 3, gx: 1, gy: 0, hxx: 0, hxy: 0, hyy: 0))
        XCTAssertEqual(y, Jet2(value: 4, gx: 0, gy: 1, hxx: 0, hxy: 0, hyy: 0))
        // Exact small-integer arithmetic: == is the point.
        XCTAssertEqual(x * y, Jet2(value: 12, gx: 4, gy: 3, hxx: 0, hxy: 1, hyy: 0))
        XCTAssertEqual(x * x, Jet2(value: 9, gx: 6, gy: 0, hxx: 2, hxy: 0, hyy: 0))
        XCTAssertEqual(x - y, Jet2(value: -1, gx: 1, gy: -1, hxx: 0, hxy: 0, hyy: 0))
        XCTAssertEqual(-(x + y), Jet2(value: -7, gx: -1, gy: -1, hxx: 0, hxy: 0, hyy: 0))
        XCTAssertEqual(Jet2(constant: 5), Jet2(value: 5, gx: 0, gy: 0, hxx: 0, hxy: 0, hyy: 0))
        // x / y at (3, 4): ∇ = (1/y, −x/y²), H = [[0, −1/y²], [−1/y², 2x/y³]].
        let q = x / y
        assertClose(q.value, 0.75, 1e-15)
        assertClose(q.gx, 0.25, 1e-15)
        assertClose(q.gy, -3.0 / 16, 1e-15)
        assertClose(q.hxx, 0, 1e-15)
        assertClose(q.hxy, -1.0 / 16, 1e-15)
        assertClose(q.hyy, 6.0 / 64, 1e-15)
    }

    // MARK: - Hand-checked gradients and Hessians

    func testGradientOfX2YPlusY() throws {
        let f = try objective("x^2*y + y")
        let points = [Point2(0, 0), Point2(1, 2), Point2(-1.5, 3), Point2(2.5, -0.5), Point2(1e3, 1e-3),
                      Point2(-7, -11)]
        for p in points {
            let jet = f.jet(at: p)
            // Tolerance 1e-12 relative: only a handful of roundings separate AD from the formula.
            assertClose(jet.value, p.x * p.x * p.y + p.y, 1e-12, "f at \(p)")
            assertClose(jet.gx, 2 * p.x * p.y, 1e-12, "∂x at \(p)")
            assertClose(jet.gy, p.x * p.x + 1, 1e-12, "∂y at \(p)")
            assertClose(jet.hxx, 2 * p.y, 1e-12, "∂xx at \(p)")
            assertClose(jet.hxy, 2 * p.x, 1e-12, "∂xy at \(p)")
            assertClose(jet.hyy, 0, 1e-12, "∂yy at \(p)")
            XCTAssertEqual(f.gradient(at: p), jet.gradient)
        }
    }

    func testValueGradientHessianAtOneTwo() throws {
        let f = try objective("x^2 + 2*x*y + y^3")
        let jet = f.jet(at: Point2(1, 2))
        assertClose(jet.value, 13, 1e-12)
        assertClose(jet.gx, 6, 1e-12)
        assertClose(jet.gy, 14, 1e-12)
        assertClose(jet.hxx, 2, 1e-12)
        assertClose(jet.hxy, 2, 1e-12)
        assertClose(jet.hyy, 12, 1e-12)
        assertClose(f.value(at: Point2(1, 2)), 13, 1e-12)
    }

    /// Every elementary function g composed with u = x·y + x/2, so both chain-rule terms matter:
    /// ∇g(u) = g′(u)∇u,  H = g″(u)∇u∇uᵀ + g′(u)Hu  with ∇u = (y + 1/2, x), Hu = [[0, 1], [1, 0]].
    /// g′ and g″ are written here by hand, independently of `Elementary` (e.g. tan″ via sin/cos³).
    func testElementaryFunctionHessians() throws {
        typealias Derivatives = (Double) -> (Double, Double, Double)
        let table: [(MathFunction, Derivatives)] = [
            (.sin, { u in (sin(u), cos(u), -sin(u)) }),
            (.cos, { u in (cos(u), -sin(u), -cos(u)) }),
            (.tan, { u in (tan(u), 1 / (cos(u) * cos(u)), 2 * sin(u) / pow(cos(u), 3)) }),
            (.exp, { u in (exp(u), exp(u), exp(u)) }),
            (.log, { u in (log(u), 1 / u, -1 / (u * u)) }),
            (.sqrt, { u in (sqrt(u), 1 / (2 * sqrt(u)), -1 / (4 * pow(u, 1.5))) }),
            (.tanh, { u in (tanh(u), 1 / (cosh(u) * cosh(u)), -2 * sinh(u) / pow(cosh(u), 3)) }),
            (.abs, { u in (Swift.abs(u), u > 0 ? 1 : -1, 0) }),
        ]
        XCTAssertEqual(table.count, MathFunction.allCases.count, "every function is covered")
        // u(0.8, 0.6) = 0.88 > 0 for all; u(0.8, −1.2) = −0.56 < 0 where the function allows it.
        for (function, derivatives) in table {
            var points = [Point2(0.8, 0.6), Point2(-1.3, -0.9)]
            if function != .log && function != .sqrt { points.append(Point2(0.8, -1.2)) }
            let f = try objective("\(function.rawValue)(x*y + x/2)")
            for p in points {
                let u = p.x * p.y + p.x / 2
                let (g0, g1, g2) = derivatives(u)
                let ux = p.y + 0.5, uy = p.x
                let jet = f.jet(at: p)
                let what = "\(function.rawValue) at \(p)"
                // 1e-12: hand formulas and Elementary differ only by libm rounding (a few ulps).
                assertClose(jet.value, g0, 1e-12, "value, " + what)
                assertClose(jet.gx, g1 * ux, 1e-12, "∂x, " + what)
                assertClose(jet.gy, g1 * uy, 1e-12, "∂y, " + what)
                assertClose(jet.hxx, g2 * ux * ux, 1e-12, "∂xx, " + what)
                assertClose(jet.hxy, g2 * ux * uy + g1, 1e-12, "∂xy, " + what)
                assertClose(jet.hyy, g2 * uy * uy, 1e-12, "∂yy, " + what)
            }
        }
    }

    /// Integer powers of negative numbers are exact (no exp/log detour), including derivatives.
    func testIntegerPowersAtNegativeX() throws {
        // (source, x, f, f′, f″); all exact small dyadic rationals, so == is the point.
        let table: [(String, Double, Double, Double, Double)] = [
            ("x^2", -3, 9, -6, 2),
            ("x^3", -3, -27, 27, -18),
            ("x^4", -2, 16, -32, 48),
            ("x^-1", -2, -0.5, -0.25, -0.25),
            ("x^2", 0, 0, 0, 2),
            ("x^1", 0, 0, 1, 0),         // f″ exactly 0, not 0·∞
            ("x^0", -5, 1, 0, 0),
            ("(x-1)^2", -3, 16, -8, 2),
        ]
        for (source, x, f0, f1, f2) in table {
            let jet = try objective(source).jet(at: Point2(x, 7))
            XCTAssertEqual(jet.value, f0, "\(source) at \(x)")
            XCTAssertEqual(jet.gx, f1, "\(source)′ at \(x)")
            XCTAssertEqual(jet.hxx, f2, "\(source)″ at \(x)")
            XCTAssertEqual(jet.gy, 0, "\(source)")
            XCTAssertEqual(jet.hyy, 0, "\(source)")
        }
    }

    /// A constant exponent written as an expression (x^(1+1), x^2^2) must behave like a literal one.
    func testConstantExpressionExponentDerivatives() throws {
        for source in ["x^(1+1)", "x^(2*1)", "x^(k+1)"] {
            let jet = try objective(source, parameters: ["k": 1]).jet(at: Point2(-3, 0))
            assertClose(jet.value, 9, 1e-12, source)
            assertClose(jet.gx, -6, 1e-12, source)
            assertClose(jet.hxx, 2, 1e-12, source)
        }
        let jet = try objective("x^2^2").jet(at: Point2(-2, 0))
        assertClose(jet.value, 16, 1e-12)
        assertClose(jet.gx, -32, 1e-12)
        assertClose(jet.hxx, 48, 1e-12)
    }

    /// Singular points produce non-finite numbers, not a trap.
    func testSingularPointsGiveNonFiniteNotCrash() throws {
        let root = try objective("x^0.5").jet(at: Point2(0, 1))
        XCTAssertEqual(root.value, 0)
        XCTAssertEqual(root.gx, .infinity)
        XCTAssertFalse(root.hxx.isFinite)
        XCTAssertFalse(root.gradient.norm.isFinite)

        let sqrtJet = try objective("sqrt(x)").jet(at: Point2(0, 1))
        XCTAssertEqual(sqrtJet.value, 0)
        XCTAssertEqual(sqrtJet.gx, .infinity)
        XCTAssertFalse(sqrtJet.hxx.isFinite)

        let logJet = try objective("log(x)").jet(at: Point2(0, 0))
        XCTAssertEqual(logJet.value, -.infinity)
        XCTAssertFalse(logJet.gx.isFinite)

        XCTAssertTrue(try objective("log(x)").jet(at: Point2(-1, 0)).value.isNaN)
        XCTAssertTrue(try objective("sqrt(x)").jet(at: Point2(-1, 0)).value.isNaN)
        XCTAssertFalse(try objective("1/x").jet(at: Point2(0, 0)).value.isFinite)
    }

    /// abs′(0) is the subgradient 0; away from 0 it is the sign.
    func testAbsAtZero() throws {
        let f = try objective("abs(x)")
        let zero = f.jet(at: Point2(0, 0))
        XCTAssertEqual(zero, Jet2(value: 0, gx: 0, gy: 0, hxx: 0, hxy: 0, hyy: 0))
        XCTAssertEqual(f.jet(at: Point2(2, 0)).gx, 1)
        XCTAssertEqual(f.jet(at: Point2(-2, 0)).gx, -1)
        XCTAssertEqual(f.jet(at: Point2(-2, 0)).value, 2)
        // abs(x − y) on the kink x = y: gradient 0 too.
        XCTAssertEqual(try objective("abs(x - y)").gradient(at: Point2(1.5, 1.5)), Point2(0, 0))
    }

    /// x^y with a variable exponent:
    ///   ∂x = y x^(y−1), ∂y = x^y ln x, ∂xx = y(y−1) x^(y−2), ∂xy = x^(y−1)(1 + y ln x), ∂yy = x^y ln²x.
    func testVariableExponent() throws {
        let f = try objective("x^y")
        for p in [Point2(2, 3), Point2(0.5, -1.5), Point2(3.7, 0.25), Point2(1, 2)] {
            let (x, y) = (p.x, p.y)
            let jet = f.jet(at: p)
            // 1e-12: the engine goes through exp(y·log x), a few ulps away from pow.
            assertClose(jet.value, pow(x, y), 1e-12, "value at \(p)")
            assertClose(jet.gx, y * pow(x, y - 1), 1e-12, "∂x at \(p)")
            assertClose(jet.gy, pow(x, y) * log(x), 1e-12, "∂y at \(p)")
            assertClose(jet.hxx, y * (y - 1) * pow(x, y - 2), 1e-12, "∂xx at \(p)")
            assertClose(jet.hxy, pow(x, y - 1) * (1 + y * log(x)), 1e-12, "∂xy at \(p)")
            assertClose(jet.hyy, pow(x, y) * log(x) * log(x), 1e-12, "∂yy at \(p)")
        }
        // 2^x: constant base, variable exponent.
        let g = try objective("2^x").jet(at: Point2(3, 0))
        assertClose(g.value, 8, 1e-12)
        assertClose(g.gx, 8 * log(2.0), 1e-12)
        assertClose(g.hxx, 8 * log(2.0) * log(2.0), 1e-12)
    }

    // MARK: - Program: shared subexpressions

    func testSharedSubexpressionsAreMerged() throws {
        let expression = try MathExpression.parse("x^2 + exp(x^2)", variables: ["x", "y"])
        let instructions = expression.program.instructions
        // Tree: add, ^, x, 2, exp, ^, x, 2 = 8 nodes. Program: x, x^2, exp(·), + = 4 instructions.
        XCTAssertEqual(treeSize(expression.tree), 8)
        XCTAssertLessThan(instructions.count, treeSize(expression.tree))
        XCTAssertEqual(instructions.filter { if case .powerConstant = $0 { true } else { false } }.count, 1)
        XCTAssertEqual(instructions.filter { if case .variable = $0 { true } else { false } }.count, 1)
        XCTAssertEqual(instructions.count, 4)

        let f = Objective(expression, dimension: 2)
        for x in [-1.5, -0.2, 0, 0.7, 1.9] {
            let v = evaluateTree(expression.tree, [x, 0])
            // Same operations in the same order as the unmerged tree: agreement to rounding.
            assertClose(f.value(at: Point2(x, 0)), v, 1e-14, "value at \(x)")
            let jet = f.jet(at: Point2(x, 0))
            let e = exp(x * x)
            assertClose(jet.value, x * x + e, 1e-14, "jet value at \(x)")
            assertClose(jet.gx, 2 * x + 2 * x * e, 1e-13, "f′ at \(x)")
            assertClose(jet.hxx, 2 + (2 + 4 * x * x) * e, 1e-13, "f″ at \(x)")
        }

        // x*y appears three times and is computed once.
        let g = try MathExpression.parse("sin(x*y) + cos(x*y)*(x*y)", variables: ["x", "y"])
        XCTAssertEqual(g.program.instructions.filter { if case .multiply = $0 { true } else { false } }.count, 2)
        XCTAssertLessThan(g.program.instructions.count, treeSize(g.tree))
        let p = [0.3, -1.7]
        assertClose(g.value(at: p), evaluateTree(g.tree, p), 1e-14)
    }

    func testNamedConstantsAreKeptForDisplay() throws {
        let expression = try MathExpression.parse("a*x + pi", variables: ["x"], parameters: ["a": 2])
        let names = Set(expression.program.constantNames.values)
        XCTAssertEqual(names, ["a", "pi"])
        for (slot, name) in expression.program.constantNames {
            guard case .constant(let v) = expression.program.instructions[slot] else {
                return XCTFail("slot \(slot) named \(name) is not a constant")
            }
            XCTAssertEqual(v, name == "a" ? 2 : .pi)
        }
    }

    /// The compiled program agrees with a plain recursive evaluation of the tree, and the Jet2
    /// value agrees with the Double value.
    func testProgramAgreesWithTree() throws {
        let sources = [
            "sin(x*y) + exp(-x^2)/(1+y^2)", "tanh(x - y)*log(2 + x^2)", "sqrt(1 + x^2 + y^4)*cos(3*x)",
            "-(x - y)^3 + 2^-x - x/y/3", "abs(x)*tan(y/2) - --x",
        ]
        var rng = SeededGenerator(seed: 7)
        for source in sources {
            let expression = try MathExpression.parse(source, variables: ["x", "y"])
            let f = Objective(expression, dimension: 2)
            for _ in 0..<20 {
                let p = Point2(rng.uniform(-2, 2), rng.uniform(0.5, 2))
                let tree = evaluateTree(expression.tree, [p.x, p.y])
                // 1e-13: pow vs exp(·log) and a·(1/b) vs a/b differ by a few ulps.
                assertClose(f.value(at: p), tree, 1e-13, "\(source) at \(p)")
                assertClose(f.jet(at: p).value, f.value(at: p), 1e-13, "\(source) jet at \(p)")
            }
        }
    }

    // MARK: - Against central differences

    /// (source, x range, y range): each function is smooth on its box.
    private let compound: [(String, ClosedRange<Double>, ClosedRange<Double>)] = [
        ("sin(x*y) + exp(-x^2)/(1+y^2)", -2...2, -2...2),
        ("tanh(x - y)*log(2 + x^2)", -2...2, -2...2),
        ("sqrt(1 + x^2 + y^4)*cos(3*x)", -2...2, -2...2),
        ("x^y + y^3/x", 0.5...2, -2...2),
        ("tan(0.3*x*y) - x/(1 + y^2) + (x - y)^3", -2...2, -2...2),
        ("exp(sin(x)*cos(y)) - sqrt(2 + x*y)", -1.2...1.2, -1.2...1.2),
        ("-(1 + x^2 + y^2)^0.75 + 2^(x - y)", -2...2, -2...2),
    ]

    /// ∇f from AD vs the central difference (f(p + h e_i) − f(p − h e_i)) / 2h, h = 1e-5.
    ///
    /// Tolerance 1e-6 · max(1, |∂f|): the difference quotient errs by h²/6·|f‴| ≈ 2e-11·|f‴|
    /// (truncation) plus about ε·|f|/h ≈ 2e-11·|f| (rounding); on these boxes |f| and |f‴| stay
    /// below ~1e3, so the quotient is good to ~1e-7, while a wrong derivative rule is off by O(1).
    func testGradientAgainstCentralDifferences() throws {
        let h = 1e-5
        var rng = SeededGenerator(seed: 0x5EED_0001)
        for (source, xr, yr) in compound {
            let f = try objective(source)
            for _ in 0..<25 {
                let p = Point2(rng.uniform(xr.lowerBound, xr.upperBound), rng.uniform(yr.lowerBound, yr.upperBound))
                let jet = f.jet(at: p)
                let dx = (f.value(at: Point2(p.x + h, p.y)) - f.value(at: Point2(p.x - h, p.y))) / (2 * h)
                let dy = (f.value(at: Point2(p.x, p.y + h)) - f.value(at: Point2(p.x, p.y - h))) / (2 * h)
                assertClose(jet.gx, dx, 1e-6, "∂x \(source) at \(p)")
                assertClose(jet.gy, dy, 1e-6, "∂y \(source) at \(p)")
            }
        }
    }

    /// The Hessian from AD vs the central difference of the AD gradient, h = 1e-5.
    ///
    /// Tolerance 1e-5 · max(1, |H_ij|): same error analysis one order up (h²/6 times a fourth
    /// derivative, plus ε·|∇f|/h), looser because fourth derivatives here reach a few hundred.
    /// Both off-diagonal estimates (∂(∂x f)/∂y and ∂(∂y f)/∂x) are checked against hxy.
    func testHessianAgainstCentralDifferencesOfGradient() throws {
        let h = 1e-5
        var rng = SeededGenerator(seed: 0x5EED_0002)
        for (source, xr, yr) in compound {
            let f = try objective(source)
            for _ in 0..<25 {
                let p = Point2(rng.uniform(xr.lowerBound, xr.upperBound), rng.uniform(yr.lowerBound, yr.upperBound))
                let jet = f.jet(at: p)
                let gxp = f.gradient(at: Point2(p.x + h, p.y)), gxm = f.gradient(at: Point2(p.x - h, p.y))
                let gyp = f.gradient(at: Point2(p.x, p.y + h)), gym = f.gradient(at: Point2(p.x, p.y - h))
                assertClose(jet.hxx, (gxp.x - gxm.x) / (2 * h), 1e-5, "∂xx \(source) at \(p)")
                assertClose(jet.hxy, (gxp.y - gxm.y) / (2 * h), 1e-5, "∂yx \(source) at \(p)")
                assertClose(jet.hxy, (gyp.x - gym.x) / (2 * h), 1e-5, "∂xy \(source) at \(p)")
                assertClose(jet.hyy, (gyp.y - gym.y) / (2 * h), 1e-5, "∂yy \(source) at \(p)")
            }
        }
    }

    // MARK: - 1-D objectives

    func testOneDimensionalObjective() throws {
        let f = try objective("x^4 - 3*x^2 + sin(x)", dimension: 1)
        XCTAssertEqual(f.dimension, 1)
        var rng = SeededGenerator(seed: 11)
        for _ in 0..<20 {
            let x = rng.uniform(-2, 2)
            // y is ignored: exactly the same numbers whatever it is.
            let jet = f.jet(at: Point2(x, 0))
            XCTAssertEqual(f.jet(at: Point2(x, 123.5)), jet)
            XCTAssertEqual(f.value(at: Point2(x, -9)), f.value(at: Point2(x, 4)))
            assertClose(jet.value, pow(x, 4) - 3 * x * x + sin(x), 1e-12, "f(\(x))")
            assertClose(jet.gx, 4 * pow(x, 3) - 6 * x + cos(x), 1e-12, "f′(\(x))")
            assertClose(jet.hxx, 12 * x * x - 6 - sin(x), 1e-12, "f″(\(x))")
            // The y components are structurally zero.
            XCTAssertEqual(jet.gy, 0)
            XCTAssertEqual(jet.hxy, 0)
            XCTAssertEqual(jet.hyy, 0)
            // Central difference, same tolerance reasoning as the 2-D test.
            let h = 1e-5
            let d = (f.value(at: Point2(x + h, 0)) - f.value(at: Point2(x - h, 0))) / (2 * h)
            assertClose(jet.gx, d, 1e-6, "f′(\(x)) vs central difference")
        }
    }

    /// A 1-D expression that mentions `y` is not a valid 1-D objective: y is not one of its
    /// variables, so it fails to parse rather than silently reading the point's y.
    func testOneDimensionalRejectsY() {
        XCTAssertThrowsError(try MathExpression.parse("x + y", variables: ["x"]))
    }
}
