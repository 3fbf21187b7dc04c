import GDVizTestSupport
import XCTest
import GDVizEngine
@testable import GDVizScene

/// Reading and evaluating the calculus layers: tangent, secant, points, interval, chord,
/// constraint, parametric, vector, annotation.
final class CalculusLayerTests: XCTestCase {
    /// A 1-D scene of `function` on [−2, 2] with `layers`.
    private func scene1D(_ function: String, _ layers: String) -> String {
        #"{"function": "\#(function)", "domain": {"x": [-2, 2]}, "layers": [\#(layers)]}"#
    }

    private func scene2DWith(_ function: String, _ layers: String) -> String {
        #"{"function": "\#(function)", "domain": {"x": [-2, 2], "y": [-2, 2]}, "layers": [\#(layers)]}"#
    }

    private func evaluatedLayers(_ json: String, file: StaticString = #filePath, line: UInt = #line) -> [EvaluatedLayer] {
        guard let scene = parseScene(json, sourceFile: file, line: line) else { return [] }
        return SceneEvaluator.evaluate(scene).layers
    }

    // MARK: 1-D layers

    func testTangentSlopeAndInterceptAreExact() {
        // f = x³ − 3x at x₀ = 1.5: f(x₀) = −1.125, f′(x₀) = 3x₀² − 3 = 3.75, intercept f(x₀) − f′(x₀)x₀ = −6.75.
        let layers = evaluatedLayers(scene1D("x^3 - 3*x", #"{"type": "tangent", "at": 1.5}"#))
        guard case let (point, slope, line)? = (layers.first as? TangentLayerSpec.Evaluated).map({ ($0.point, $0.slope, $0.line) }) else { return XCTFail("\(layers)") }
        assertClose(point.x, 1.5, 1e-12, "x0")
        assertClose(point.y, -1.125, 1e-12, "f(x0)")
        assertClose(slope, 3.75, 1e-12, "slope")
        XCTAssertEqual(line.map(\.x), [-2, 2], "across the whole domain by default")
        for p in line { assertClose(p.y, 3.75 * p.x - 6.75, 1e-12, "tangent line at x = \(p.x)") }
    }

    func testTangentOfATranscendentalFunctionAndItsLength() {
        // f = eˣ sin x: f′ = eˣ(sin x + cos x).
        let x0 = 0.7
        let layers = evaluatedLayers(scene1D("exp(x)*sin(x)", #"{"type": "tangent", "at": [0.7], "length": 1}"#))
        guard case let (point, slope, line)? = (layers.first as? TangentLayerSpec.Evaluated).map({ ($0.point, $0.slope, $0.line) }) else { return XCTFail("\(layers)") }
        assertClose(point.y, exp(x0) * sin(x0), 1e-12, "f(x0)")
        assertClose(slope, exp(x0) * (sin(x0) + cos(x0)), 1e-12, "f'(x0)")
        assertClose(line[0].x, 0.2, 1e-12, "left end")
        assertClose(line[1].x, 1.2, 1e-12, "right end")
    }

    func testSecantPassesThroughBothPoints() {
        // f = x² at x₀ = 1, h = 0.5: (1, 1) and (1.5, 2.25), slope 2.5.
        let layers = evaluatedLayers(scene1D("x^2", #"{"type": "secant", "at": 1, "h": 0.5}"#))
        guard case let (spec, from, to, line)? = (layers.first as? SecantLayerSpec.Evaluated).map({ ($0.spec, $0.from, $0.to, $0.line) }) else { return XCTFail("\(layers)") }
        XCTAssertTrue(spec.legs, "legs are drawn by default")
        assertClose(from.y, 1, 1e-12, "f(x0)")
        assertClose(to.x, 1.5, 1e-12, "x0 + h")
        assertClose(to.y, 2.25, 1e-12, "f(x0 + h)")
        let slope = (line[1].y - line[0].y) / (line[1].x - line[0].x)
        assertClose(slope, 2.5, 1e-12, "difference quotient")
        for p in [from, to] { assertClose(line[0].y + slope * (p.x - line[0].x), p.y, 1e-12, "line through \(p)") }
    }

    func testSecantWithANegativeStep() {
        let layers = evaluatedLayers(scene1D("x^2", #"{"type": "secant", "at": 1, "h": -0.5, "legs": false}"#))
        guard case let (spec, to)? = (layers.first as? SecantLayerSpec.Evaluated).map({ ($0.spec, $0.to) }) else { return XCTFail("\(layers)") }
        XCTAssertFalse(spec.legs)
        assertClose(to.x, 0.5)
        assertClose(to.y, 0.25)
    }

    func testChordEndpointsAndPoints() {
        let layers = evaluatedLayers(scene1D("exp(x)", #"""
            {"type": "chord", "from": -1, "to": 2, "label": "chord"},
            {"type": "points", "x": [0, 1], "labels": ["$a$", "$b$"]},
            {"type": "interval", "from": -1, "to": 2, "label": "$[a, b]$"}
            """#))
        guard layers.count == 3, case let (a, b)? = (layers[0] as? ChordLayerSpec.Evaluated).map({ ($0.from, $0.to) }), case let (spec, points, slopes)? = (layers[1] as? PointsLayerSpec.Evaluated).map({ ($0.spec, $0.points, $0.slopes) }),
              case let interval? = (layers[2] as? IntervalLayerSpec.Evaluated).map({ $0.spec })
        else { return XCTFail("\(layers)") }
        assertClose(a.x, -1)
        assertClose(a.y, exp(-1.0))
        assertClose(b.y, exp(2.0))
        XCTAssertEqual(spec.labels, ["$a$", "$b$"])
        assertClose(points[0].y, 1)
        assertClose(points[1].y, exp(1.0))
        assertClose(slopes[1], exp(1.0), 1e-12, "f'(1) = e")
        XCTAssertEqual(spec.labelSide, .above)
        XCTAssertEqual(interval.from, -1)
        XCTAssertEqual(interval.to, 2)
    }

    // MARK: 2-D layers

    func testConstraintCurvePointsLieOnTheCurve() {
        // After the Newton projection every vertex satisfies |g| ≤ 1e-9 (a linear g exactly, up to rounding).
        let cases: [(layer: String, g: (Point2) -> Double)] = [
            (#"{"type": "constraint", "g": "x^2 + y^2 - 1"}"#, { $0.x * $0.x + $0.y * $0.y - 1 }),
            (#"{"type": "constraint", "g": "x + y - 1"}"#, { $0.x + $0.y - 1 }),
            (#"{"type": "constraint", "g": "x^2/a^2 + y^2 - 1", "params": {"a": 1.5}}"#,
             { $0.x * $0.x / 2.25 + $0.y * $0.y - 1 }),
        ]
        for (layer, g) in cases {
            let layers = evaluatedLayers(scene2DWith("x^2 + y^2", layer))
            guard case let lines? = (layers.first as? ConstraintLayerSpec.Evaluated).map({ $0.lines }) else { return XCTFail("\(layers)") }
            let points = lines.flatMap(\.points)
            XCTAssertGreaterThan(points.count, 100, layer)
            for p in points { XCTAssertLessThanOrEqual(abs(g(p)), 1e-9, "\(layer) at \(p)") }
        }
    }

    func testConstraintCircleIsClosedAndCoversAllAngles() {
        let layers = evaluatedLayers(scene2DWith("x^2 + y^2", #"{"type": "constraint", "g": "x^2 + y^2 - 1"}"#))
        guard case let lines? = (layers.first as? ConstraintLayerSpec.Evaluated).map({ $0.lines }) else { return XCTFail("\(layers)") }
        XCTAssertEqual(lines.count, 1)
        XCTAssertTrue(lines[0].isClosed)
        let angles = lines[0].points.map { atan2($0.y, $0.x) }
        XCTAssertLessThan(angles.min()!, -3.1)
        XCTAssertGreaterThan(angles.max()!, 3.1)
    }

    func testParametricSamplingEndpointsAndDirection() {
        let layers = evaluatedLayers(scene2DWith("x^2 + y^2", #"""
            {"type": "parametric", "x": "r*cos(t)", "y": "r*sin(t)", "params": {"r": 1.5}, "t": [0, 3.141592653589793],
             "samples": 101, "markers": [1.5707963267948966], "velocity": true}
            """#))
        guard case let (spec, path, markers, velocities)? = (layers.first as? ParametricLayerSpec.Evaluated).map({ ($0.spec, $0.path, $0.markers, $0.velocities) }) else {
            return XCTFail("\(layers)")
        }
        XCTAssertEqual(path.count, 101)
        XCTAssertTrue(spec.velocity)
        assertClose(path[0].x, 1.5, 1e-12, "x(t_min)")
        assertClose(path[0].y, 0, 1e-12, "y(t_min)")
        assertClose(path[100].x, -1.5, 1e-12, "x(t_max)")
        XCTAssertLessThan(abs(path[100].y), 1e-12, "y(t_max)")
        XCTAssertGreaterThan(path[1].y, 0, "increasing t runs counter-clockwise")
        XCTAssertLessThan(path[1].x, path[0].x)
        // Exact velocity (x′, y′) = (−r sin t, r cos t) at t = π/2.
        assertClose(markers[0].y, 1.5)
        assertClose(velocities[0].x, -1.5)
        XCTAssertLessThan(abs(velocities[0].y), 1e-12)
    }

    func testVectorArrowsOfTheGradient() {
        let layers = evaluatedLayers(scene2DWith("x^2 + 10*y^2", #"""
            {"type": "vector", "at": [1, 1], "of": "gradient"},
            {"type": "vector", "at": [[1, 1], [-1, 0.5]], "of": "descent", "scale": 0.1},
            {"type": "vector", "at": [0, 0], "of": [1, -2]},
            {"type": "vector", "at": [2, 3], "of": "gradient", "function": "a*x*y", "params": {"a": 2}}
            """#))
        guard layers.count == 4,
              case let (tails0, gradient)? = (layers[0] as? VectorLayerSpec.Evaluated).map({ ($0.tails, $0.vectors) }),
              case let (descentSpec, tails1, descent)? = (layers[1] as? VectorLayerSpec.Evaluated).map({ ($0.spec, $0.tails, $0.vectors) }),
              case let fixed? = (layers[2] as? VectorLayerSpec.Evaluated).map({ $0.vectors }),
              case let (gSpec, other)? = (layers[3] as? VectorLayerSpec.Evaluated).map({ ($0.spec, $0.vectors) })
        else { return XCTFail("\(layers)") }
        XCTAssertEqual(tails0, [Point2(1, 1)])
        XCTAssertEqual(gradient, [Point2(2, 20)])
        XCTAssertEqual(tails1, [Point2(1, 1), Point2(-1, 0.5)])
        XCTAssertEqual(descent, [Point2(-2, -20), Point2(2, -10)])
        XCTAssertEqual(descentSpec.scale, 0.1)
        XCTAssertEqual(fixed, [Point2(1, -2)])
        XCTAssertEqual(gSpec.function, "a*x*y")
        XCTAssertEqual(other, [Point2(6, 4)], "∇(2xy) = (2y, 2x) at (2, 3)")
    }

    func testAnnotationInBothDimensions() {
        let one = evaluatedLayers(scene1D("x^2", #"{"type": "annotation", "text": "min", "at": [0, 1], "arrow_to": [0, 0]}"#))
        guard case let spec? = (one.first as? AnnotationLayerSpec.Evaluated).map({ $0.spec }) else { return XCTFail("\(one)") }
        XCTAssertEqual(spec.at, [0, 1])
        XCTAssertEqual(spec.arrowTo, [0, 0])
        let two = evaluatedLayers(scene2DWith("x^2 + y^2", #"{"type": "annotation", "text": "$\\mathbf{x}^\\star$", "at": [1, 1]}"#))
        guard case let spec2? = (two.first as? AnnotationLayerSpec.Evaluated).map({ $0.spec }) else { return XCTFail("\(two)") }
        XCTAssertNil(spec2.arrowTo)
        XCTAssertEqual(spec2.text, #"$\mathbf{x}^\star$"#)
    }

    // MARK: Reader errors

    func testOneDimensionalLayerErrors() {
        let issues = sceneIssues(scene1D("x^2", #"""
            {"type": "tangent"},
            {"type": "tangent", "at": "left", "length": -1, "colour": "#ff0000"},
            {"type": "secant", "at": 1, "h": 0, "leg_labels": ["$h$"]},
            {"type": "points", "x": [], "labels": ["a"]},
            {"type": "points", "x": [1, 2], "labels": ["a"]},
            {"type": "interval", "from": 1, "to": 1},
            {"type": "chord", "from": 0}
            """#))
        XCTAssertEqual(issues.lines, [
            "$.layers[0].at: missing; expected an x value such as 1.5",
            #"$.layers[1].colour: unknown key "colour"; did you mean "color"?"#,
            #"$.layers[1].at: expected an x value such as 1.5, got "left""#,
            "$.layers[1].length: expected a positive number, got -1",
            "$.layers[2].h: expected a non-zero number, got 0",
            #"$.layers[2].leg_labels: expected an array of 2 strings, got ["$h$"]"#,
            "$.layers[3].x: expected a non-empty array of numbers, got []",
            "$.layers[4].labels: expected an array of 2 strings, got [\"a\"]",
            #"$.layers[5].to: expected a number greater than "from" (1), got 1"#,
            "$.layers[6].to: missing; expected a number",
        ])
    }

    func testLayersInTheWrongDimension() {
        let oneD = sceneIssues(scene1D("x^2", #"{"type": "constraint", "g": "x + y"}, {"type": "vector", "at": [0, 0], "of": "gradient"}"#))
        XCTAssertEqual(oneD.lines, [
            #"$.layers[0].type: "constraint" layers need a 2-D scene, but this scene is 1-D"#,
            #"$.layers[1].type: "vector" layers need a 2-D scene, but this scene is 1-D"#,
        ])
        let twoD = sceneIssues(scene2DWith("x^2 + y^2", #"{"type": "tangent", "at": 1}, {"type": "chord", "from": 0, "to": 1}"#))
        XCTAssertEqual(twoD.lines, [
            #"$.layers[0].type: "tangent" layers need a 1-D scene, but this scene is 2-D"#,
            #"$.layers[1].type: "chord" layers need a 1-D scene, but this scene is 2-D"#,
        ])
    }

    func testConstraintExpressionErrorsCarryTheColumn() {
        let issues = sceneIssues(scene2DWith("x^2 + y^2", #"""
            {"type": "constraint", "g": "x + * y"},
            {"type": "constraint", "g": "x + z - 1"},
            {"type": "constraint"},
            {"type": "constraint", "g": "x - c", "params": {"x": 1, "c": "one"}}
            """#))
        XCTAssertEqual(issues.count, 5, issues.lines.joined(separator: "\n"))
        XCTAssertEqual(issues[0].path, "$.layers[0].g")
        XCTAssertTrue(issues[0].message.contains("at column 5"), issues[0].message)
        XCTAssertEqual(issues[0].detail, "x + * y\n    ^")
        XCTAssertEqual(issues[1].path, "$.layers[1].g")
        XCTAssertTrue(issues[1].message.contains("at column 5"), issues[1].message)
        XCTAssertEqual(issues[2].description, #"$.layers[2].g: missing; expected an expression in x and y such as "x + y - 1""#)
        XCTAssertEqual(issues[3].path, "$.layers[3].params.c")
        XCTAssertEqual(issues[4].path, "$.layers[3].params.x")
    }

    func testParametricErrors() {
        let issues = sceneIssues(scene2DWith("x^2 + y^2", #"""
            {"type": "parametric", "x": "cos(t)", "y": "sin(x)", "t": [1, 0]},
            {"type": "parametric", "x": "t", "y": "t^2", "t": [0, 1], "samples": 1, "markers": [0.5, 2],
             "marker_labels": ["a"]},
            {"type": "parametric", "y": "t"}
            """#))
        XCTAssertEqual(issues.map(\.path), [
            "$.layers[0].y", "$.layers[0].t",
            "$.layers[1].markers[1]", "$.layers[1].samples", "$.layers[1].marker_labels",
            "$.layers[2].x", "$.layers[2].t",
        ], issues.lines.joined(separator: "\n"))
        XCTAssertTrue(issues[0].message.contains("at column 5"), issues[0].message)
        XCTAssertEqual(issues[1].message, "expected min < max, got [1, 0]")
        XCTAssertEqual(issues[2].message, #"expected a t within "t" [0, 1], got 2"#)
        XCTAssertEqual(issues[3].message, "expected an integer between 2 and 20000, got 1")
    }

    func testVectorAndAnnotationErrors() {
        let issues = sceneIssues(scene2DWith("x^2 + y^2", #"""
            {"type": "vector", "at": [1], "of": "gradiant"},
            {"type": "vector", "at": [[0, 0], [1, "a"]], "of": [1, 2], "function": "x*y", "scale": 0},
            {"type": "vector", "of": "descent", "params": {"a": 1}},
            {"type": "annotation", "at": [1, 2, 3], "arrow": [0, 0]}
            """#))
        XCTAssertEqual(issues.lines, [
            "$.layers[0].at: expected an array of 2 numbers [x, y], got [1]",
            #"$.layers[0].of: expected "gradient", "descent" or a vector [vx, vy]; got "gradiant"; did you mean "gradient"?"#,
            #"$.layers[1].at[1][1]: expected a number, got "a""#,
            #"$.layers[1].function: "function" goes with "of": "gradient" or "descent"; remove it"#,
            "$.layers[1].scale: expected a positive number, got 0",
            "$.layers[2].at: missing; expected a point [x, y] or a list of points [[x1, y1], [x2, y2]]",
            #"$.layers[2].params: "params" names constants of "function"; give a "function" or remove it"#,
            #"$.layers[3].arrow: unknown key "arrow"; did you mean "arrow_to"?"#,
            "$.layers[3].text: missing; expected the text to write",
            "$.layers[3].at: expected an array of 2 numbers [x, y], got [1, 2, 3]",
        ])
    }

    func testLayersInsidePanelsReportPanelPaths() {
        let issues = sceneIssues(#"""
            {"function": "x^2", "domain": {"x": [-2, 2]},
             "panels": [{"layers": [{"type": "curve"}]}, {"layers": [{"type": "chord", "from": 2, "to": 1}]}]}
            """#)
        XCTAssertEqual(issues.lines, [#"$.panels[1].layers[0].to: expected a number greater than "from" (2), got 1"#])
    }
}
