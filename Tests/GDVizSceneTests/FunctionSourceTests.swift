import XCTest
import GDVizEngine
@testable import GDVizScene

/// The function forms beyond plain expressions — quadratic forms, built-in test functions,
/// least-squares losses — and the stochastic runs that go with least squares.
final class FunctionSourceTests: XCTestCase {
    private let data = #""x": [0, 1, 2, 3], "y": [1.1, 2.9, 5.2, 6.8]"#

    private func leastSquaresScene(_ extra: String = "", ls: String? = nil) -> String {
        let body = ls ?? data
        return #"{"function": {"least_squares": {\#(body)}}, "domain": {"x": [-1, 3], "y": [-1, 4]}\#(extra.isEmpty ? "" : ", " + extra)}"#
    }

    // MARK: - Quadratic forms

    func testQuadraticForm() throws {
        let scene = try XCTUnwrap(parseScene(#"""
            {"function": {"quadratic": {"A": [[2, 1], [1, 20]], "b": [5, 3], "c": 1}}, "domain": {"x": [-4, 4], "y": [-2, 2]}}
            """#))
        XCTAssertEqual(scene.dimension, 2)
        guard case .quadratic(let form) = scene.function else { return XCTFail("not a quadratic: \(scene.function)") }
        XCTAssertEqual(form.a, [[2, 1], [1, 20]])
        XCTAssertEqual(form.b, [5, 3])
        XCTAssertEqual(form.c, 1)
        XCTAssertEqual(scene.function.expression.value(at: [1, 1]), 0.5 * 24 - 8 + 1, accuracy: 1e-12)
        XCTAssertEqual(scene.axes, AxesOptions(xLabel: "$x$", yLabel: "$y$"))
        let objective = SceneEvaluator.makeObjective(scene)
        let g = objective.gradient(at: Point2(1, 1))
        XCTAssertEqual(g.x, 3 - 5, accuracy: 1e-12)
        XCTAssertEqual(g.y, 21 - 3, accuracy: 1e-12)
    }

    func testOneByOneQuadraticIsOneDimensionalWithDefaults() throws {
        let scene = try XCTUnwrap(parseScene(#"{"function": {"quadratic": {"A": [[4]]}}, "domain": {"x": [-2, 2]}, "runs": [{"start": 1}]}"#))
        XCTAssertEqual(scene.dimension, 1)
        guard case .quadratic(let form) = scene.function else { return XCTFail("not a quadratic") }
        XCTAssertEqual(form.b, [0])
        XCTAssertEqual(form.c, 0)
        XCTAssertEqual(scene.axes, AxesOptions(xLabel: "$x$", yLabel: "$f(x)$"))
    }

    func testQuadraticProblems() {
        let issues = sceneIssues(#"""
            {"function": {"quadratic": {"A": [[2, 1], [1, "x"]], "b": [5], "c": "zero", "d": 1}}, "domain": {"x": [-4, 4], "y": [-2, 2]}}
            """#)
        XCTAssertEqual(issues.lines, [
            #"$.function.quadratic.d: unknown key "d"; expected one of "A", "b", "c""#,
            #"$.function.quadratic.A[1][1]: expected a number, got "x""#,
            "$.function.quadratic.b: expected an array of 2 numbers (one per row of A), got [5]",
            #"$.function.quadratic.c: expected a number, got "zero""#,
        ])
        XCTAssertEqual(sceneIssues(#"{"function": {"quadratic": {"A": [[1, 0, 0], [0, 1, 0], [0, 0, 1]]}}, "domain": {"x": [0, 1], "y": [0, 1]}}"#).lines, [
            "$.function.quadratic.A: expected a 1×1 or 2×2 matrix as an array of rows, e.g. [[2, 1], [1, 20]] or [[4]], got [[1, 0, 0], [0, 1, 0], [0, 0, 1]]",
        ])
        XCTAssertEqual(sceneIssues(#"{"function": {"quadratic": {"b": [1, 2]}}, "domain": {"x": [0, 1], "y": [0, 1]}}"#).lines, [
            "$.function.quadratic.A: missing; expected a 1×1 or 2×2 matrix as an array of rows, e.g. [[2, 1], [1, 20]] or [[4]]",
        ])
        XCTAssertEqual(sceneIssues(#"{"function": {"quadratic": {"a": [[1]]}}, "domain": {"x": [0, 1], "y": [0, 1]}}"#).lines, [
            #"$.function.quadratic.a: unknown key "a"; did you mean "A"?"#,
            "$.function.quadratic.A: missing; expected a 1×1 or 2×2 matrix as an array of rows, e.g. [[2, 1], [1, 20]] or [[4]]",
        ])
    }

    func testQuadraticDimensionMustMatchA() {
        let issues = sceneIssues(#"{"function": {"quadratic": {"A": [[2, 0], [0, 1]]}}, "dimension": 1, "domain": {"x": [0, 1]}}"#)
        XCTAssertEqual(issues.lines, ["$.dimension: expected 2 because A is 2×2, got 1"])
    }

    func testParamsBelongToExpressionsAndBuiltinsOnly() {
        let issues = sceneIssues(#"{"function": {"quadratic": {"A": [[1]]}, "params": {"a": 1}}, "domain": {"x": [0, 1]}}"#)
        XCTAssertEqual(issues.lines, [#"$.function.params: "params" goes with "expression" or "builtin"; remove it"#])
    }

    // MARK: - The function object's form

    func testExactlyOneForm() {
        XCTAssertEqual(sceneIssues(#"{"function": {"builtin": "booth", "quadratic": {"A": [[1]]}}}"#).lines, [
            #"$.function: expected only one of "expression", "quadratic", "builtin", "least_squares", got "quadratic", "builtin""#,
            #"$.domain: missing; expected the plotted region, e.g. {"x": [-4, 4]}"#,
        ])
        XCTAssertEqual(sceneIssues(#"{"function": {"params": {"a": 1}}, "domain": {"x": [0, 1]}}"#).lines, [
            #"$.function.expression: missing; expected one of "expression", "quadratic", "builtin", "least_squares" in the function object"#,
        ])
        XCTAssertEqual(sceneIssues(#"{"function": {"quadratc": {"A": [[1]]}}, "domain": {"x": [0, 1]}}"#).lines, [
            #"$.function.quadratc: unknown key "quadratc"; did you mean "quadratic"?"#,
        ])
        XCTAssertEqual(sceneIssues(#"{"function": {"test_function": "booth"}, "domain": {"x": [0, 1]}}"#).lines, [
            #"$.function.test_function: unknown key "test_function"; did you mean "builtin"?"#,
        ])
    }

    // MARK: - Built-in test functions

    func testBuiltinWithoutDomainUsesItsOwn() throws {
        let scene = try XCTUnwrap(parseScene(#"{"function": {"builtin": "rosenbrock"}, "runs": [{"start": [-1.5, 2], "lr": 0.001}]}"#))
        XCTAssertEqual(scene.dimension, 2)
        XCTAssertEqual(scene.domain, Domain(xMin: -2, xMax: 2, yMin: -1, yMax: 3))
        guard case .builtin(let function) = scene.function else { return XCTFail("not a builtin") }
        XCTAssertEqual(function.definition.name, .rosenbrock)
        XCTAssertEqual(function.parameters, [:])
        XCTAssertEqual(scene.function.expression.value(at: [0, 1]), 101, accuracy: 1e-12)
        XCTAssertEqual(scene.function.defaultDomain, scene.domain)
    }

    func testBuiltinParametersAndPartialDomain() throws {
        let scene = try XCTUnwrap(parseScene(#"{"function": {"builtin": "rosenbrock", "params": {"b": 10}}, "domain": {"y": [-0.5, 2]}}"#))
        XCTAssertEqual(scene.domain, Domain(xMin: -2, xMax: 2, yMin: -0.5, yMax: 2))
        XCTAssertEqual(scene.function.expression.value(at: [0, 1]), 11, accuracy: 1e-12)
        guard case .builtin(let function) = scene.function else { return XCTFail("not a builtin") }
        XCTAssertEqual(function.parameters, ["b": 10])
        let alias = try XCTUnwrap(parseScene(#"{"function": {"builtin": "gradient_cos"}}"#))
        guard case .builtin(let cos) = alias.function else { return XCTFail("not a builtin") }
        XCTAssertEqual(cos.definition.name, .gradientCos)
    }

    func testEveryBuiltinLoadsAndEvaluates() throws {
        for name in TestFunction.Name.allCases {
            let scene = try XCTUnwrap(parseScene(#"{"function": {"builtin": "\#(name.rawValue)"}}"#))
            let evaluated = SceneEvaluator.evaluate(scene)
            XCTAssertEqual(evaluated.plotDomain, TestFunction(name).domain)
            guard case let levels? = (evaluated.layers.first as? ContourLayerSpec.Evaluated).map({ $0.levels }) else { return XCTFail("no contours for \(name)") }
            XCTAssertFalse(levels.isEmpty, name.rawValue)
        }
    }

    func testUnknownBuiltinSuggestsTheClosest() {
        XCTAssertEqual(sceneIssues(#"{"function": {"builtin": "rosenbrok"}}"#).lines, [
            #"$.function.builtin: expected one of "rosenbrock", "himmelblau", "beale", "booth", "matyas", "three_hump_camel", "six_hump_camel", "rastrigin", "styblinski_tang", "saddle", "monkey_saddle", "3d-gradient-cos"; got "rosenbrok"; did you mean "rosenbrock"?"#,
        ])
        let banana = sceneIssues(#"{"function": {"builtin": "banana"}}"#)
        XCTAssertTrue(banana.first?.message.hasSuffix(#"did you mean "rosenbrock"?"#) ?? false, banana.lines.description)
        XCTAssertEqual(sceneIssues(#"{"function": {"builtin": 3}}"#).map(\.path), ["$.function.builtin"],
                       "a built-in test function needs no domain, even when its name is wrong")
    }

    func testUnknownBuiltinParametersListTheAllowedOnes() {
        XCTAssertEqual(sceneIssues(#"{"function": {"builtin": "rosenbrock", "params": {"A": 1, "c": 2, "b": "big"}}}"#).lines, [
            #"$.function.params.A: unknown parameter "A"; the parameters of "rosenbrock" are "a", "b"; did you mean "a"?"#,
            #"$.function.params.b: expected a number, got "big""#,
            #"$.function.params.c: unknown parameter "c"; the parameters of "rosenbrock" are "a", "b""#,
        ])
        XCTAssertEqual(sceneIssues(#"{"function": {"builtin": "booth", "params": {"a": 1}}}"#).lines, [
            #"$.function.params.a: unknown parameter "a"; "booth" has no parameters"#,
        ])
    }

    func testBuiltinsAreTwoDimensional() {
        XCTAssertEqual(sceneIssues(#"{"function": {"builtin": "booth"}, "dimension": 1}"#).lines, [
            "$.dimension: expected 2 because test functions are functions of x and y, got 1",
        ])
    }

    // MARK: - Least squares

    func testLeastSquaresDefaults() throws {
        let scene = try XCTUnwrap(parseScene(leastSquaresScene()))
        XCTAssertEqual(scene.dimension, 2)
        guard case .leastSquares(let problem) = scene.function else { return XCTFail("not least squares") }
        XCTAssertEqual(problem.model, "theta0 + theta1*x")
        XCTAssertEqual(problem.parameters, ["theta0", "theta1"])
        XCTAssertEqual(problem.x, [0, 1, 2, 3])
        XCTAssertEqual(problem.y, [1.1, 2.9, 5.2, 6.8])
        XCTAssertEqual(scene.axes, AxesOptions(xLabel: "$\\theta_0$", yLabel: "$\\theta_1$"))
        let points: [(x: Double, y: Double)] = [(0, 1.1), (1, 2.9), (2, 5.2), (3, 6.8)]
        var sum = 0.0
        for p in points {
            let residual = 1 + 2 * p.x - p.y
            sum += residual * residual
        }
        let direct = sum / 4
        XCTAssertEqual(scene.function.expression.value(at: [1, 2]), direct, accuracy: 1e-12)
    }

    func testLeastSquaresParametersFromTheModel() throws {
        let scene = try XCTUnwrap(parseScene(leastSquaresScene(ls: data + #", "model": "w*x + b""#)))
        guard case .leastSquares(let problem) = scene.function else { return XCTFail("not least squares") }
        XCTAssertEqual(problem.parameters, ["b", "w"])
        XCTAssertEqual(scene.axes, AxesOptions(xLabel: "$b$", yLabel: "$w$"))
        let explicit = try XCTUnwrap(parseScene(leastSquaresScene(ls: data + #", "model": "w*x + b", "parameters": ["w", "b"]"#)))
        guard case .leastSquares(let ordered) = explicit.function else { return XCTFail("not least squares") }
        XCTAssertEqual(ordered.parameters, ["w", "b"])
    }

    func testOneParameterLeastSquaresIsOneDimensional() throws {
        let scene = try XCTUnwrap(parseScene(#"{"function": {"least_squares": {\#(data), "model": "slope*x"}}, "domain": {"x": [0, 4]}, "runs": [{"start": 0.5, "optimizer": "sgd", "lr": 0.01}]}"#))
        XCTAssertEqual(scene.dimension, 1)
        XCTAssertEqual(scene.axes, AxesOptions(xLabel: "$\\mathrm{slope}$", yLabel: "$L(\\mathrm{slope})$"))
        XCTAssertEqual(SceneEvaluator.evaluate(scene).runs.first?.trajectory.points.count, 101)
    }

    func testParameterNamesAsMath() {
        XCTAssertEqual(FunctionSource.math("theta0"), "\\theta_0")
        XCTAssertEqual(FunctionSource.math("theta_1"), "\\theta_1")
        XCTAssertEqual(FunctionSource.math("w12"), "w_{12}")
        XCTAssertEqual(FunctionSource.math("beta_hat"), "\\beta_{hat}")
        XCTAssertEqual(FunctionSource.math("b"), "b")
        XCTAssertEqual(FunctionSource.math("Theta"), "\\Theta")
        XCTAssertEqual(FunctionSource.math("_a"), "\\mathrm{_a}")
    }

    func testLeastSquaresDataProblems() {
        let issues = sceneIssues(leastSquaresScene(ls: #""x": [0, 1, "two"], "y": [], "weights": 1"#))
        XCTAssertEqual(issues.lines, [
            #"$.function.least_squares.weights: unknown key "weights"; did you mean "parameters"?"#,
            #"$.function.least_squares.x[2]: expected a number, got "two""#,
            "$.function.least_squares.y: expected an array of 1 to 1000 numbers, got []",
        ])
        XCTAssertEqual(sceneIssues(leastSquaresScene(ls: #""x": [0, 1, 2], "y": [1, 2]"#)).lines, [
            "$.function.least_squares.y: expected 3 numbers, one per x value; got 2",
        ])
        XCTAssertEqual(sceneIssues(leastSquaresScene(ls: #""y": [1, 2]"#)).lines, [
            "$.function.least_squares.x: missing; expected the inputs x_i, an array of numbers",
        ])
    }

    func testLeastSquaresModelProblems() {
        let unknown = sceneIssues(leastSquaresScene(ls: data + #", "model": "theta0 + theta1*x + theta2*z", "parameters": ["theta0", "theta1"]"#))
        XCTAssertEqual(unknown.map(\.path), ["$.function.least_squares.model"])
        XCTAssertTrue(unknown.first?.message.hasPrefix("unknown name 'theta2' at column 21;") ?? false, unknown.lines.description)
        XCTAssertEqual(unknown.first?.detail, "theta0 + theta1*x + theta2*z\n                    ^")

        XCTAssertEqual(sceneIssues(leastSquaresScene(ls: data + #", "model": "a + b*x + c*x^2""#)).lines, [
            #"$.function.least_squares.model: expected a model with 1 or 2 parameters (the plotted axes), got 3: "a", "b", "c""#,
        ])
        XCTAssertEqual(sceneIssues(leastSquaresScene(ls: data + #", "model": "2*x""#)).lines, [
            "$.function.least_squares.model: expected a model with 1 or 2 parameters to fit, got none besides x",
        ])
        XCTAssertEqual(sceneIssues(leastSquaresScene(ls: data + #", "model": "a*x", "parameters": ["a", "b"]"#)).lines, [
            #"$.function.least_squares.parameters[1]: the model does not use "b"; every parameter must appear in the model"#,
        ])
        XCTAssertEqual(sceneIssues(leastSquaresScene(ls: data + #", "parameters": ["a", "b"]"#)).lines, [
            #"$.function.least_squares.parameters: the default model "theta0 + theta1*x" has the parameters "theta0", "theta1"; give a "model" in "a", "b""#,
        ])
        XCTAssertEqual(sceneIssues(leastSquaresScene(ls: data + #", "model": "x*a", "parameters": ["x", "a", "a"]"#)).lines, [
            #"$.function.least_squares.parameters: expected an array of 1 or 2 parameter names (the plotted axes), e.g. ["theta0", "theta1"], got ["x", "a", "a"]"#,
        ])
        XCTAssertEqual(sceneIssues(leastSquaresScene(ls: data + #", "model": "x*a", "parameters": ["x", "a"]"#)).lines, [
            #"$.function.least_squares.parameters[0]: "x" cannot be a parameter: 'x' is the data variable of the model"#,
        ])
    }

    func testLeastSquaresNeedsADomain() {
        XCTAssertEqual(sceneIssues(#"{"function": {"least_squares": {\#(data)}}}"#).lines, [
            #"$.domain: missing; expected the plotted region, e.g. {"x": [-4, 4], "y": [-2, 2]}"#,
        ])
    }

    // MARK: - Stochastic runs

    func testStochasticRunsReadSeedAndBatchSize() throws {
        let scene = try XCTUnwrap(parseScene(leastSquaresScene(#"""
            "runs": [{"label": "GD", "start": [0, 0], "lr": 0.02},
                     {"label": "SGD", "optimizer": "sgd", "start": [0, 0], "lr": 0.02, "seed": 1},
                     {"label": "MB", "optimizer": "minibatch", "start": [0, 0], "lr": 0.02, "batch_size": 2, "seed": 7},
                     {"label": "MB1", "optimizer": "minibatch", "start": [0, 0]}]
            """#)))
        XCTAssertEqual(scene.runs.map(\.optimizer), [.gd, .sgd, .minibatch, .minibatch])
        XCTAssertEqual(scene.runs.map(\.seed), [0, 1, 7, 0])
        XCTAssertEqual(scene.runs.map(\.batchSize), [1, 1, 2, 1])
    }

    func testSeedAndBatchSizeProblems() {
        let issues = sceneIssues(leastSquaresScene(#"""
            "runs": [{"start": [0, 0], "seed": 1, "batch_size": 2},
                     {"optimizer": "sgd", "start": [0, 0], "batch_size": 4},
                     {"optimizer": "minibatch", "start": [0, 0], "seed": -1, "batch_size": 0},
                     {"optimizer": "sgd", "start": [0, 0], "seed": 2.5, "random_seed": 3}]
            """#))
        XCTAssertEqual(issues.lines, [
            #"$.runs[0].seed: "seed" applies only to the stochastic optimizers "sgd" and "minibatch", which sample a least-squares data set"#,
            #"$.runs[0].batch_size: "batch_size" applies only to the stochastic optimizers "sgd" and "minibatch", which sample a least-squares data set"#,
            #"$.runs[1].batch_size: "sgd" takes one sample per step; for batches of 4 use "optimizer": "minibatch""#,
            "$.runs[2].seed: expected an integer between 0 and 9007199254740992, got -1",
            "$.runs[2].batch_size: expected an integer between 1 and 1000000, got 0",
            #"$.runs[3].random_seed: unknown key "random_seed"; did you mean "seed"?"#,
            "$.runs[3].seed: expected an integer between 0 and 9007199254740992, got 2.5",
        ])
    }

    func testStochasticOptimizersNeedLeastSquares() {
        let issues = sceneIssues(scene2D(#""runs": [{"optimizer": "sgd", "start": [0, 0], "seed": 1}, {"optimizer": "minibatch", "start": [1, 1], "batch_size": 2}]"#))
        XCTAssertEqual(issues.lines, [
            #"$.runs[0].optimizer: "sgd" samples a data set, so it needs a least-squares function ("function": {"least_squares": …}); this scene's function is an expression"#,
            #"$.runs[1].optimizer: "minibatch" samples a data set, so it needs a least-squares function ("function": {"least_squares": …}); this scene's function is an expression"#,
        ])
        let builtin = sceneIssues(#"{"function": {"builtin": "booth"}, "runs": [{"optimizer": "sgd", "start": [0, 0]}]}"#)
        XCTAssertEqual(builtin.map(\.path), ["$.runs[0].optimizer"])
        XCTAssertTrue(builtin.first?.message.hasSuffix("this scene's function is a built-in test function") ?? false)
    }

    func testStochasticRunsAreSeededAndDifferFromGD() throws {
        let scene = try XCTUnwrap(parseScene(leastSquaresScene(#"""
            "runs": [{"label": "GD", "start": [0, 0], "lr": 0.02, "max_steps": 40},
                     {"label": "SGD", "optimizer": "sgd", "start": [0, 0], "lr": 0.02, "seed": 1, "max_steps": 40},
                     {"label": "SGD again", "optimizer": "sgd", "start": [0, 0], "lr": 0.02, "seed": 1, "max_steps": 40},
                     {"label": "SGD 2", "optimizer": "sgd", "start": [0, 0], "lr": 0.02, "seed": 2, "max_steps": 40},
                     {"label": "full batch", "optimizer": "minibatch", "batch_size": 4, "start": [0, 0], "lr": 0.02, "max_steps": 40}]
            """#)))
        let runs = SceneEvaluator.evaluate(scene).runs.map(\.trajectory)
        XCTAssertEqual(runs.map { $0.points.count }, [41, 41, 41, 41, 41])
        XCTAssertEqual(runs[1], runs[2], "the same seed gives the same trajectory")
        XCTAssertNotEqual(runs[1].points, runs[3].points, "another seed gives another trajectory")
        XCTAssertNotEqual(runs[0].points, runs[1].points, "SGD is not GD")
        for (p, q) in zip(runs[4].points, runs[0].points) {
            XCTAssertLessThanOrEqual(p.distance(to: q), 1e-12, "a batch of all 4 samples is a GD step")
        }
    }
}
