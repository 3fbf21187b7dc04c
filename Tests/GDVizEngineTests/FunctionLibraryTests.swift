import GDVizTestSupport
import XCTest
@testable import GDVizEngine

/// Quadratic forms, the test-function library and least-squares losses, checked against closed
/// forms written out here in plain arithmetic.
final class FunctionLibraryTests: XCTestCase {
    private func jet(_ expression: MathExpression, _ p: Point2) -> Jet2 {
        Objective(expression, dimension: expression.variables.count).jet(at: p)
    }

    // MARK: - Quadratic forms

    /// The seed's f(x) = ½ xᵀ[[2, 1], [1, 20]]x − (5, 3)ᵀx, plus c = 0.75.
    func testQuadraticFormValueGradientAndHessian() throws {
        let form = try XCTUnwrap(QuadraticForm(a: [[2, 1], [1, 20]], b: [5, 3], c: 0.75))
        XCTAssertEqual(form.dimension, 2)
        XCTAssertEqual(form.expression.variables, ["x", "y"])
        for p in [Point2(0, 0), Point2(-3, -1), Point2(1.25, 0.3), Point2(1e3, -7e2)] {
            let j = jet(form.expression, p)
            let ax = (2 * p.x + 1 * p.y, 1 * p.x + 20 * p.y)
            assertClose(j.value, 0.5 * (p.x * ax.0 + p.y * ax.1) - (5 * p.x + 3 * p.y) + 0.75, 1e-13, "f")
            assertClose(j.gx, ax.0 - 5, 1e-13, "∂f/∂x = (Ax − b)_1")
            assertClose(j.gy, ax.1 - 3, 1e-13, "∂f/∂y = (Ax − b)_2")
            assertClose(j.hxx, 2, 1e-15, "H_xx")
            assertClose(j.hxy, 1, 1e-15, "H_xy")
            assertClose(j.hyy, 20, 1e-15, "H_yy")
        }
        let star = try XCTUnwrap(form.stationaryPoint)
        assertClose(star[0], 97.0 / 39, 1e-14, "x* = A⁻¹b")
        assertClose(star[1], 1.0 / 39, 1e-14, "x* = A⁻¹b")
    }

    /// ½xᵀAx with a non-symmetric A is ½xᵀSx with S = ½(A + Aᵀ): gradient Sx − b, Hessian S.
    func testNonSymmetricAIsTakenLiterally() throws {
        let form = try XCTUnwrap(QuadraticForm(a: [[1, 4], [0, 3]], b: [1, -2]))
        XCTAssertEqual(form.symmetricPart, [[1, 2], [2, 3]])
        let p = Point2(0.7, -1.3)
        let j = jet(form.expression, p)
        assertClose(j.value, 0.5 * (p.x * (p.x + 4 * p.y) + p.y * (3 * p.y)) - (p.x - 2 * p.y), 1e-14, "f")
        assertClose(j.gx, p.x + 2 * p.y - 1, 1e-14, "(Sx − b)_1")
        assertClose(j.gy, 2 * p.x + 3 * p.y + 2, 1e-14, "(Sx − b)_2")
        XCTAssertEqual([j.hxx, j.hxy, j.hyy], [1, 2, 3])
    }

    func testOneByOneQuadraticIsOneDimensional() throws {
        let form = try XCTUnwrap(QuadraticForm(a: [[4]], b: [2]))
        XCTAssertEqual(form.dimension, 1)
        XCTAssertEqual(form.expression.variables, ["x"])
        let j = Objective(form.expression, dimension: 1).jet(at: Point2(1.5, 0))
        assertClose(j.value, 2 * 1.5 * 1.5 - 2 * 1.5, 1e-15, "2x² − 2x")
        assertClose(j.gx, 4 * 1.5 - 2, 1e-15, "4x − 2")
        assertClose(j.hxx, 4, 1e-15, "f''")
        XCTAssertEqual(form.stationaryPoint, [0.5])
    }

