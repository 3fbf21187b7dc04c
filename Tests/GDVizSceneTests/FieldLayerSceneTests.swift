import GDVizEngine
import XCTest
@testable import GDVizScene

/// Reading and evaluating `filled_contours`, `gradient_field` and `streamlines`.
final class FieldLayerSceneTests: XCTestCase {
    func testDefaults() throws {
        let scene = try XCTUnwrap(parseScene(scene2D(
            #""layers": [{"type": "filled_contours"}, {"type": "gradient_field"}, {"type": "streamlines"}]"#)))
        XCTAssertEqual(scene.layers, [
            LayerSpec(FilledContourLayerSpec()),
            LayerSpec(GradientFieldLayerSpec()),
            LayerSpec(StreamlineLayerSpec()),
        ])
        let filled = FilledContourLayerSpec()
        XCTAssertEqual(filled.levels, .count(12, spacing: .linear))
        XCTAssertEqual(filled.colormap, .viridis)
        XCTAssertTrue(filled.colorbar)
        XCTAssertFalse(filled.lines)
        let field = GradientFieldLayerSpec()
        XCTAssertEqual(field.direction, .descent)
        XCTAssertEqual(field.grid, 15)
        XCTAssertEqual(field.length, .normalized)
        XCTAssertEqual(StreamlineLayerSpec().separation(in: scene.domain), 8.0 / 20, accuracy: 1e-15)
    }

    func testEveryKeyIsRead() throws {
        let scene = try XCTUnwrap(parseScene(scene2D(#"""
        "layers": [
          {"type": "filled_contours", "levels": [-1, 0, 2], "colormap": "diverging", "center": 0.5,
           "colorbar": false, "lines": true},
          {"type": "filled_contours", "levels": 7, "spacing": "log", "colormap": "magma"},
          {"type": "gradient_field", "direction": "ascent", "grid": 9, "length": "proportional",
           "color": "#AA0000", "label": ""},
          {"type": "streamlines", "direction": "ascent", "separation": 0.3, "color": "#123456",
           "line_width": 0.8, "arrows": false, "label": "flow"}
        ]
        """#)))
        XCTAssertEqual(scene.layers, [
            LayerSpec(FilledContourLayerSpec(levels: .values([-1, 0, 2]), colormap: .diverging, center: 0.5,
                                                   colorbar: false, lines: true)),
            LayerSpec(FilledContourLayerSpec(levels: .count(7, spacing: .log), colormap: .magma)),
            LayerSpec(GradientFieldLayerSpec(direction: .ascent, grid: 9, length: .proportional,
                                                  color: "#aa0000", label: "")),
            LayerSpec(StreamlineLayerSpec(direction: .ascent, separation: 0.3, color: "#123456", lineWidth: 0.8,
                                             arrows: false, label: "flow")),
        ])
    }

    func testProblemsAreReportedWithPaths() {
        let issues = sceneIssues(scene2D(#"""
        "layers": [
          {"type": "filled_contours", "levels": [0, 0], "center": 1, "colourbar": true, "colormap": "diverge"},
          {"type": "gradient_field", "grid": 1, "length": "magnitude", "direction": "down"},
          {"type": "streamlines", "separation": 0, "density": 2, "arrows": "yes"},
          {"type": "contourf"}
        ]
        """#))
        XCTAssertEqual(issues.lines, [
            #"$.layers[0].colourbar: unknown key "colourbar"; did you mean "colorbar"?"#,
            "$.layers[0].levels[1]: expected a level greater than 0 (levels must increase), got 0",
            #"$.layers[0].colormap: expected one of "viridis", "cividis", "magma", "greys", "diverging"; got "diverge"; did you mean "diverging"?"#,
            #"$.layers[0].center: "center" applies only to "colormap": "diverging"; remove it or use that colormap"#,
            #"$.layers[1].direction: expected one of "descent", "ascent"; got "down""#,
            "$.layers[1].grid: expected an integer between 2 and 80, got 1",
            #"$.layers[1].length: expected one of "normalized", "proportional"; got "magnitude"; did you mean "proportional"?"#,
            #"$.layers[2].density: unknown key "density"; did you mean "separation"?"#,
            "$.layers[2].separation: expected a positive number, got 0",
            #"$.layers[2].arrows: expected true or false, got "yes""#,
            #"$.layers[3].type: expected one of \#(LayerTable.kinds.map { "\"\($0.name)\"" }.joined(separator: ", ")); got "contourf"; did you mean "filled_contours"?"#,
        ])
    }

    func testTheLayersNeedATwoDimensionalScene() {
        let issues = sceneIssues(#"{"function": "x^2", "domain": {"x": [-1, 1]}, "layers": [{"type": "streamlines"}]}"#)
        XCTAssertEqual(issues.lines, [#"$.layers[0].type: "streamlines" layers need a 2-D scene, but this scene is 1-D"#])
    }

    /// The evaluator samples f on the contour grid (shared with `contours`), chooses levels as
    /// contours do, and computes exact gradients and flow lines.
    func testEvaluation() throws {
        let scene = try XCTUnwrap(parseScene(scene2D(#"""
        "resolution": 50,
        "layers": [
          {"type": "contours", "levels": 5},
          {"type": "filled_contours", "levels": 5, "lines": true},
          {"type": "gradient_field", "grid": 10, "length": "proportional"},
          {"type": "streamlines", "separation": 0.5}
        ]
        """#)))
        let layers = SceneEvaluator.evaluate(scene).layers
        XCTAssertEqual(layers.count, 4)
        guard case let contourLevels? = (layers[0] as? ContourLayerSpec.Evaluated).map({ $0.levels }),
              case let (grid, levels, lines)? = (layers[1] as? FilledContourLayerSpec.Evaluated).map({ ($0.grid, $0.levels, $0.lines) }),
              case let field? = (layers[2] as? GradientFieldLayerSpec.Evaluated).map({ $0.field }),
              case let curves? = (layers[3] as? StreamlineLayerSpec.Evaluated).map({ $0.lines })
        else { return XCTFail("unexpected layers \(layers)") }
        XCTAssertEqual(grid.columns, 50)
        XCTAssertEqual(levels, contourLevels.map(\.value))
        XCTAssertEqual(lines.map(\.value), levels)
        XCTAssertEqual(field.columns, 10)
        XCTAssertEqual(field.rows, 5)
        let f = SceneEvaluator.makeObjective(scene)
        for arrow in field.arrows {
            let g = f.gradient(at: arrow.center)  // ∇(x² + 10y²) = (2x, 20y)
            XCTAssertEqual(g.x, 2 * arrow.center.x, accuracy: 1e-12)
            XCTAssertEqual(g.y, 20 * arrow.center.y, accuracy: 1e-12)
        }
        XCTAssertGreaterThan(curves.count, 5)
        for curve in curves {
            let values = curve.points.map { f.value(at: $0) }
            XCTAssertTrue(zip(values, values.dropFirst()).allSatisfy { $0 > $1 }, "descent curves go downhill")
        }
    }
}
