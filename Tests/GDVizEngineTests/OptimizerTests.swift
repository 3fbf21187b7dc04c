import Foundation
import GDVizTestSupport
import XCTest
@testable import GDVizEngine

/// Every optimizer against its update written out by hand in this file, on the quadratic
/// f(x) = ½ xᵀAx − bᵀx with A = [[2, 1], [1, 20]], b = (5, 3), and on a few functions chosen for
/// one property each (Rosenbrock for the line search, x² and x⁴ for a singular Hessian).
///
/// Tolerances: the engine differentiates the expression string while these recurrences use
/// A x − b, so the two differ by a few roundings per step; over a handful of steps that stays far
/// below 1e-12 of the iterates' size (~3), while any mistake in an update rule is O(η).
final class OptimizerTests: XCTestCase {
    private let quadraticSource = "0.5*(2*x^2 + 2*x*y + 20*y^2) - (5*x + 3*y)"
    private let start = Point2(-3, -1)
    /// x* = A⁻¹b.
    private let minimizer = Point2(97.0 / 39, 1.0 / 39)

    /// ∇f(p) = A p − b.
    private func gradient(_ p: Point2) -> Point2 { Point2(2 * p.x + p.y - 5, p.x + 20 * p.y - 3) }

    private func objective(_ source: String, dimension: Int = 2) throws -> Objective {
        Objective(try MathExpression.parse(source, variables: dimension == 1 ? ["x"] : ["x", "y"]),
                  dimension: dimension)
    }

    private func run(_ rule: some UpdateRule, _ source: String? = nil, dimension: Int = 2, from start: Point2? = nil,
                     maxSteps: Int, tolerance: Double = 0, bounds: Domain? = nil) throws -> Trajectory {
        runOptimizer(rule, objective: try objective(source ?? quadraticSource, dimension: dimension),
                     start: start ?? self.start,
                     stopping: StoppingCriteria(maxSteps: maxSteps, tolerance: tolerance, bounds: bounds))
    }

    private func run(_ method: OptimizerMethod, _ settings: OptimizerSettings, maxSteps: Int,
                     tolerance: Double = 0, bounds: Domain? = nil) throws -> Trajectory {
        runOptimizer(makeUpdateRule(method, settings), objective: try objective(quadraticSource), start: start,
                     stopping: StoppingCriteria(maxSteps: maxSteps, tolerance: tolerance, bounds: bounds))
    }

    /// Every point of `t` within 1e-12·max(1, ‖expected‖) of `expected`, and as many of them.
    private func assertIterates(_ t: Trajectory, _ expected: [Point2], _ name: String,
                                file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(t.points.count, expected.count, "\(name): number of iterates", file: file, line: line)
        for (i, (p, q)) in zip(t.points, expected).enumerated() {
            XCTAssertLessThanOrEqual((p - q).norm, 1e-12 * max(1, q.norm),
                                     "\(name): x_\(i) = \(p), expected \(q)", file: file, line: line)
        }
    }

    // MARK: - Iterates against hand-written recurrences

    func testMomentumIterates() throws {
        let eta = 0.02, mu = 0.9
        let t = try run(Momentum(learningRate: eta, momentum: mu), maxSteps: 8)
        var x = start, b: Point2? = nil, expected = [start]
        for _ in 0..<8 {
            let g = gradient(x)
            b = b.map { mu * $0 + g } ?? g            // b₁ = g₁, then b_t = μ b_{t−1} + g_t
            x = x - eta * b!
            expected.append(x)
        }
        assertIterates(t, expected, "momentum")
        XCTAssertEqual(t.stepSizes, Array(repeating: eta, count: 8))
        XCTAssertEqual(Momentum(learningRate: eta).momentum, 0.9)
    }