    func testQuadraticDefaultsAndSource() throws {
        let form = try XCTUnwrap(QuadraticForm(a: [[2, 1], [1, 20]], b: [5, 3]))
        XCTAssertEqual(form.c, 0)
        XCTAssertEqual(form.expression.source, "0.5*(x*(2*x + 1*y) + y*(1*x + 20*y)) - (5*x + 3*y)")
        let noLinear = try XCTUnwrap(QuadraticForm(a: [[1, 0], [0, -1]]))
        XCTAssertEqual(noLinear.b, [0, 0])
        XCTAssertEqual(noLinear.expression.source, "0.5*(x*(1*x + 0*y) + y*(0*x + (-1)*y))")
        XCTAssertEqual(try XCTUnwrap(QuadraticForm(a: [[0.5]], b: [-2.5], c: -1e-5)).expression.source,
                       "0.5*(x*(0.5*x)) - ((-2.5)*x) + (-1e-05)")
    }

    func testQuadraticRejectsBadShapes() {
        XCTAssertNil(QuadraticForm(a: [[1, 0, 0], [0, 1, 0], [0, 0, 1]]), "3×3")
        XCTAssertNil(QuadraticForm(a: [[1, 0], [0]]), "ragged")
        XCTAssertNil(QuadraticForm(a: []), "empty")
        XCTAssertNil(QuadraticForm(a: [[1, 0], [0, 1]], b: [1]), "b too short")
        XCTAssertNil(QuadraticForm(a: [[1, .nan], [0, 1]]), "NaN in A")
        XCTAssertNil(QuadraticForm(a: [[1]], b: [.infinity]), "infinite b")
        XCTAssertNil(QuadraticForm(a: [[1]], c: .nan), "NaN c")
    }

    func testSingularQuadraticHasNoStationaryPoint() throws {
        XCTAssertNil(try XCTUnwrap(QuadraticForm(a: [[1, 1], [1, 1]], b: [1, 0])).stationaryPoint)
        XCTAssertNil(try XCTUnwrap(QuadraticForm(a: [[0, 0], [0, 0]])).stationaryPoint)
    }

    // MARK: - Expression text

    func testNumbersReadBackExactly() throws {
        XCTAssertEqual(ExpressionText.number(5), "5")
        XCTAssertEqual(ExpressionText.number(-3), "(-3)")
        XCTAssertEqual(ExpressionText.number(-0.0), "0")
        XCTAssertEqual(ExpressionText.number(1e-5), "1e-05")
        // Round-tripping is the property under test, so exact equality is intended here.
        for value in [0.1, -0.3, 1.0 / 3, 2.5e-300, -1.7976931348623157e308, 123456789.125, 4.9e-324, 1e22] {
            let parsed = try MathExpression.parse(ExpressionText.number(value), variables: [])
            XCTAssertEqual(parsed.value(at: []), value, "\(value) → \(ExpressionText.number(value))")
        }
    }

    func testBalancedSumKeepsTheTreeShallow() throws {
        let terms = (1...1000).map { "\($0)*x" }
        let expression = try MathExpression.parse(ExpressionText.balancedSum(terms), variables: ["x"])
        assertClose(expression.value(at: [2]), 2 * 500.0 * 1001, 1e-15, "Σ k·2")
        XCTAssertLessThanOrEqual(expression.tree.depth, 12, "⌈log₂ 1000⌉ = 10 levels of + plus the term")
        XCTAssertEqual(ExpressionText.balancedSum([]), "0")
        XCTAssertEqual(ExpressionText.balancedSum(["a", "b", "c"]), "((a + b) + c)")
    }

    func testSubstitutionReplacesWholeNamesOnly() throws {
        XCTAssertEqual(try ExpressionText.substituting("x", with: "(-2)", in: "theta0 + theta1*x + x^2 - exp(x)"),
                       "theta0 + theta1*(-2) + (-2)^2 - exp((-2))")
        XCTAssertEqual(try ExpressionText.substituting("x", with: "3", in: "xx + x1 + max_x"), "xx + x1 + max_x")
    }

    // MARK: - Test functions

