import XCTest
import GDVizEngine

/// The example of docs/engine-api.md, compiled as an outside user would (this target has no
/// `package` access), with every number checked against its closed form.
final class EngineAPITests: XCTestCase {
    private func objective(_ source: String) throws -> Objective {
        Objective(try MathExpression.parse(source, variables: ["x", "y"]), dimension: 2)
    }

    func testValueGradientAndHessian() throws {
        let f = try objective("x^2 + 10*y^2")
        XCTAssertEqual(f.value(at: Point2(1, 1)), 11)
        XCTAssertEqual(f.gradient(at: Point2(1, 1)), Point2(2, 20))
        let jet = f.jet(at: Point2(1, 1))
        XCTAssertEqual([jet.hxx, jet.hxy, jet.hyy], [2, 0, 20])
    }

    /// x_{t+1} = (1 − 2η) x_t and y_{t+1} = (1 − 20η) y_t; with η = 0.05 that is 0.9ᵗ and 0.
    func testGradientDescentFollowsTheClosedForm() throws {
        let f = try objective("x^2 + 10*y^2")
        let rule = makeUpdateRule(.gd, OptimizerSettings(learningRate: 0.05))
        let run = runOptimizer(rule, objective: f, start: Point2(1, 1),
                               stopping: StoppingCriteria(maxSteps: 10, tolerance: 1e-12))
        XCTAssertEqual(run.points.count, 11)
        XCTAssertEqual(run.stop, .maxSteps)
        for (t, p) in run.points.enumerated() {
            let x = pow(0.9, Double(t))
            XCTAssertEqual(p.x, x, accuracy: 1e-15 * Double(t + 1), "x at step \(t)")
            XCTAssertEqual(p.y, t == 0 ? 1 : 0, accuracy: 1e-15, "y at step \(t)")
        }
        XCTAssertEqual(run.points[10].x, 0.3486784401, accuracy: 1e-12)
    }

    func testSaddleIsFoundAndClassified() throws {
        let points = StationaryPoints.find(try objective("x^2 - y^2"),
                                           in: Domain(xMin: -2, xMax: 2, yMin: -2, yMax: 2))
        XCTAssertEqual(points.count, 1)
        XCTAssertEqual(points[0].kind, .saddle)
        XCTAssertEqual(points[0].point.norm, 0, accuracy: 1e-9)
        XCTAssertEqual(points[0].eigenvalues.sorted()[0], -2, accuracy: 1e-9)
        XCTAssertEqual(points[0].eigenvalues.sorted()[1], 2, accuracy: 1e-9)
    }

    func testTestFunctionCatalogue() throws {
        let rosenbrock = try XCTUnwrap(TestFunction.named("rosenbrock"))
        XCTAssertEqual(rosenbrock.minima[0].point, Point2(1, 1))
        // (1 − x)² + 10(y − x²)² at (0, 1) is 1 + 10.
        let g = Objective(try rosenbrock.expression(parameters: ["b": 10]), dimension: 2)
        XCTAssertEqual(g.value(at: Point2(0, 1)), 11)
        XCTAssertEqual(g.value(at: Point2(1, 1)), 0)
    }

    func testParseErrorHasAColumn() {
        XCTAssertThrowsError(try MathExpression.parse("x + * y", variables: ["x", "y"])) { error in
            let expressionError = error as? ExpressionError
            XCTAssertEqual(expressionError?.column, 5)
            XCTAssertFalse(expressionError?.caretDiagram.isEmpty ?? true)
        }
    }
}
