import GDVizEngine
import XCTest
@testable import GDVizScene

/// Issue 10 item 5: run ids, colours and widths; trajectory markers, step numbers and end labels;
/// contour colour; colour-bar label; parametric arrow. Each key reads, and each bad value is an
/// error at its JSON path.
final class RunStyleKeyTests: XCTestCase {
    private func trajectories(_ layer: String, runs: String = #"[{"label": "A", "start": [1, 1]}]"#) -> String {
        scene2D(#""runs": \#(runs), "layers": [\#(layer)]"#)
    }

    func testRunIdIsAReferenceAndTheLabelStillWorks() throws {
        let runs = #"[{"id": "fast", "label": "GD, $\\eta = 0.1$", "start": [1, 1], "line_width": 3}, {"label": "slow", "start": [2, 1]}]"#
        let scene = try XCTUnwrap(parseScene(trajectories(#"{"type": "trajectories", "runs": ["fast", "slow"]}"#, runs: runs)))
        XCTAssertEqual(scene.runs[0].id, "fast")
        XCTAssertEqual(scene.runs[0].lineWidth, 3)
        XCTAssertNil(scene.runs[1].lineWidth)
        let layer = try XCTUnwrap(scene.layers.first?.content as? TrajectoryLayerSpec)
        // Layers hold run labels: an id is resolved to its run's label when read.
        XCTAssertEqual(layer.runLabels, ["GD, $\\eta = 0.1$", "slow"])
    }

    func testRunIdErrorsNameTheirPaths() {
        let duplicate = #"[{"id": "a", "start": [1, 1]}, {"id": "a", "start": [2, 1]}]"#
        XCTAssertEqual(sceneIssues(trajectories(#"{"type": "trajectories"}"#, runs: duplicate)).lines,
                       [#"$.runs[1].id: duplicate run id "a"; $.runs[0] has it too"#])
        let clash = #"[{"id": "B", "label": "A", "start": [1, 1]}, {"label": "B", "start": [2, 1]}]"#
        XCTAssertEqual(sceneIssues(trajectories(#"{"type": "trajectories"}"#, runs: clash)).lines,
                       [#"$.runs[0].id: the id "B" is the label of $.runs[1]; a reference to it would be ambiguous, so pick another id"#])
        let unknown = #"[{"id": "fast", "label": "A", "start": [1, 1]}]"#
        XCTAssertEqual(sceneIssues(trajectories(#"{"type": "trajectories", "runs": ["fats"]}"#, runs: unknown)).lines,
                       [#"$.layers[0].runs[0]: no run with id or label "fats"; the run labels are "A" and the run ids "fast"; did you mean "fast"?"#])
        XCTAssertEqual(sceneIssues(scene2D(#""runs": [{"id": "", "start": [1, 1]}]"#)).lines.count, 1)
        XCTAssertEqual(sceneIssues(scene2D(#""runs": [{"start": [1, 1], "line_width": 0}]"#)).lines,
                       ["$.runs[0].line_width: expected a number between 0.25 and 12, got 0"])
        XCTAssertEqual(sceneIssues(scene2D(#""runs": [{"start": [1, 1], "line_width": "thick"}]"#)).lines,
                       [#"$.runs[0].line_width: expected a number between 0.25 and 12, got "thick""#])
    }

    func testMarkerAndStepNumberSettings() throws {
        func layer(_ keys: String) throws -> TrajectoryLayerSpec {
            let scene = try XCTUnwrap(parseScene(trajectories(#"{"type": "trajectories"\#(keys)}"#)))
            return try XCTUnwrap(scene.layers.first?.content as? TrajectoryLayerSpec)
        }
        XCTAssertEqual(try layer("").markers, .auto)
        XCTAssertEqual(try layer("").stepNumbers, TrajectoryMarks.none)
        XCTAssertEqual(try layer(#", "markers": true"#).markers, .all)
        XCTAssertEqual(try layer(#", "markers": false"#).markers, TrajectoryMarks.none)
        XCTAssertEqual(try layer(#", "markers": 5"#).markers, .every(5))
        XCTAssertEqual(try layer(#", "markers": "auto""#).markers, .auto)
        // true for step numbers means thinned: numbers are never allowed to pile up.
        XCTAssertEqual(try layer(#", "step_numbers": true"#).stepNumbers, .auto)
        XCTAssertEqual(try layer(#", "step_numbers": 10"#).stepNumbers, .every(10))
        XCTAssertEqual(try layer(#", "label_ends": true"#).labelEnds, true)
        XCTAssertEqual(sceneIssues(trajectories(#"{"type": "trajectories", "markers": 0}"#)).lines,
                       ["$.layers[0].markers: expected an integer between 1 and 1000000, got 0"])
        XCTAssertEqual(sceneIssues(trajectories(#"{"type": "trajectories", "markers": "some"}"#)).lines,
                       [#"$.layers[0].markers: expected true, false, "auto" or a whole number k (every k-th iterate), got "some""#])
        XCTAssertEqual(sceneIssues(trajectories(#"{"type": "trajectories", "step_numbers": 2.5}"#)).lines,
                       ["$.layers[0].step_numbers: expected an integer between 1 and 1000000, got 2.5"])
        XCTAssertEqual(sceneIssues(trajectories(#"{"type": "trajectories", "label_ends": "yes"}"#)).lines,
                       [#"$.layers[0].label_ends: expected true or false, got "yes""#])
    }

    func testContourColour() throws {
        let scene = try XCTUnwrap(parseScene(scene2D(##""layers": [{"type": "contours", "color": "#404040"}]"##)))
        XCTAssertEqual((scene.layers.first?.content as? ContourLayerSpec)?.color, "#404040")
        XCTAssertEqual(sceneIssues(scene2D(##""layers": [{"type": "contours", "color": "#404040", "colormap": "magma"}]"##)).lines,
                       [#"$.layers[0].color: "color" gives every line one colour, "colormap" colours them by level; keep one of them"#])
        XCTAssertEqual(sceneIssues(scene2D(#""layers": [{"type": "contours", "color": "grey"}]"#)).lines,
                       [##"$.layers[0].color: expected a color "#rrggbb", got "grey" (e.g. "#d62728")"##])
    }

    func testColourBarLabelAndLogOrigin() throws {
        let scene = try XCTUnwrap(parseScene(scene2D(
            #""layers": [{"type": "filled_contours", "spacing": "log", "colorbar": {"label": "$f(x, y)$"}}]"#)))
        let spec = try XCTUnwrap(scene.layers.first?.content as? FilledContourLayerSpec)
        XCTAssertEqual(spec.colorbarLabel, "$f(x, y)$")
        XCTAssertTrue(spec.colorbar)
        let evaluated = SceneEvaluator.evaluate(scene)
        let layer = try XCTUnwrap(evaluated.layers.first as? FilledContourLayerSpec.Evaluated)
        // Log levels step through f − (the sampled minimum), which for x² + 10y² is just above 0.
        XCTAssertEqual(layer.logOrigin, layer.grid.finiteRange?.lowerBound)
        XCTAssertEqual(try XCTUnwrap(layer.logOrigin), 0, accuracy: 0.01)
        XCTAssertEqual(sceneIssues(scene2D(#""layers": [{"type": "filled_contours", "colorbar": {"lable": "f"}}]"#)).lines.count, 1)
        XCTAssertEqual(sceneIssues(scene2D(#""layers": [{"type": "filled_contours", "colorbar": "yes"}]"#)).lines,
                       [#"$.layers[0].colorbar: expected true, false or {"label": …}, got "yes""#])
        XCTAssertEqual(sceneIssues(scene2D(#""layers": [{"type": "filled_contours", "colorbar": {"label": "$\\frac{1$"}}]"#))
            .lines.first?.hasPrefix("$.layers[0].colorbar.label:"), true)
    }

    func testParametricArrowCanBeTurnedOff() throws {
        let layer = #"{"type": "parametric", "x": "cos(t)", "y": "sin(t)", "t": [0, 3], "arrow": false}"#
        let scene = try XCTUnwrap(parseScene(scene2D(#""layers": [\#(layer)]"#)))
        XCTAssertEqual((scene.layers.first?.content as? ParametricLayerSpec)?.arrow, false)
        XCTAssertEqual(sceneIssues(scene2D(#""layers": [{"type": "parametric", "x": "t", "y": "t", "t": [0, 1], "arrow": 1}]"#)).lines,
                       ["$.layers[0].arrow: expected true or false, got 1"])
    }
}