    /// Each formula, written out in Swift, against the compiled expression at two points.
    func testFormulasMatchTheirDefinitions() throws {
        let reference: [TestFunction.Name: (Double, Double) -> Double] = [
            .rosenbrock: { x, y in (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x) },
            .himmelblau: { x, y in pow(x * x + y - 11, 2) + pow(x + y * y - 7, 2) },
            .beale: { x, y in pow(1.5 - x + x * y, 2) + pow(2.25 - x + x * y * y, 2) + pow(2.625 - x + x * y * y * y, 2) },
            .booth: { x, y in pow(x + 2 * y - 7, 2) + pow(2 * x + y - 5, 2) },
            .matyas: { x, y in 0.26 * (x * x + y * y) - 0.48 * x * y },
            .threeHumpCamel: { x, y in 2 * x * x - 1.05 * pow(x, 4) + pow(x, 6) / 6 + x * y + y * y },
            .sixHumpCamel: { x, y in (4 - 2.1 * x * x + pow(x, 4) / 3) * x * x + x * y + (-4 + 4 * y * y) * y * y },
            .rastrigin: { x, y in 20 + (x * x - 10 * cos(2 * .pi * x)) + (y * y - 10 * cos(2 * .pi * y)) },
            .styblinskiTang: { x, y in 0.5 * (pow(x, 4) - 16 * x * x + 5 * x + pow(y, 4) - 16 * y * y + 5 * y) },
            .saddle: { x, y in x * x - y * y },
            .monkeySaddle: { x, y in x * x * x - 3 * x * y * y },
            .gradientCos: { x, y in -pow(cos(x) * cos(x) + cos(y) * cos(y), 2) },
        ]
        XCTAssertEqual(Set(reference.keys), Set(TestFunction.Name.allCases))
        for function in TestFunction.all {
            let expression = try function.expression()
            XCTAssertEqual(expression.variables, ["x", "y"])
            for (x, y) in [(0.3, -0.7), (-1.9, 1.4)] {
                assertClose(expression.value(at: [x, y]), reference[function.name]!(x, y), 1e-13, function.name.rawValue)
            }
        }
    }

    /// Every documented stationary point: f has the documented value (tolerance 1e-12 relative),
    /// ‖∇f‖ ≤ 1e-9 (the coordinates are rounded to 17 digits), minima have a positive definite
    /// Hessian and saddles a Hessian with det ≤ 0; global minima are at most the smallest value
    /// of f on a 201 × 201 grid over the default domain.
    func testKnownPointsAreStationaryWithTheDocumentedValues() throws {
        for function in TestFunction.all {
            let name = function.name.rawValue
            let objective = Objective(try function.expression(), dimension: 2)
            XCTAssertFalse(function.knownPoints.isEmpty, name)
            for known in function.knownPoints {
                let j = objective.jet(at: known.point)
                let what = "\(name) at (\(known.point.x), \(known.point.y))"
                assertClose(j.value, known.value, 1e-12, what)
                XCTAssertLessThanOrEqual(j.gradient.norm, 1e-9, what)
                let det = j.hxx * j.hyy - j.hxy * j.hxy
                switch known.kind {
                case .globalMinimum, .localMinimum:
                    XCTAssertGreaterThan(j.hxx, 0, what)
                    XCTAssertGreaterThan(det, 0, what)
                case .saddle:
                    XCTAssertLessThanOrEqual(det, 0, what)
                }
                XCTAssertTrue(function.domain.contains(known.point), what)
            }
            let grid = objective.sample(function.domain, columns: 201, rows: 201)
            let gridMin = try XCTUnwrap(grid.finiteRange).lowerBound
            for global in function.knownPoints where global.kind == .globalMinimum {
                XCTAssertLessThanOrEqual(global.value, gridMin + 1e-12, "\(name): a grid point is lower than the global minimum")
            }
        }
    }

    func testDefaultParametersAndOverrides() throws {
        let rosenbrock = TestFunction(.rosenbrock)
        XCTAssertEqual(rosenbrock.parameters, [.init("a", 1), .init("b", 100)])
        XCTAssertEqual(rosenbrock.domain, Domain(xMin: -2, xMax: 2, yMin: -1, yMax: 3))
        assertClose(try rosenbrock.expression().value(at: [0, 1]), 1 + 100, 1e-15, "default b")
        assertClose(try rosenbrock.expression(parameters: ["b": 10]).value(at: [0, 1]), 1 + 10, 1e-15, "b = 10")
        assertClose(try rosenbrock.expression(parameters: ["a": 2]).value(at: [2, 4]), 0, 1e-15, "minimum (a, a²)")
        XCTAssertThrowsError(try rosenbrock.expression(parameters: ["c": 1])) { error in
            XCTAssertEqual(error as? TestFunction.UnknownParameter, .init(name: "c", allowed: ["a", "b"]))
        }
        XCTAssertThrowsError(try TestFunction(.booth).expression(parameters: ["a": 1])) { error in
            XCTAssertEqual(error as? TestFunction.UnknownParameter, .init(name: "a", allowed: []))
        }
        let rastrigin = TestFunction(.rastrigin)
        XCTAssertEqual(rastrigin.parameters, [.init("A", 10)])
        assertClose(try rastrigin.expression(parameters: ["A": 5]).value(at: [0.5, 0]), 10 + 0.25 + 5 - 5, 1e-14, "A = 5")
    }

