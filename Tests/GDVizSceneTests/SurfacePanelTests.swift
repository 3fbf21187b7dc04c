import GDVizEngine
import XCTest
@testable import GDVizScene

final class SurfacePanelTests: XCTestCase {
    private func surfaceScene(_ panel: String, runs: String = "") -> String {
        """
        {"function": {"builtin": "saddle"}\(runs.isEmpty ? "" : ", \"runs\": " + runs),
         "panels": [\(panel)]}
        """
    }

    func testDefaults() throws {
        let scene = try XCTUnwrap(parseScene(surfaceScene(#"{"type": "surface"}"#)))
        guard let spec = scene.panels.first?.content as? SurfacePanelSpec else { return XCTFail("\(scene.panels)") }
        XCTAssertEqual(spec, SurfacePanelSpec())
        XCTAssertEqual(spec.azimuth, -60)
        XCTAssertEqual(spec.elevation, 30)
        XCTAssertEqual(spec.resolution, 40)
        XCTAssertTrue(spec.floorContours)
        XCTAssertTrue(spec.criticalPoints)
        XCTAssertNil(spec.runLabels)
    }

    func testEveryKeyIsRead() throws {
        let json = surfaceScene(#"""
            {"type": "surface", "title": "saddle", "azimuth": 135, "elevation": -20, "resolution": 12,
             "levels": [-1, 0, 1], "floor_gradient": true, "colormap": "magma", "runs": ["B"],
             "critical_points": false, "z_label": "$z$"}
            """#, runs: #"[{"label": "A", "start": [1, 0.1]}, {"label": "B", "start": [1, -0.1]}]"#)
        let scene = try XCTUnwrap(parseScene(json))
        XCTAssertEqual(scene.panels, [PanelSpec(SurfacePanelSpec(
            title: "saddle", azimuth: 135, elevation: -20, resolution: 12, floorContours: true, levels: .values([-1, 0, 1]),
            floorGradient: true, colormap: .magma, runLabels: ["B"], criticalPoints: false, zLabel: "$z$"))])
    }

    func testReaderErrors() {
        let issues = sceneIssues(surfaceScene(#"""
            {"type": "surface", "azimuth": 400, "elevation": 95, "resolution": 2, "runs": ["fast"],
             "floor_contours": false, "levels": 5, "azimut": 3, "colormap": "jet"}
            """#, runs: #"[{"label": "slow", "start": [1, 1]}]"#))
        XCTAssertEqual(issues.lines, [
            #"$.panels[0].azimut: unknown key "azimut"; did you mean "azimuth"?"#,
            "$.panels[0].azimuth: expected an angle in degrees between -360 and 360, got 400",
            "$.panels[0].elevation: expected an angle in degrees between -90 and 90, got 95",
            "$.panels[0].resolution: expected an integer between 4 and 150, got 2",
            #"$.panels[0].levels: "levels" sets the floor contours, which "floor_contours": false turns off"#,
            #"$.panels[0].colormap: expected one of "viridis", "cividis", "magma", "greys"; got "jet""#,
            #"$.panels[0].runs[0]: no run labelled "fast"; the run labels are "slow""#,
        ])
    }

    func testOneDimensionalSceneIsRejected() {
        let issues = sceneIssues(#"{"function": "x^2", "domain": {"x": [-1, 1]}, "panels": [{"type": "surface"}]}"#)
        XCTAssertEqual(issues.lines, [
            #"$.panels[0].type: a "surface" panel draws f(x, y) and needs a 2-D scene, but this scene is 1-D; "#
                + #"use a "plot" panel with a "curve" layer"#,
        ])
    }

    // MARK: Evaluation

    func testEvaluationSamplesTheMeshWithExactGradients() throws {
        let json = surfaceScene(#"{"type": "surface", "resolution": 10, "floor_gradient": true}"#,
                                runs: #"[{"label": "gd", "start": [1.5, 0.05], "lr": 0.1, "max_steps": 12}]"#)
        let evaluated = SceneEvaluator.evaluate(try XCTUnwrap(parseScene(json)))
        guard let surface = (evaluated.panels.first as? SurfacePanelSpec.Evaluated)?.surface else { return XCTFail("\(evaluated.panels)") }
        XCTAssertEqual(surface.mesh.columns, 11)
        XCTAssertEqual(surface.mesh.rows, 11)
        XCTAssertEqual(surface.gradients.count, 121)
        // f = x² − y² on [−2, 2]²: vertex (i, j) = (−2 + 0.4 i, −2 + 0.4 j), ∇f = (2x, −2y).
        let (i, j) = (3, 8)
        let x = -2 + 0.4 * Double(i), y = -2 + 0.4 * Double(j)
        XCTAssertEqual(surface.mesh[i, j], x * x - y * y, accuracy: 1e-12)
        XCTAssertEqual(surface.gradients[j * 11 + i].x, 2 * x, accuracy: 1e-12)
        XCTAssertEqual(surface.gradients[j * 11 + i].y, -2 * y, accuracy: 1e-12)
        XCTAssertEqual(surface.valueRange.lowerBound, -4, accuracy: 1e-12)
        XCTAssertEqual(surface.valueRange.upperBound, 4, accuracy: 1e-12)
        XCTAssertEqual(surface.floorContours.count, 12)
        XCTAssertEqual(surface.floorGradient.count, 15 * 15)
        let saddle = try XCTUnwrap(surface.criticalPoints.first)
        XCTAssertEqual(surface.criticalPoints.count, 1)
        XCTAssertEqual(saddle.kind, .saddle)
        XCTAssertEqual(saddle.point.norm, 0, accuracy: 1e-9)
    }

    /// The run's path follows the surface: pieces of at most half a cell, heights f on the path,
    /// iterates at the trajectory's points; a run that leaves the domain is cut at its boundary.
    func testRunsAreLiftedOntoTheSurface() throws {
        let json = surfaceScene(#"{"type": "surface", "resolution": 10}"#,
                                runs: #"[{"label": "gd", "start": [1.5, 0.05], "lr": 0.1, "max_steps": 30}]"#)
        let evaluated = SceneEvaluator.evaluate(try XCTUnwrap(parseScene(json)))
        guard let surface = (evaluated.panels.first as? SurfacePanelSpec.Evaluated)?.surface else { return XCTFail() }
        let lifted = try XCTUnwrap(surface.runs.first)
        let trajectory = evaluated.runs[0].trajectory
        XCTAssertTrue(lifted.leftDomain, "gd on x² − y² escapes along y")
        let cell = 4.0 / 10
        for (a, b) in zip(lifted.points, lifted.points.dropFirst()) {
            XCTAssertLessThanOrEqual(a.distance(to: b), cell / 2 + 1e-12)
        }
        for (p, z) in zip(lifted.points, lifted.heights) { XCTAssertEqual(z, p.x * p.x - p.y * p.y, accuracy: 1e-12) }
        for (k, index) in lifted.iterates.enumerated() { XCTAssertEqual(lifted.points[index], trajectory.points[k]) }
        let last = try XCTUnwrap(lifted.points.last)
        XCTAssertEqual(abs(last.y), 2, accuracy: 1e-12, "cut where y leaves [−2, 2]")
        XCTAssertLessThan(lifted.iterates.count, trajectory.points.count)
    }

    func testRunsDefaultToEveryRunAndEmptyListToNone() throws {
        let runs = #"[{"label": "a", "start": [1, 0.1]}, {"label": "b", "start": [-1, 0.1]}]"#
        let all = SceneEvaluator.evaluate(try XCTUnwrap(parseScene(surfaceScene(#"{"type": "surface"}"#, runs: runs))))
        let none = SceneEvaluator.evaluate(try XCTUnwrap(parseScene(
            surfaceScene(#"{"type": "surface", "runs": [], "floor_contours": false, "critical_points": false}"#, runs: runs))))
        guard let a = (all.panels[0] as? SurfacePanelSpec.Evaluated)?.surface, let b = (none.panels[0] as? SurfacePanelSpec.Evaluated)?.surface else { return XCTFail() }
        XCTAssertEqual(a.runs.map(\.run), [0, 1])
        XCTAssertEqual(b.runs.count, 0)
        XCTAssertTrue(b.floorContours.isEmpty)
        XCTAssertTrue(b.criticalPoints.isEmpty)
    }
}
