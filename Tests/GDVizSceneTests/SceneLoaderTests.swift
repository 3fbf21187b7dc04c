import XCTest
import GDVizEngine
@testable import GDVizScene

final class SceneLoaderTests: XCTestCase {
    func testFullSceneParsesEveryField() throws {
        let json = #"""
        {
          "version": 1,
          "title": "Gradient descent on $\\frac{1}{2}x^T A x - b^T x$",
          "size": {"width": 1024, "height": 768},
          "function": {"expression": "0.5*(a*x^2 + 2*x*y + c*y^2) - 5*x - 3*y", "params": {"a": 2, "c": 20}},
          "dimension": 2,
          "domain": {"x": [-4, 4], "y": [-2, 2.5]},
          "axes": {"x_label": "$x_1$", "y_label": "$x_2$", "equal_aspect": true, "grid": true},
          "resolution": 300,
          "runs": [
            {"label": "GD, $\\eta = 0.085$", "optimizer": "gd", "start": [-3, -1], "lr": 0.085,
             "max_steps": 50, "tolerance": 1e-8, "color": "#D62728"},
            {"start": [3, 1.5]}
          ],
          "layers": [
            {"type": "contours", "levels": 15, "spacing": "log", "line_width": 0.75, "colormap": "greys"},
            {"type": "contours", "levels": [-1, 0, 2.5, 10]},
            {"type": "trajectories", "runs": ["GD, $\\eta = 0.085$"], "markers": false, "step_numbers": true}
          ]
        }
        """#
        let scene = try XCTUnwrap(parseScene(json, file: "lectures/week3/gd-quadratic.json"))
        XCTAssertEqual(scene.name, "gd-quadratic")
        XCTAssertEqual(scene.title, "Gradient descent on $\\frac{1}{2}x^T A x - b^T x$")
        XCTAssertEqual(scene.width, 1024)
        XCTAssertEqual(scene.height, 768)
        guard case .expression(let function) = scene.function else { return XCTFail("not an expression") }
        XCTAssertEqual(function.source, "0.5*(a*x^2 + 2*x*y + c*y^2) - 5*x - 3*y")
        XCTAssertEqual(function.parameters, ["a": 2, "c": 20])
        XCTAssertEqual(function.expression.variables, ["x", "y"])
        XCTAssertEqual(function.expression.value(at: [1, 1]), 0.5 * (2 + 2 + 20) - 8, accuracy: 1e-12)
        XCTAssertEqual(scene.dimension, 2)
        XCTAssertEqual(scene.domain, Domain(xMin: -4, xMax: 4, yMin: -2, yMax: 2.5))
        XCTAssertNil(scene.valueRange)
        XCTAssertEqual(scene.axes, AxesOptions(xLabel: "$x_1$", yLabel: "$x_2$", equalAspect: true, grid: true))
        XCTAssertEqual(scene.resolution, 300)
        XCTAssertEqual(scene.runs, [
            RunSpec(label: "GD, $\\eta = 0.085$", optimizer: .gd, start: [-3, -1], learningRate: 0.085,
                    maxSteps: 50, tolerance: 1e-8, color: "#d62728"),
            {
                // No "lr": gd defaults to "auto" (1/L, resolved at evaluation; 0.1 is the fallback).
                var run = RunSpec(label: "run 2", optimizer: .gd, start: [3, 1.5], learningRate: 0.1,
                                  maxSteps: 100, tolerance: 1e-6, color: nil)
                run.autoLearningRate = true
                return run
            }(),
        ])
        XCTAssertEqual(scene.layers, [
            LayerSpec(ContourLayerSpec(levels: .count(15, spacing: .log), lineWidth: 0.75, colormap: .greys)),
            LayerSpec(ContourLayerSpec(levels: .values([-1, 0, 2.5, 10]))),
            LayerSpec(TrajectoryLayerSpec(runLabels: ["GD, $\\eta = 0.085$"], markers: TrajectoryMarks.none, stepNumbers: .auto)),
        ])
    }

    func testMinimal2DSceneGetsEveryDefault() throws {
        let scene = try XCTUnwrap(parseScene(scene2D(), file: "bowl.json"))
        XCTAssertEqual(scene.name, "bowl")
        XCTAssertNil(scene.title)
        XCTAssertEqual(scene.width, 800)
        XCTAssertEqual(scene.height, 600)
        XCTAssertEqual(scene.dimension, 2)
        XCTAssertEqual(scene.axes, AxesOptions(xLabel: "$x$", yLabel: "$y$", equalAspect: false, grid: false))
        XCTAssertEqual(scene.resolution, 200)
        XCTAssertEqual(scene.runs, [])
        XCTAssertEqual(scene.layers, [
            LayerSpec(ContourLayerSpec(levels: .count(12, spacing: .linear), lineWidth: 1, colormap: .viridis)),
            LayerSpec(TrajectoryLayerSpec(runLabels: nil, markers: .auto, stepNumbers: .none)),
        ])
    }

    func testMinimalRunGetsDefaults() throws {
        let scene = try XCTUnwrap(parseScene(scene2D(#""runs": [{"start": [1, 1]}, {"start": [2, 0], "lr": null}]"#)))
        XCTAssertEqual(scene.runs.map(\.label), ["run 1", "run 2"])
        for run in scene.runs {
            XCTAssertEqual(run.optimizer, .gd)
            XCTAssertEqual(run.learningRate, 0.1)
            XCTAssertEqual(run.maxSteps, 100)
            XCTAssertEqual(run.tolerance, 1e-6)
            XCTAssertNil(run.color)
        }
    }

    func testMinimal1DSceneGetsEveryDefault() throws {
        let scene = try XCTUnwrap(parseScene(#"{"function": "x^4 - 3*x^2", "domain": {"x": [-2, 2]}, "runs": [{"start": 1.5}]}"#))
        XCTAssertEqual(scene.dimension, 1)
        XCTAssertEqual(scene.domain.xMin, -2)
        XCTAssertEqual(scene.domain.xMax, 2)
        XCTAssertTrue(scene.domain.yMin.isNaN && scene.domain.yMax.isNaN)
        XCTAssertNil(scene.valueRange)
        XCTAssertEqual(scene.axes, AxesOptions(xLabel: "$x$", yLabel: "$f(x)$"))
        XCTAssertEqual(scene.layers, [LayerSpec(CurveLayerSpec(color: nil, lineWidth: 1.5)),
                                      LayerSpec(TrajectoryLayerSpec())])
        XCTAssertEqual(scene.runs.first?.start, [1.5])
        guard case .expression(let function) = scene.function else { return XCTFail("not an expression") }
        XCTAssertEqual(function.expression.variables, ["x"])
    }

    func test1DValueRange() throws {
        let scene = try XCTUnwrap(parseScene(#"{"function": "x^2", "domain": {"x": [-2, 2], "y": [-1, 5]}}"#))
        XCTAssertEqual(scene.valueRange, -1...5)
    }

    func testDimensionIsInferredFromTheVariablesUsed() throws {
        let oneD = try XCTUnwrap(parseScene(#"{"function": "sin(x) + pi", "domain": {"x": [0, 6]}}"#))
        XCTAssertEqual(oneD.dimension, 1)
        let twoD = try XCTUnwrap(parseScene(#"{"function": "y^2", "domain": {"x": [0, 6], "y": [-1, 1]}}"#))
        XCTAssertEqual(twoD.dimension, 2)
        let forced = try XCTUnwrap(parseScene(#"{"function": "x^2", "dimension": 2, "domain": {"x": [0, 6], "y": [-1, 1]}}"#))
        XCTAssertEqual(forced.dimension, 2)
        guard case .expression(let function) = forced.function else { return XCTFail("not an expression") }
        XCTAssertEqual(function.expression.variables, ["x", "y"])
    }

    func testCommentKeysAreIgnored() throws {
        XCTAssertNotNil(parseScene(scene2D(#""_comment": "week 3", "runs": [{"start": [0, 1], "_note": "slow"}]"#)))
    }

    func testSceneNameIsTheBaseNameWithoutExtension() {
        XCTAssertEqual(SceneLoader.sceneName("scenes/gd.json"), "gd")
        XCTAssertEqual(SceneLoader.sceneName("/tmp/a.b.json"), "a.b")
        XCTAssertEqual(SceneLoader.sceneName("plain"), "plain")
    }

    func testLoadReadsAFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gdviz-scene-\(UUID().uuidString).json")
        try Data(scene2D().utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let scene = try SceneLoader.load(contentsOf: url.path)
        XCTAssertEqual(scene.name, url.deletingPathExtension().lastPathComponent)
    }

    func testUnreadableFileIsOneIssueWithTheOSReason() {
        XCTAssertThrowsError(try SceneLoader.load(contentsOf: "/nonexistent/gd.json")) { error in
            guard let error = error as? SceneValidationError else { return XCTFail("wrong error \(error)") }
            XCTAssertEqual(error.file, "/nonexistent/gd.json")
            XCTAssertEqual(error.issues.count, 1)
            XCTAssertEqual(error.issues.first?.path, "$")
            XCTAssertEqual(error.issues.first?.message, "cannot read the file: No such file or directory")
        }
    }
}

final class GallerySceneTests: XCTestCase {
    /// Every scene in the repository's gallery must validate.
    func testGalleryScenesValidate() throws {
        let scenes = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Scenes")
        let files = try FileManager.default.contentsOfDirectory(atPath: scenes.path).filter { $0.hasSuffix(".json") }
        XCTAssertFalse(files.isEmpty, "no scenes in \(scenes.path)")
        for file in files.sorted() {
            do {
                _ = try SceneLoader.load(contentsOf: scenes.appendingPathComponent(file).path)
            } catch {
                XCTFail("\(error)")
            }
        }
    }
}