    func testNamesAndAliases() {
        XCTAssertEqual(TestFunction.named("rosenbrock")?.name, .rosenbrock)
        XCTAssertEqual(TestFunction.named("3d-gradient-cos")?.name, .gradientCos)
        XCTAssertEqual(TestFunction.named("gradient_cos")?.name, .gradientCos)
        XCTAssertEqual(TestFunction.named("six_hump_camel")?.domain, Domain(xMin: -2.5, xMax: 2.5, yMin: -1.5, yMax: 1.5))
        XCTAssertNil(TestFunction.named("Rosenbrock"))
        XCTAssertEqual(TestFunction.all.count, 12)
        XCTAssertEqual(TestFunction(.himmelblau).minima.count, 4)
        XCTAssertEqual(TestFunction(.saddle).minima, [])
    }

    // MARK: - Least squares

    private let xs: [Double] = [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5]
    private let ys: [Double] = [0.8, 1.5, 1.2, 2.1, 2.4, 2.2, 3.1, 3.0, 3.8, 3.5, 4.4, 4.1]

    /// θ* of the line θ0 + θ1·x by the normal equations XᵀX θ = Xᵀy, solved by Cramer's rule.
    private func normalEquations(_ x: [Double], _ y: [Double]) -> (Double, Double) {
        let n = Double(x.count)
        let sx = x.reduce(0, +), sy = y.reduce(0, +)
        let sxx = x.map { $0 * $0 }.reduce(0, +), sxy = zip(x, y).map { $0 * $1 }.reduce(0, +)
        let det = n * sxx - sx * sx
        return ((sxx * sy - sx * sxy) / det, (n * sxy - sx * sy) / det)
    }

    func testLossIsTheMeanSquaredErrorAndSamplesAverageToIt() throws {
        let problem = try LeastSquares(x: xs, y: ys, parameters: ["theta0", "theta1"])
        XCTAssertEqual(problem.count, 12)
        XCTAssertEqual(problem.loss.variables, ["theta0", "theta1"])
        XCTAssertEqual(problem.sampleLosses.count, 12)
        for theta in [(0.0, 0.0), (1.0, 0.5), (-2.0, 3.25)] {
            let direct = zip(xs, ys).map { x, y in pow(theta.0 + theta.1 * x - y, 2) }.reduce(0, +) / 12
            assertClose(problem.loss.value(at: [theta.0, theta.1]), direct, 1e-13, "L(θ)")
            let mean = problem.sampleLosses.map { $0.value(at: [theta.0, theta.1]) }.reduce(0, +) / 12
            assertClose(mean, direct, 1e-13, "mean of ℓ_i")
            let ell3 = pow(theta.0 + theta.1 * xs[3] - ys[3], 2)
            assertClose(problem.sampleLosses[3].value(at: [theta.0, theta.1]), ell3, 1e-14, "ℓ_3")
        }
    }

    /// L is quadratic in θ, so one Newton step from anywhere lands on the minimiser; it must equal
    /// the normal-equations solution (tolerance 1e-10 relative).
    func testMinimiserIsTheNormalEquationsSolution() throws {
        let problem = try LeastSquares(x: xs, y: ys, model: "theta1*x + theta0", parameters: ["theta0", "theta1"])
        let objective = Objective(problem.loss, dimension: 2)
        let j = objective.jet(at: Point2(0, 0))
        let det = j.hxx * j.hyy - j.hxy * j.hxy
        let newton = Point2(-(j.hyy * j.gx - j.hxy * j.gy) / det, -(j.hxx * j.gy - j.hxy * j.gx) / det)
        let (t0, t1) = normalEquations(xs, ys)
        assertClose(newton.x, t0, 1e-10, "θ0*")
        assertClose(newton.y, t1, 1e-10, "θ1*")
        XCTAssertLessThan(objective.gradient(at: Point2(t0, t1)).norm, 1e-12)
    }