    func testNesterovIterates() throws {
        let eta = 0.02, mu = 0.9
        let t = try run(Nesterov(learningRate: eta, momentum: mu), maxSteps: 8)
        var x = start, b = Point2.zero, expected = [start]
        for k in 1...8 {
            let g = gradient(x)
            b = k == 1 ? g : mu * b + g
            x = x - eta * (g + mu * b)                // torch nesterov=True: g ← g + μ b_t
            expected.append(x)
        }
        assertIterates(t, expected, "nesterov")
        XCTAssertEqual(Nesterov(learningRate: eta).momentum, 0.9)
    }

    func testAdagradIterates() throws {
        let eta = 0.5, eps = 1e-10
        let t = try run(Adagrad(learningRate: eta), maxSteps: 8)
        var x = start, sx = 0.0, sy = 0.0, expected = [start]
        for _ in 0..<8 {
            let g = gradient(x)
            sx += g.x * g.x
            sy += g.y * g.y
            x = Point2(x.x - eta * g.x / (sqrt(sx) + eps), x.y - eta * g.y / (sqrt(sy) + eps))
            expected.append(x)
        }
        assertIterates(t, expected, "adagrad")
        XCTAssertEqual(Adagrad(learningRate: eta).eps, 1e-10)
    }

    func testRMSpropIterates() throws {
        let eta = 0.01, alpha = 0.99, eps = 1e-8
        let t = try run(RMSprop(learningRate: eta), maxSteps: 8)
        var x = start, vx = 0.0, vy = 0.0, expected = [start]
        for _ in 0..<8 {
            let g = gradient(x)
            vx = alpha * vx + (1 - alpha) * g.x * g.x
            vy = alpha * vy + (1 - alpha) * g.y * g.y
            x = Point2(x.x - eta * g.x / (sqrt(vx) + eps), x.y - eta * g.y / (sqrt(vy) + eps))
            expected.append(x)
        }
        assertIterates(t, expected, "rmsprop")
        // No bias correction: v₁ = (1 − α) g₁², so the first step is η/√(1 − α) = 10η per coordinate.
        // (g₁ = (−12, −26) points down-left, so both coordinates grow.)
        XCTAssertEqual(t.points[1].x - start.x, 10 * eta, accuracy: 1e-9)
        XCTAssertEqual(t.points[1].y - start.y, 10 * eta, accuracy: 1e-9)
    }

    func testAdamIterates() throws {
        let eta = 0.1, beta1 = 0.9, beta2 = 0.999, eps = 1e-8
        let t = try run(Adam(learningRate: eta), maxSteps: 8)
        var x = start, m = Point2.zero, v = (x: 0.0, y: 0.0), expected = [start]
        for k in 1...8 {
            let g = gradient(x)
            m = beta1 * m + (1 - beta1) * g
            v = (beta2 * v.x + (1 - beta2) * g.x * g.x, beta2 * v.y + (1 - beta2) * g.y * g.y)
            let mHat = (1 / (1 - pow(beta1, Double(k)))) * m
            let vHat = (x: v.x / (1 - pow(beta2, Double(k))), y: v.y / (1 - pow(beta2, Double(k))))
            x = Point2(x.x - eta * mHat.x / (sqrt(vHat.x) + eps), x.y - eta * mHat.y / (sqrt(vHat.y) + eps))
            expected.append(x)
        }
        assertIterates(t, expected, "adam")
        let adam = Adam(learningRate: eta)
        XCTAssertEqual([adam.beta1, adam.beta2, adam.eps], [0.9, 0.999, 1e-8])
    }

