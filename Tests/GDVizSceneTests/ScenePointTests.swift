import GDVizEngine
import XCTest
@testable import GDVizScene

/// Points are read once into a ``ScenePoint`` at their JSON path (run `start`, annotation `at` and
/// `arrow_to`, taylor/graph/grid_map `at`, vector tails); hostile shapes are errors there.
final class ScenePointTests: XCTestCase {
    private let domain2D = #""function": "x^2 + 10*y^2", "domain": {"x": [-4, 4], "y": [-2, 2]}"#
    private let domain1D = #""function": "x^2", "domain": {"x": [-4, 4]}"#

    // MARK: The value

    func testOnlyOneOrTwoFiniteCoordinatesMakeAPoint() {
        XCTAssertNil(ScenePoint([]))
        XCTAssertNil(ScenePoint([1, 2, 3]))
        XCTAssertNil(ScenePoint([.nan]))
        XCTAssertNil(ScenePoint([1, .infinity]))
        XCTAssertNil(ScenePoint(x: -.infinity))
        XCTAssertNil(ScenePoint(x: 0, y: .nan))
        let p = ScenePoint([1.5, -2])
        XCTAssertEqual(p?.coordinates, [1.5, -2])
        XCTAssertEqual(p?.dimension, 2)
        XCTAssertEqual(p?.point2, Point2(1.5, -2))
        XCTAssertEqual(p?.description, "[1.5, -2]")
        let q: ScenePoint = [0.25]
        XCTAssertEqual(q.coordinates, [0.25])
        XCTAssertEqual(q.dimension, 1)
        XCTAssertEqual(q.point2, Point2(0.25, 0), "a 1-D point lies on the x axis")
        XCTAssertEqual(ScenePoint.origin(dimension: 1), [0])
        XCTAssertEqual(ScenePoint.origin(dimension: 2), [0, 0])
    }

    // MARK: Reading

