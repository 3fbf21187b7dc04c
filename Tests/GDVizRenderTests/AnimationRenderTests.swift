import Foundation
import GDVizScene
import XCTest
@testable import GDVizRender

/// Animated scenes: fixed layout across frames, the last frame equal to the still figure, and
/// each output format holding every frame.
final class AnimationRenderTests: XCTestCase {
    /// A 2-D quadratic, 8 steps of GD and a convergence panel; small so each test is quick.
    static let json = #"""
        {"title": "animated", "size": {"width": 420, "height": 220},
         "function": "x^2 + 6*y^2", "domain": {"x": [-3, 3], "y": [-1.5, 1.5]},
         "runs": [{"label": "gd", "start": [-2.5, 1], "lr": 0.07, "max_steps": 8, "tolerance": 1e-12},
                  {"label": "slow", "start": [2.5, -1], "lr": 0.02, "max_steps": 5, "tolerance": 1e-12}],
         "panels": [{"layers": [{"type": "contours", "levels": 8}, {"type": "trajectories"}]},
                    {"type": "iterations", "scale": "log"}],
         "animate": {"steps_per_frame": 1, "fps": 10, "hold_last": 0.5}}
        """#

    private func scene(_ edit: (inout Scene) -> Void = { _ in }) throws -> Scene {
        var scene = try SceneLoader.parse(Self.json, file: "anim.json")
        edit(&scene)
        return scene
    }

    private func rasterizer(_ scene: Scene) throws -> FrameRasterizer {
        try FrameRasterizer(AnimatedFigure(SceneEvaluator.evaluate(scene), spec: XCTUnwrap(scene.animation)))
    }

    /// Pixels that differ between two frames, as a bounding box (x0, y0, x1, y1).
    private func changedBox(_ a: RGBFrame, _ b: RGBFrame) -> (Int, Int, Int, Int)? {
        var box: (Int, Int, Int, Int)?
        for y in 0..<a.height {
            for x in 0..<a.width {
                let o = (y * a.width + x) * 3
                guard a.rgb[o..<(o + 3)] != b.rgb[o..<(o + 3)] else { continue }
                box = box.map { (min($0.0, x), min($0.1, y), max($0.2, x), max($0.3, y)) } ?? (x, y, x, y)
            }
        }
        return box
    }

    func testOneFramePerStepOfTheLongestRun() throws {
        XCTAssertEqual(try rasterizer(scene()).frameCount, 9)
        XCTAssertEqual(try rasterizer(scene { $0.animation?.stepsPerFrame = 3 }).frameCount, 4)
        XCTAssertEqual(try rasterizer(scene { $0.animation?.runs = .oneAfterAnother }).frameCount, 14)
    }

    func testLastFrameIsTheStillFigure() throws {
        let scene = try scene { $0.animation?.counter = false }
        let frames = try rasterizer(scene)
        let last = try frames.render(frame: frames.frameCount - 1).image
        let still = try RasterImage.decodePNG(SceneRenderer.render(SceneEvaluator.evaluate(scene), format: .png))
        // Background, moving layers and foreground composited separately round differently
        // by at most a level or two per channel where antialiased edges overlap.
        var worst = 0, differing = 0
        for (a, b) in zip(last.pixels, still.pixels) where a != b {
            worst = max(worst, abs(Int(a) - Int(b)))
            differing += 1
        }
        XCTAssertLessThanOrEqual(worst, 3, "\(differing) channel values differ")
    }

    func testOnlyTheMovingPartsChangeBetweenFrames() throws {
        let scene = try scene { $0.animation?.counter = false }
        let frames = try rasterizer(scene)
        let first = try frames.render(frame: 0), second = try frames.render(frame: 1)
        let box = try XCTUnwrap(changedBox(first, second), "frames 0 and 1 are identical")
        // Step 1 of both runs: nothing outside the two plot areas changes (no tick, title or
        // legend moves), so the change is well inside the figure.
        XCTAssertGreaterThan(box.1, 20, "the title area changed: \(box)")
        XCTAssertLessThan(box.3, frames.height - 20, "the x tick labels changed: \(box)")
        // Rendering a frame twice, or out of order, gives the same pixels.
        XCTAssertEqual(try frames.render(frame: 1), second)
        XCTAssertEqual(try frames.render(frame: 0), first)
    }

    func testCounterChangesOnlyTheTopRightCorner() throws {
        let with = try rasterizer(scene()), without = try rasterizer(scene { $0.animation?.counter = false })
        let box = try XCTUnwrap(changedBox(with.render(frame: 3), without.render(frame: 3)))
        XCTAssertGreaterThan(box.0, with.width * 3 / 4, "counter not at the right: \(box)")
        XCTAssertLessThan(box.3, 40, "counter not at the top: \(box)")
    }

    func testTrailKeepsOnlyTheLastSteps() throws {
        let all = try rasterizer(scene { $0.animation?.counter = false })
        let short = try rasterizer(scene { $0.animation?.counter = false; $0.animation?.trail = .last(1) })
        // At frame 1 one step is all there is; later the short trail drops the early steps.
        XCTAssertEqual(try all.render(frame: 1), try short.render(frame: 1))
        XCTAssertNotEqual(try all.render(frame: 6), try short.render(frame: 6))
    }

    func testGIFHoldsEveryFrameWithItsDelayAndDecodesToTheFrames() throws {
        let scene = try scene()
        let bytes = try AnimationExport.render(SceneEvaluator.evaluate(scene), format: .gif)
        XCTAssertEqual(Array(bytes.prefix(6)), Array("GIF89a".utf8))
        XCTAssertEqual(try AnimationExport.render(SceneEvaluator.evaluate(scene), format: .gif), bytes, "GIF bytes differ between runs")
        let decoded = try GIFDecoder.frames(bytes)
        XCTAssertEqual(decoded.count, 9)
        XCTAssertEqual(decoded.map(\.delay), Array(repeating: 10, count: 8) + [60])
        // Each decoded frame is its render mapped to the palette: nearly the same colours.
        let frames = try rasterizer(scene)
        for index in [0, 4, 8] {
            let rendered = try frames.render(frame: index).image
            var far = 0
            for (a, b) in zip(rendered.pixels, decoded[index].image.pixels) where abs(Int(a) - Int(b)) > 40 { far += 1 }
            XCTAssertLessThan(far, rendered.pixels.count / 500, "frame \(index): \(far) values far from the render")
        }
        XCTAssertNotEqual(decoded[0].image, decoded[1].image)
    }

    func testWebPIsAnAnimatedLosslessFile() throws {
        let bytes = try AnimationExport.render(SceneEvaluator.evaluate(try scene()), format: .webp)
        XCTAssertEqual(Array(bytes[0..<4]), Array("RIFF".utf8))
        XCTAssertEqual(Array(bytes[8..<12]), Array("WEBP".utf8))
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(text.contains("ANIM") && text.contains("ANMF") && text.contains("VP8L"))
        XCTAssertEqual(try AnimationExport.render(SceneEvaluator.evaluate(try scene()), format: .webp), bytes)
    }

    func testPDFHasOnePagePerFrame() throws {
        let bytes = try AnimationExport.render(SceneEvaluator.evaluate(try scene()), format: .pdf)
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(text.contains("/Count 9"), "page count")
        XCTAssertEqual(try AnimationExport.render(SceneEvaluator.evaluate(try scene()), format: .pdf), bytes)
    }

    func testStillSceneCannotBeAnimated() throws {
        let still = try scene { $0.animation = nil }
        XCTAssertThrowsError(try AnimationExport.render(SceneEvaluator.evaluate(still), format: .gif)) { error in
            XCTAssertEqual(error as? AnimationError, .notAnimated(format: "GIF"))
        }
    }

    func testMissingFFmpegIsNamed() {
        XCTAssertNil(MP4Encoder.program(environment: ["PATH": "/nonexistent"]))
        XCTAssertNil(MP4Encoder.program(environment: ["GDVIZ_FFMPEG": "/nonexistent/ffmpeg", "PATH": "/usr/bin"]))
        XCTAssertTrue(AnimationError.ffmpegMissing.description.contains("apt-get install ffmpeg"))
    }

    func testTimingRoundsStartTimesNotDelays() {
        // 30 fps: 3.33 cs per frame as 3, 4, 3 (starts at 0, 3, 7, 10), never drifting.
        let timing = FrameTiming(schedule: AnimationSchedule(runSteps: [5], spec: AnimationSpec(fps: 30, holdLast: 1)))
        XCTAssertEqual((0..<6).map(timing.gifDelay), [3, 4, 3, 3, 4, 103])
        XCTAssertEqual((0..<6).map(timing.videoRepeats), [1, 1, 1, 1, 1, 31])
        // 60 fps is faster than GIF can show: at least 2 cs.
        let fast = FrameTiming(schedule: AnimationSchedule(runSteps: [3], spec: AnimationSpec(fps: 60, holdLast: 0)))
        XCTAssertEqual(fast.gifDelay(0), 2)
    }
}