    /// The same runs against numbers printed by scripts/optimizer_reference.py (numpy, written from
    /// the torch.optim documentation pages), a second implementation in another language.
    func testAgainstNumpyReference() throws {
        let cases: [(String, any UpdateRule, [Point2])] = [
            ("momentum", Momentum(learningRate: 0.02, momentum: 0.9),
             [Point2(-3.0, -1.0), Point2(-2.76, -0.48), Point2(-2.324, 0.29520000000000013),
              Point2(-1.7445439999999999, 0.9812800000000002), Point2(-1.0728774399999998, 1.30113088)]),
            ("nesterov", Nesterov(learningRate: 0.02, momentum: 0.9),
             [Point2(-3.0, -1.0), Point2(-2.544, -0.0119999999999999), Point2(-1.9658000000000002, 0.6289920000000001),
              Point2(-1.3117208960000002, 0.8124392800000001), Point2(-0.6136785509440003, 0.6609860932480001)]),
            ("adagrad", Adagrad(learningRate: 0.5),
             [Point2(-3.0, -1.0), Point2(-2.5000000000041664, -0.500000000001923),
              Point2(-2.17074769607179, -0.2439677288439276), Point2(-1.9131376521594652, -0.0864150964097806),
              Point2(-1.697117247704023, 0.015514475961919114)]),
            ("rmsprop", RMSprop(learningRate: 0.01),
             [Point2(-3.0, -1.0), Point2(-2.9000000008333333, -0.9000000003846154),
              Point2(-2.8300103539781913, -0.8321408734028592), Point2(-2.7731661783513566, -0.7781588407304056),
              Point2(-2.724108937311358, -0.7323666054835692)]),
            ("adam", Adam(learningRate: 0.1),
             [Point2(-3.0, -1.0), Point2(-2.9000000000833333, -0.9000000000384615),
              Point2(-2.8000739949964926, -0.8003076411301632), Point2(-2.7002737551687903, -0.7011709088720941),
              Point2(-2.6006527020935786, -0.6028747685481697)]),
        ]
        for (name, rule, expected) in cases {
            assertIterates(try run(rule, maxSteps: 4), expected, name)
        }
    }

    /// Bias correction makes Adam's first step η·g/(|g| + ε) in each coordinate, ≈ η·sign(g), however
    /// large or small the gradient: here f is scaled by 1000 and by 1/1000.
    func testAdamFirstStepIsLearningRateTimesSign() throws {
        let eta = 0.1
        for scale in [1.0, 1000, 0.001] {
            let t = try run(Adam(learningRate: eta), "\(scale)*(\(quadraticSource))", maxSteps: 1)
            let g = scale * gradient(start)                        // (−12, −26)·scale
            let moved = t.points[1] - start
            XCTAssertEqual(moved.x, -eta * g.x / (abs(g.x) + 1e-8), accuracy: 1e-15, "scale \(scale)")
            XCTAssertEqual(moved.y, -eta * g.y / (abs(g.y) + 1e-8), accuracy: 1e-15, "scale \(scale)")
            XCTAssertEqual(moved.x, eta, accuracy: eta * 1e-8 / abs(g.x) * 1.01)
            XCTAssertEqual(moved.y, eta, accuracy: eta * 1e-8 / abs(g.y) * 1.01)
        }
    }

    /// A 1-D objective has ∂f/∂y = 0 exactly, so no rule moves y (the adaptive ones divide 0 by ε).
    func testOneDimensionalRunsKeepY() throws {
        let s = Point2(-1, 5)
        for method in OptimizerMethod.allCases {
            let rule = makeUpdateRule(method, OptimizerSettings(learningRate: method == .newton ? 1 : 0.05))
            let t = try run(rule, "(x - 2)^2 + x^4/10", dimension: 1, from: s, maxSteps: 10)
            XCTAssertGreaterThan(t.points.count, 1, "\(method)")
            XCTAssertTrue(t.points.allSatisfy { $0.y == 5 }, "\(method)")
        }
    }

    // MARK: - Newton

    func testNewtonLandsOnMinimizerOfQuadraticInOneStep() throws {
        let t = try run(Newton(), maxSteps: 10, tolerance: 1e-9)
        XCTAssertEqual(t.stop, .converged)
        XCTAssertEqual(t.points.count, 2)
        XCTAssertEqual(t.stepSizes, [1])
        XCTAssertLessThanOrEqual((t.points[1] - minimizer).norm, 1e-12)
    }