    func testStartIsReadIntoAPoint() {
        let two = parseScene(#"{\#(domain2D), "runs": [{"start": [-3, 1.5]}]}"#)
        XCTAssertEqual(two?.runs.first?.start, [-3, 1.5])
        let one = parseScene(#"{\#(domain1D), "runs": [{"start": 2.5}, {"start": [-1]}]}"#)
        XCTAssertEqual(one?.runs.map(\.start), [[2.5], [-1]], "a bare number and [x] are the same 1-D point")
    }

    func testStartOfTheWrongShapeIsAnErrorAtItsPath() {
        let issues = sceneIssues(#"""
            {\#(domain2D), "runs": [{"start": [1]}, {"start": [1, 2, 3]}, {"start": "a"}, {"start": [1, "2"]},
                                   {"start": [[1, 2]]}, {"start": 1}, {"start": [true, [0]]}, {}]}
            """#)
        XCTAssertEqual(issues.lines, [
            "$.runs[0].start: expected an array of 2 numbers [x, y], got [1]",
            "$.runs[1].start: expected an array of 2 numbers [x, y], got [1, 2, 3]",
            #"$.runs[2].start: expected an array of 2 numbers [x, y], got "a""#,
            #"$.runs[3].start[1]: expected a number, got "2""#,
            "$.runs[4].start: expected an array of 2 numbers [x, y], got [[1, 2]]",
            "$.runs[5].start: expected an array of 2 numbers [x, y], got 1",
            "$.runs[6].start[0]: expected a number, got true",
            "$.runs[6].start[1]: expected a number, got [0]",
            "$.runs[7].start: missing; expected an array of 2 numbers [x, y]",
        ])
        let one = sceneIssues(#"{\#(domain1D), "runs": [{"start": [1, 2]}, {"start": [null]}, {"start": "1"}]}"#)
        XCTAssertEqual(one.lines, [
            "$.runs[0].start: expected a number or an array of 1 number [x], got [1, 2]",
            "$.runs[1].start[0]: expected a number, got null",
            #"$.runs[2].start: expected a number or an array of 1 number [x], got "1""#,
        ])
    }

    func testNumbersBeyondADoubleAreRejectedAtTheCoordinate() {
        // JSON has no NaN or infinity; a literal too large for a double is the nearest thing.
        XCTAssertEqual(sceneIssues(#"{\#(domain2D), "runs": [{"start": [0, -1e999]}]}"#).lines,
                       ["$.runs[0].start[1]: the number -1e999 is too large; numbers must lie within ±1.7976931348623157e308"])
        XCTAssertEqual(sceneIssues(#"{\#(domain2D), "layers": [{"type": "annotation", "text": "a", "at": [0, 0], "arrow_to": [1e400, 0]}]}"#).lines,
                       ["$.layers[0].arrow_to[0]: the number 1e400 is too large; numbers must lie within ±1.7976931348623157e308"])
        let large = parseScene(#"{\#(domain2D), "runs": [{"start": [1.7976931348623157e308, -5e-324]}]}"#)
        XCTAssertEqual(large?.runs.first?.start, ScenePoint(x: .greatestFiniteMagnitude, y: -.leastNonzeroMagnitude),
                       "the extremes of a double are points")
    }

    func testLayerPointsAreReadIntoPoints() throws {
        let scene = try XCTUnwrap(parseScene(#"""
            {\#(domain2D), "layers": [
              {"type": "annotation", "text": "a", "at": [1, 2], "arrow_to": [0, -0.5]},
              {"type": "taylor", "at": [0.5, 1], "orders": [1]},
              {"type": "vector", "at": [[1, 1], [-1, 0.5]], "of": "gradient"},
              {"type": "vector", "at": [2, 3], "of": [1, -2]},
              {"type": "grid_map", "map": ["x", "y"], "at": [0.25, 0.75]}]}
            """#))
        let annotation = try XCTUnwrap(scene.layers[0].content as? AnnotationLayerSpec)
        XCTAssertEqual(annotation.at, [1, 2])
        XCTAssertEqual(annotation.arrowTo, [0, -0.5])
        XCTAssertEqual((scene.layers[1].content as? TaylorLayerSpec)?.at, [0.5, 1])
        XCTAssertEqual((scene.layers[2].content as? VectorLayerSpec)?.at, [[1, 1], [-1, 0.5]])
        XCTAssertEqual((scene.layers[3].content as? VectorLayerSpec)?.at, [[2, 3]])
        XCTAssertEqual((scene.layers[4].content as? GridMapLayerSpec)?.at, [0.25, 0.75])
        let graph = try XCTUnwrap(parseScene(#"{\#(domain1D), "panels": [{"type": "graph", "at": [0.5]}]}"#))
        XCTAssertEqual(graph.panels.first?.content as? ComputationGraphPanelSpec, ComputationGraphPanelSpec(
            title: nil, ComputationGraphLayerSpec(at: [0.5])))
    }

    func testLayerPointsOfTheWrongShapeAreErrorsAtTheirPaths() {
        let issues = sceneIssues(#"""
            {\#(domain2D), "layers": [
              {"type": "annotation", "text": "a", "at": [1]},
              {"type": "annotation", "text": "a", "at": [1, "x"], "arrow_to": [[0, 0]]},
              {"type": "annotation", "text": "a", "at": {"x": 1}, "arrow_to": [0, 0, 0]},
              {"type": "taylor", "at": 1, "orders": [1]},
              {"type": "taylor", "orders": [1]},
              {"type": "graph", "at": [[1], 2]},
              {"type": "vector", "at": [[1, 2], [1], ["a", 2]], "of": "gradient"},
              {"type": "vector", "at": [1, 2, 3], "of": [1]},
              {"type": "grid_map", "map": ["x", "y"], "at": [true, 1]}]}
            """#)
        XCTAssertEqual(issues.lines, [
            "$.layers[0].at: expected an array of 2 numbers [x, y], got [1]",
            #"$.layers[1].at[1]: expected a number, got "x""#,
            "$.layers[1].arrow_to: expected an array of 2 numbers [x, y], got [[0, 0]]",
            #"$.layers[2].at: expected an array of 2 numbers [x, y], got {"x": 1}"#,
            "$.layers[2].arrow_to: expected an array of 2 numbers [x, y], got [0, 0, 0]",
            "$.layers[3].at: expected an array of 2 numbers [x, y], got 1",
            "$.layers[4].at: missing; expected a point [x, y]",
            "$.layers[5].at[0]: expected a number, got [1]",
            "$.layers[6].at[1]: expected an array of 2 numbers [x, y], got [1]",
            #"$.layers[6].at[2][0]: expected a number, got "a""#,
            "$.layers[7].at: expected an array of 2 numbers [x, y], got [1, 2, 3]",
            "$.layers[7].of: expected an array of 2 numbers [x, y], got [1]",
            "$.layers[8].at[0]: expected a number, got true",
        ])
    }

    func testDeeplyNestedPointIsAnErrorNotACrash() {
        let nested = String(repeating: "[", count: 400) + "1" + String(repeating: "]", count: 400)
        XCTAssertEqual(sceneIssues(#"{\#(domain1D), "runs": [{"start": \#(nested)}]}"#).lines.first?
            .hasPrefix("$.runs[0].start[0]: expected a number, got [["), true)
    }

    // MARK: Evaluation takes the typed value

    func testEvaluationStartsAtThePointAsRead() throws {
        let scene = try XCTUnwrap(parseScene(#"""
            {\#(domain2D), "runs": [{"start": [-3.25, 1.125], "max_steps": 3}],
             "layers": [{"type": "taylor", "at": [0.5, -1], "orders": [2]}]}
            """#))
        let evaluated = SceneEvaluator.evaluate(scene)
        XCTAssertEqual(evaluated.runs.first?.trajectory.points.first, Point2(-3.25, 1.125))
        let taylor = try XCTUnwrap(evaluated.layers.first as? TaylorLayerSpec.Evaluated)
        XCTAssertEqual(taylor.expansions.first?.center, [0.5, -1])
    }
}
