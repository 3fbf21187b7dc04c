import XCTest
@testable import GDVizScene

final class AnimationSpecTests: XCTestCase {
    private let runs = #""runs": [{"label": "a", "start": [1, 1], "max_steps": 10}, {"label": "b", "start": [1, 1], "max_steps": 4}]"#

    func testDefaultsAndEveryKey() throws {
        let plain = try XCTUnwrap(parseScene(scene2D(runs + #", "animate": {}"#)))
        XCTAssertEqual(plain.animation, AnimationSpec())
        XCTAssertNil(try XCTUnwrap(parseScene(scene2D(runs))).animation)
        let full = try XCTUnwrap(parseScene(scene2D(runs + #"""
            , "animate": {"steps_per_frame": 2, "fps": 24, "hold_last": 0.5, "trail": 3,
                          "runs": "one after another", "counter": false}
            """#)))
        XCTAssertEqual(full.animation, AnimationSpec(stepsPerFrame: 2, fps: 24, holdLast: 0.5, trail: .last(3),
                                                     runs: .oneAfterAnother, counter: false))
    }

    func testBadValuesAreReportedWithTheirPaths() {
        let issues = sceneIssues(scene2D(runs + #"""
            , "animate": {"steps_per_frame": 0, "fps": 1000, "hold_last": -1, "trail": "some",
                          "runs": "sequential", "counter": "yes", "loop": true}
            """#)).lines
        for path in ["$.animate.steps_per_frame", "$.animate.fps", "$.animate.hold_last", "$.animate.trail",
                     "$.animate.runs", "$.animate.counter", "$.animate.loop"] {
            XCTAssertTrue(issues.contains { $0.hasPrefix(path + ":") }, "no issue at \(path) in \(issues)")
        }
        XCTAssertTrue(sceneIssues(scene2D(#""animate": [1]"#)).lines.contains { $0.hasPrefix("$.animate:") })
    }

    func testTooManyFramesNamesTheStepsPerFrameThatWouldFit() {
        let issues = sceneIssues(scene2D(#""runs": [{"start": [1, 1], "max_steps": 100000}], "animate": {"steps_per_frame": 1}"#)).lines
        XCTAssertEqual(issues.count, 1, "\(issues)")
        XCTAssertTrue(issues[0].hasPrefix("$.animate.steps_per_frame:"), issues[0])
        // ceil(100000 / 999) = 101 steps per frame give 992 frames, within the 1000 allowed.
        XCTAssertTrue(issues[0].contains("\"steps_per_frame\": 101"), issues[0])
        XCTAssertNotNil(parseScene(scene2D(#""runs": [{"start": [1, 1], "max_steps": 100000}], "animate": {"steps_per_frame": 101}"#)))
        // One after another adds the runs' steps.
        let sum = sceneIssues(scene2D(#""runs": [{"label": "a", "start": [1, 1], "max_steps": 600}, {"label": "b", "start": [1, 1], "max_steps": 600}], "animate": {"runs": "one after another"}"#))
        XCTAssertTrue(sum.lines.first?.contains("1200 steps") ?? false, "\(sum.lines)")
    }

    func testScheduleTogether() {
        let s = AnimationSchedule(runSteps: [10, 4], spec: AnimationSpec(stepsPerFrame: 3))
        XCTAssertEqual(s.frameCount, 5)  // clocks 0, 3, 6, 9, 10
        XCTAssertEqual((0..<5).map { s.clock(atFrame: $0) }, [0, 3, 6, 9, 10])
        XCTAssertEqual((0..<5).map { s.visibleSteps(run: 1, frame: $0) }, [0, 3, 4, 4, 4])
        XCTAssertEqual(s.counter(atFrame: 4), 10)
    }

    func testScheduleOneAfterAnother() {
        let s = AnimationSchedule(runSteps: [3, 2], spec: AnimationSpec(runs: .oneAfterAnother))
        XCTAssertEqual(s.frameCount, 6)
        XCTAssertEqual((0..<6).map { s.visibleSteps(run: 0, frame: $0) }, [0, 1, 2, 3, 3, 3])
        XCTAssertEqual((0..<6).map { s.visibleSteps(run: 1, frame: $0) }, [nil, nil, nil, 0, 1, 2])
        XCTAssertEqual((0..<6).map { s.counter(atFrame: $0) }, [0, 1, 2, 3, 1, 2])
    }

    func testDurationsHoldTheLastFrame() {
        let s = AnimationSchedule(runSteps: [2], spec: AnimationSpec(fps: 4, holdLast: 2))
        XCTAssertEqual((0..<3).map { s.duration(ofFrame: $0) }, [0.25, 0.25, 2.25])
    }
}