    func testDampedNewtonTakesFractionOfStep() throws {
        let t = try run(Newton(damping: 0.25), maxSteps: 3)
        var expected = [start]
        for _ in 0..<3 { expected.append(expected.last! + 0.25 * (minimizer - expected.last!)) }
        assertIterates(t, expected, "damped newton")
        XCTAssertEqual(t.stepSizes, [0.25, 0.25, 0.25])
    }

    /// f = x⁴: x ← x − 4x³/(12x²) = (2/3)x, linear (not quadratic) convergence at a degenerate minimum.
    func testNewtonOneDimensional() throws {
        let t = try run(Newton(), "x^4", dimension: 1, from: Point2(1, 0), maxSteps: 5)
        assertIterates(t, (0...5).map { Point2(pow(2.0 / 3, Double($0)), 0) }, "newton x^4")
    }

    /// Newton seeks stationary points: on x² − y² it jumps to the saddle at the origin.
    func testNewtonFindsSaddle() throws {
        let t = try run(Newton(), "x^2 - y^2", from: Point2(1, 2), maxSteps: 5, tolerance: 1e-12)
        XCTAssertEqual(t.stop, .converged)
        XCTAssertEqual(t.points.last, Point2(0, 0))
    }

    /// f = x² as a function of (x, y): H = [[2, 0], [0, 0]] is singular everywhere.
    func testNewtonStopsOnSingularHessian() throws {
        let t = try run(Newton(), "x^2", from: Point2(1, 1), maxSteps: 10)
        XCTAssertEqual(t.stop, .singularHessian)
        XCTAssertEqual(t.points, [Point2(1, 1)])
        XCTAssertTrue(t.stepSizes.isEmpty)
    }

    /// x⁴ at 0 has f″ = 0. With ε = 0 the zero gradient does not count as converged, so Newton is asked.
    func testNewtonStopsAtFlatPointOfQuartic() throws {
        let t = try run(Newton(), "x^4", dimension: 1, from: .zero, maxSteps: 10, tolerance: 0)
        XCTAssertEqual(t.stop, .singularHessian)
        XCTAssertEqual(t.points, [.zero])
        var rule = Newton()
        let f = try objective("x^4", dimension: 1)
        XCTAssertEqual(rule.step(from: .zero, jet: f.jet(at: .zero), objective: f, t: 0), .stopped(.singularHessian))
    }

    /// The singularity test is relative to the size of H: a tiny but well-conditioned H is solved,
    /// an ill-conditioned one (condition number 1e13) is not.
    func testNewtonSingularityIsRelative() throws {
        let tiny = try run(Newton(), "1e-8*(x^2 + y^2)", from: Point2(1, 1), maxSteps: 3, tolerance: 1e-20)
        XCTAssertEqual(tiny.points.count, 2)
        XCTAssertLessThanOrEqual(tiny.points[1].norm, 1e-15)
        let illConditioned = try run(Newton(), "x^2 + 1e-13*y^2", from: Point2(1, 1), maxSteps: 3)
        XCTAssertEqual(illConditioned.stop, .singularHessian)
        XCTAssertEqual(illConditioned.points.count, 1)
    }

    // MARK: - Backtracking line search

    private let rosenbrock = "(1 - x)^2 + 100*(y - x^2)^2"
    private func rosenbrockValue(_ p: Point2) -> Double {
        (1 - p.x) * (1 - p.x) + 100 * (p.y - p.x * p.x) * (p.y - p.x * p.x)
    }
    private func rosenbrockGradient(_ p: Point2) -> Point2 {
        Point2(-2 * (1 - p.x) - 400 * p.x * (p.y - p.x * p.x), 200 * (p.y - p.x * p.x))
    }