    /// The seed's one-parameter example f(x) = a·x: L(a) = (1/N) Σ (a x_n − y_n)² is minimised by
    /// a = Σ x_n y_n / Σ x_n² (the normalisation does not move the minimiser).
    func testOneParameterModel() throws {
        let problem = try LeastSquares(x: xs, y: ys, model: "a*x", parameters: ["a"])
        XCTAssertEqual(problem.loss.variables, ["a"])
        let a = zip(xs, ys).map { $0 * $1 }.reduce(0, +) / xs.map { $0 * $0 }.reduce(0, +)
        let objective = Objective(problem.loss, dimension: 1)
        XCTAssertLessThan(abs(objective.gradient(at: Point2(a, 0)).x), 1e-12)
        assertClose(objective.jet(at: Point2(a, 0)).hxx, 2 * xs.map { $0 * $0 }.reduce(0, +) / 12, 1e-13, "L''")
    }

    func testNonlinearModelsAndConstants() throws {
        let problem = try LeastSquares(x: [0, 1, 2], y: [1, 2.7, 7.4], model: "a*exp(k*x) + pi - pi", parameters: ["a", "k"])
        let data: [(x: Double, y: Double)] = [(0, 1), (1, 2.7), (2, 7.4)]
        let direct = data.map { pow(1.5 * exp(0.5 * $0.x) - $0.y, 2) }.reduce(0, +) / 3
        assertClose(problem.loss.value(at: [1.5, 0.5]), direct, 1e-13, "L")
    }

    func testParameterNamesFromTheModel() throws {
        XCTAssertEqual(try LeastSquares.parameterNames(in: "theta1*x + theta0"), ["theta0", "theta1"])
        XCTAssertEqual(try LeastSquares.parameterNames(in: "w*x + b"), ["b", "w"])
        XCTAssertEqual(try LeastSquares.parameterNames(in: "a*exp(k*x) + pi"), ["a", "k"])
        XCTAssertEqual(try LeastSquares.parameterNames(in: "theta10 + theta2*x"), ["theta2", "theta10"])
        XCTAssertEqual(try LeastSquares.parameterNames(in: "2*x"), [])
        // Only the tokens are read: grammar mistakes are reported when the model is parsed.
        XCTAssertEqual(try LeastSquares.parameterNames(in: "a*x +"), ["a"])
        XCTAssertThrowsError(try LeastSquares.parameterNames(in: "a*x $"))
    }

    func testDefinitionErrors() {
        func error(_ x: [Double], _ y: [Double], _ model: String = LeastSquares.defaultModel,
                   _ parameters: [String] = ["theta0", "theta1"]) -> LeastSquares.DefinitionError? {
            do {
                _ = try LeastSquares(x: x, y: y, model: model, parameters: parameters)
                return nil
            } catch {
                return error
            }
        }
        XCTAssertEqual(error([], []), .noData)
        XCTAssertEqual(error([1, 2], [1]), .lengthMismatch(x: 2, y: 1))
        XCTAssertEqual(error([1, .nan], [1, 2]), .nonFiniteX(index: 1))
        XCTAssertEqual(error([1, 2], [.infinity, 2]), .nonFiniteY(index: 0))
        XCTAssertEqual(error([1], [1], "a + b*x + c", ["a", "b", "c"]), .parameterCount(3))
        XCTAssertEqual(error([1], [1], "x", []), .parameterCount(0))
        XCTAssertEqual(error([1], [1], "x", ["x"]), .invalidParameterName("x"))
        XCTAssertEqual(error([1], [1], "sin(x)", ["sin"]), .invalidParameterName("sin"))
        XCTAssertEqual(error([1], [1], "a*x", ["a", "a"]), .duplicateParameter("a"))
        XCTAssertEqual(error([1], [1], "a*x", ["a", "b"]), .unusedParameter("b"))
        guard case .model(let parseError)? = error([1], [1], "theta0 + theta2*x") else {
            return XCTFail("expected a model error")
        }
        XCTAssertEqual(parseError.column, 10)
        XCTAssertEqual(parseError.kind, .unknownIdentifier)
    }
}
