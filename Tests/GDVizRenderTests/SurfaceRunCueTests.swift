import GDVizEngine
import GDVizScene
import XCTest
@testable import GDVizRender

/// Runs on a surface differ by marker and dash as in 2-D (`"cues": "auto"`), with the dashes
/// continuous along the depth-sorted pieces of a path.
final class SurfaceRunCueTests: XCTestCase {
    private func a(_ x: Double) -> Point2 { Point2(x, 0) }

    func testDashesFollowThePatternAcrossSegments() throws {
        let dashes = try XCTUnwrap(DashPattern([7, 3]))
        func xs(_ parts: [(Point2, Point2)]) -> [[Double]] { parts.map { [$0.0.x, $0.1.x] } }
        XCTAssertEqual(xs(dashes.on(from: a(0), to: a(20), startingAt: 0)), [[0, 7], [10, 17]])
        // The same path cut at 5 and 12: the pieces' dashes join into the uncut ones.
        XCTAssertEqual(xs(dashes.on(from: a(0), to: a(5), startingAt: 0)), [[0, 5]])
        XCTAssertEqual(xs(dashes.on(from: a(5), to: a(12), startingAt: 5)), [[5, 7], [10, 12]])
        XCTAssertEqual(xs(dashes.on(from: a(12), to: a(20), startingAt: 12)), [[12, 17]])
        XCTAssertNil(DashPattern([]))
        XCTAssertNil(DashPattern([0, 0]))
    }

    func testSecondRunIsDashedWithSquares() throws {
        let scene = try SceneLoader.parse(#"""
            {"function": "x^2 + 2*y^2", "domain": {"x": [-2, 2], "y": [-2, 2]},
             "runs": [{"label": "a", "start": [1.5, 1.5], "lr": 0.1, "max_steps": 8},
                      {"label": "b", "start": [-1.5, 1.5], "lr": 0.1, "max_steps": 8}],
             "panels": [{"type": "surface", "resolution": 20}]}
            """#, file: "cues.json")
        let figure = try SceneFigure.figure(for: SceneEvaluator.evaluate(scene))
        let drawing = try XCTUnwrap(figure.panels.first?.custom as? SurfacePanelDrawing)
        XCTAssertEqual(drawing.runStyles.map(\.cue), [RunCue.forRun(0, mode: .auto), RunCue.forRun(1, mode: .auto)])
        let projection = SurfaceProjection.fitting(view: drawing.view, box: drawing.box,
                                                   in: DeviceRect(x: 0, y: 0, width: 400, height: 400))
        var solid = 0, dashed = 0, squares = 0
        for item in drawing.depthItems(projection, theme: .light) {
            switch (item.tag, item.shape) {
            case (.runPiece(run: 0, _), .segment): solid += 1
            case (.runPiece(run: 1, _), .dashes): dashed += 1
            case (.iterate(run: 1, _), .marker(.square, _, _, _, _, _)): squares += 1
            case (.runPiece, _): XCTFail("run 0 solid, run 1 dashed")
            default: break
            }
        }
        XCTAssertGreaterThan(solid, 0)
        XCTAssertGreaterThan(dashed, 0)
        XCTAssertGreaterThan(squares, 0, "run 1's iterates are squares")
        let scalar = try XCTUnwrap(SceneFigure.figure(for: SceneEvaluator.evaluate({ var s = scene; s.cues = .color; return s }())))
        let plain = try XCTUnwrap(scalar.panels.first?.custom as? SurfacePanelDrawing)
        XCTAssertEqual(plain.runStyles.map(\.cue), [.plain, .plain], "\"cues\": \"color\" keeps every run plain")
    }
}