    /// Armijo at every accepted step, read back from the trajectory alone:
    /// f(x_{t+1}) ≤ f(x_t) − c α_t ‖∇f(x_t)‖². The only slack is a few ulps of c α ‖∇f‖² and one of
    /// f(x_t): the trajectory records ‖∇f‖, and squaring it back need not give the rule's gx² + gy² to
    /// the last bit, which can move the rounding of the subtraction by one ulp.
    /// Each α is the first of 1, ½, ¼, … that passes, so twice α must fail.
    func testLineSearchSatisfiesArmijoOnRosenbrock() throws {
        let c = 1e-4, alpha0 = 1.0
        let s = Point2(-1.2, 1)
        let t = try run(BacktrackingGradientDescent(initialStep: alpha0), rosenbrock, from: s, maxSteps: 500)
        XCTAssertEqual(t.stop, .maxSteps)
        XCTAssertEqual(t.stepSizes.count, 500)
        for i in 0..<t.stepSizes.count {
            let alpha = t.stepSizes[i], g = t.gradientNorms[i]
            let decrease = c * alpha * g * g
            XCTAssertLessThanOrEqual(t.values[i + 1], t.values[i] - decrease + 1e-14 * decrease + t.values[i].ulp,
                                     "Armijo at step \(i), α = \(alpha)")
            let k = (log2(alpha0 / alpha)).rounded()
            XCTAssertEqual(alpha, alpha0 * pow(0.5, k), "α_\(i) = \(alpha) is not α₀·2^−k")
            if alpha < alpha0 {
                let p = t.points[i], grad = rosenbrockGradient(p)
                let longer = 2 * alpha
                XCTAssertGreaterThan(rosenbrockValue(p - longer * grad),
                                     rosenbrockValue(p) - c * longer * (grad.x * grad.x + grad.y * grad.y),
                                     "step \(i): 2α = \(longer) would have passed")
            }
        }
        XCTAssertLessThan(t.values.last!, 1e-2 * t.values[0])
        XCTAssertLessThan((t.points.last! - Point2(1, 1)).norm, (s - Point2(1, 1)).norm)
    }

    /// With c = 2 no step on x² passes ((1 − 2α)² ≤ 1 − 8α has no solution α > 0), so after 50
    /// halvings the rule takes α₀·2⁻⁵⁰ anyway.
    func testLineSearchTakesSmallestStepAfterFiftyHalvings() throws {
        let t = try run(BacktrackingGradientDescent(initialStep: 1, sufficientDecrease: 2), "x^2", dimension: 1,
                        from: Point2(1, 0), maxSteps: 2)
        XCTAssertEqual(BacktrackingGradientDescent.maxShrinks, 50)
        XCTAssertEqual(t.stepSizes, [pow(0.5, 50), pow(0.5, 50)])
        XCTAssertEqual(t.points[1].x, 1 - 2 * pow(0.5, 50))
        XCTAssertEqual(t.stop, .maxSteps)
    }

    /// The first trial point of log(x) from x = 1 with α₀ = 4 is x = −3, where f is NaN: the search
    /// backs off instead of leaving the domain.
    func testLineSearchBacksAwayFromNaN() throws {
        let t = try run(BacktrackingGradientDescent(initialStep: 4), "-log(x) + x^2/4", dimension: 1,
                        from: Point2(1, 0), maxSteps: 20, tolerance: 1e-10)
        XCTAssertEqual(t.stop, .converged)
        XCTAssertTrue(t.points.allSatisfy { $0.x > 0 })
        XCTAssertEqual(t.points.last!.x, 2.0.squareRoot(), accuracy: 1e-9)
    }

    // MARK: - Learning-rate schedules

    func testScheduleRates() {
        func rates(_ s: LearningRateSchedule, base: Double, count: Int = 7) -> [Double] {
            (0..<count).map { s.rate(base: base, step: $0) }
        }
        XCTAssertEqual(rates(.constant, base: 0.3), Array(repeating: 0.3, count: 7))
        assertClose(rates(.step(every: 3, factor: 0.1), base: 1), [1, 1, 1, 0.1, 0.1, 0.1, 0.01], 1e-15, "step")
        assertClose(rates(.step(every: 1, factor: 0.5), base: 2, count: 4), [2, 1, 0.5, 0.25], 1e-15, "step every 1")
        XCTAssertEqual(rates(.step(every: 0, factor: 0.5), base: 2, count: 4),
                       rates(.step(every: 1, factor: 0.5), base: 2, count: 4), "every < 1 acts as 1")
        assertClose(rates(.inverseTime(decay: 0.5), base: 2, count: 5), [2, 4.0 / 3, 1, 0.8, 2.0 / 3], 1e-15, "inverse time")
        assertClose(rates(.exponential(gamma: 0.9), base: 1, count: 4), [1, 0.9, 0.81, 0.729], 1e-15, "exponential")
        // The first step always uses the base rate.
        for s: LearningRateSchedule in [.constant, .step(every: 2, factor: 0.1), .inverseTime(decay: 3),
                                        .exponential(gamma: 0.5)] {
            XCTAssertEqual(s.rate(base: 0.7, step: 0), 0.7)
        }
    }

    /// Gradient descent under a step schedule: x_{t+1} = x_t − η·½^⌊t/2⌋ ∇f(x_t), and the
    /// recorded step sizes are the scheduled rates.
    func testScheduledGradientDescentIterates() throws {
        let eta = 0.08
        let schedule = LearningRateSchedule.step(every: 2, factor: 0.5)
        let t = try run(.gd, OptimizerSettings(learningRate: eta, schedule: schedule), maxSteps: 6)
        var x = start, expected = [start]
        for k in 0..<6 {
            x = x - eta * pow(0.5, Double(k / 2)) * gradient(x)
            expected.append(x)
        }
        assertIterates(t, expected, "scheduled gd")
        XCTAssertEqual(t.stepSizes, [0.08, 0.08, 0.04, 0.04, 0.02, 0.02])
    }

    /// Every scheduled method reports η_t as its step size.
    func testScheduledMethodsReportScheduledRate() throws {
        let schedule = LearningRateSchedule.inverseTime(decay: 0.5)
        let expected = (0..<5).map { schedule.rate(base: 0.01, step: $0) }
        for method: OptimizerMethod in [.gd, .sgd, .minibatch, .momentum, .nesterov, .adagrad, .rmsprop, .adam] {
            let t = try run(method, OptimizerSettings(learningRate: 0.01, schedule: schedule), maxSteps: 5)
            XCTAssertEqual(t.stepSizes, expected, "\(method)")
        }
    }

    // MARK: - Factory

    func testMethodSpellings() {
        XCTAssertEqual(OptimizerMethod.allCases.map(\.rawValue),
                       ["gd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "newton", "gd_line_search",
                        "sgd", "minibatch"])
        XCTAssertEqual(OptimizerMethod(rawValue: "gd_line_search"), .gdLineSearch)
    }

    /// nil settings resolve to the table's lecture-scale learning rates and torch's other defaults.
    func testFactoryDefaults() throws {
        let defaults = OptimizerSettings()
        let momentum = try XCTUnwrap(makeUpdateRule(.momentum, defaults) as? Momentum)
        XCTAssertEqual([momentum.learningRate, momentum.momentum], [0.1, 0.9])
        XCTAssertEqual(momentum.schedule, .constant)
        let nesterov = try XCTUnwrap(makeUpdateRule(.nesterov, OptimizerSettings(momentum: 0.5)) as? Nesterov)
        XCTAssertEqual([nesterov.learningRate, nesterov.momentum], [0.1, 0.5])
        let adagrad = try XCTUnwrap(makeUpdateRule(.adagrad, defaults) as? Adagrad)
        XCTAssertEqual([adagrad.learningRate, adagrad.eps], [0.1, 1e-10])
        let rmsprop = try XCTUnwrap(makeUpdateRule(.rmsprop, defaults) as? RMSprop)
        XCTAssertEqual([rmsprop.learningRate, rmsprop.alpha, rmsprop.eps], [1e-2, 0.99, 1e-8])
        let adam = try XCTUnwrap(makeUpdateRule(.adam, defaults) as? Adam)
        XCTAssertEqual([adam.learningRate, adam.beta1, adam.beta2, adam.eps], [0.1, 0.9, 0.999, 1e-8])
        let newton = try XCTUnwrap(makeUpdateRule(.newton, defaults) as? Newton)
        XCTAssertEqual(newton.damping, 1)
        let search = try XCTUnwrap(makeUpdateRule(.gdLineSearch, defaults) as? BacktrackingGradientDescent)
        XCTAssertEqual([search.initialStep, search.shrink, search.sufficientDecrease], [1, 0.5, 1e-4])
        for method: OptimizerMethod in [.gd, .sgd, .minibatch] {
            let gd = try XCTUnwrap(makeUpdateRule(method, defaults) as? Momentum, "\(method)")
            XCTAssertEqual([gd.learningRate, gd.momentum], [0.1, 0], "\(method)")
        }
    }

    /// With a constant schedule, the factory's gd (and sgd and minibatch without a data set, whose
    /// only sample is then the objective itself) reproduces GradientDescent exactly.
    func testFactoryGradientDescentMatchesGradientDescent() throws {
        let reference = try run(GradientDescent(learningRate: 0.05), maxSteps: 30)
        for method: OptimizerMethod in [.gd, .sgd, .minibatch] {
            XCTAssertEqual(try run(method, OptimizerSettings(learningRate: 0.05), maxSteps: 30), reference, "\(method)")
        }
    }

    // MARK: - Run lengths and stop reasons

    func testEveryMethodRespectsMaxSteps() throws {
        for method in OptimizerMethod.allCases {
            let t = try run(method, OptimizerSettings(learningRate: method == .newton ? 0.5 : 0.01), maxSteps: 5)
            XCTAssertEqual(t.stop, .maxSteps, "\(method)")
            XCTAssertEqual(t.points.count, 6, "\(method)")
            XCTAssertEqual(t.stepSizes.count, 5, "\(method)")
            XCTAssertEqual(t.values.count, 6, "\(method)")
        }
    }

    func testEveryMethodStopsAtStartWhenAlreadyConverged() throws {
        for method in OptimizerMethod.allCases {
            let t = try run(method, OptimizerSettings(), maxSteps: 5, tolerance: 100)
            XCTAssertEqual(t.stop, .converged, "\(method)")
            XCTAssertEqual(t.points, [start], "\(method)")
        }
    }

    /// Each method reaches ‖∇f‖ < 1e-6 on the quadratic with a suitable η. (RMSprop is picky: with
    /// η = 0.01 it converges in about 1000 steps, while with η = 0.001 it stays in an oscillation of
    /// size ~1e-3 around x*.)
    func testEveryMethodConvergesOnQuadratic() throws {
        let settings: [OptimizerMethod: OptimizerSettings] = [
            .gd: .init(learningRate: 0.05), .sgd: .init(learningRate: 0.05), .minibatch: .init(learningRate: 0.05),
            .momentum: .init(learningRate: 0.02), .nesterov: .init(learningRate: 0.02),
            .adagrad: .init(learningRate: 1), .rmsprop: .init(learningRate: 0.01),
            .adam: .init(learningRate: 0.01), .newton: .init(), .gdLineSearch: .init(),
        ]
        for method in OptimizerMethod.allCases {
            let t = try run(method, settings[method]!, maxSteps: 20_000, tolerance: 1e-6)
            XCTAssertEqual(t.stop, .converged, "\(method) after \(t.stepSizes.count) steps")
            XCTAssertLessThan((t.points.last! - minimizer).norm, 1e-5, "\(method)")
        }
    }

    /// Momentum with η = 0.2 is unstable along the stiff direction (λ ≈ 20) and leaves the box.
    func testMomentumDiverges() throws {
        let box = StoppingCriteria.divergenceBox(for: Domain(xMin: -4, xMax: 4, yMin: -2, yMax: 2))
        let t = try run(.momentum, OptimizerSettings(learningRate: 0.2), maxSteps: 1000, bounds: box)
        XCTAssertEqual(t.stop, .diverged)
        XCTAssertFalse(box.contains(t.points.last!))
        XCTAssertLessThan(t.points.count, 100)
    }
}
