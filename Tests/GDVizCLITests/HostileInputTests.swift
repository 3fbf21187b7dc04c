import Foundation
import GDVizTestSupport
import XCTest

/// Hostile scenes run through the real `gdviz` binary, one per class of issue 9 that the
/// scene reader owns: each must exit 3 with the file, the JSON path and the limit or reason,
/// write no output file, and leave the scene untouched. None may crash (a signal), hang or
/// exhaust memory.
final class HostileInputTests: XCTestCase {
    private func assertRejected(_ scene: String, path: String, mentioning words: [String],
                                arguments: [String] = [], file: StaticString = #filePath, line: UInt = #line) throws {
        let folder = try temporaryFolder()
        let input = folder.appendingPathComponent("hostile.json")
        try CLI.write(scene, to: input)
        let output = folder.appendingPathComponent("out.png")
        let result = try CLI.run(["render", input.path, "-o", output.path] + arguments, in: folder)
        XCTAssertEqual(result.status, 3, "stderr: \(result.stderr.prefix(500))", file: file, line: line)
        XCTAssertTrue(result.stderr.contains("hostile.json: \(path): "), "stderr: \(result.stderr.prefix(500))",
                      file: file, line: line)
        for word in words {
            XCTAssertTrue(result.stderr.contains(word), "'\(word)' missing from: \(result.stderr.prefix(500))",
                          file: file, line: line)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path), "no output file", file: file, line: line)
        XCTAssertEqual(try String(contentsOf: input, encoding: .utf8), scene, "the input is untouched", file: file, line: line)
    }

    private func scene(function: String = "x^2 + 10*y^2", _ extra: String = "") -> String {
        let f = function.replacingOccurrences(of: "\\", with: "\\\\")
        return #"{"function": "\#(f)", "domain": {"x": [-4, 4], "y": [-2, 2]}\#(extra.isEmpty ? "" : ", " + extra)}"#
    }

    // MARK: Expressions without recursion limits

    func testHundredThousandNestedParentheses() throws {
        let deep = String(repeating: "(", count: 100_000) + "x" + String(repeating: ")", count: 100_000)
        try assertRejected(scene(function: deep), path: "$.function", mentioning: ["the limit is 10000", "column"])
    }

    func testHundredThousandTermSum() throws {
        let sum = Array(repeating: "x", count: 100_000).joined(separator: "+")
        try assertRejected(scene(function: sum), path: "$.function", mentioning: ["the limit is 10000"])
    }

    func testNestedSinesInEveryExpressionKey() throws {
        let sines = String(repeating: "sin(", count: 1_500) + "x" + String(repeating: ")", count: 1_500)
        try assertRejected(scene(function: sines), path: "$.function", mentioning: ["more than 100 levels"])
        let nested = String(repeating: "sin(", count: 500) + "t" + String(repeating: ")", count: 500)
        try assertRejected(scene(#""layers": [{"type": "parametric", "x": "\#(nested)", "y": "t", "t": [0, 1]}]"#),
                           path: "$.layers[0].x", mentioning: ["more than 100 levels"])
        let deepG = String(repeating: "-(", count: 300) + "x" + String(repeating: ")", count: 300)
        try assertRejected(scene(#""layers": [{"type": "constraint", "g": "\#(deepG)"}]"#),
                           path: "$.layers[0].g", mentioning: ["more than 100 levels"])
    }

    // MARK: Strict JSON

    func testDuplicatedKey() throws {
        try assertRejected(#"{"function": "x^2 + y^2", "function": "x", "domain": {"x": [-1, 1], "y": [-1, 1]}}"#,
                           path: "$.function", mentioning: ["duplicated key \"function\""])
    }

    func testLoneSurrogateAndOutOfRangeNumbers() throws {
        try assertRejected(scene(#""title": "\ud800""#), path: "$.title", mentioning: ["lone UTF-16 surrogate"])
        try assertRejected(scene(#""runs": [{"start": [1e-400, 0]}]"#), path: "$.runs[0].start[0]",
                           mentioning: ["too small"])
        try assertRejected(scene(#""runs": [{"start": [0, \#(String(repeating: "9", count: 500))]}]"#),
                           path: "$.runs[0].start[1]", mentioning: ["too large"])
    }

    // MARK: Work budgets

    func testOutputSizeTimesScale() throws {
        try assertRejected(#"{"size": {"width": 8000, "height": 8000}, "function": "x^2", "domain": {"x": [-1, 1]}}"#,
                           path: "$.size", mentioning: ["the limit is 64 000 000"], arguments: ["--scale", "4"])
    }

    func testRunsTimesSteps() throws {
        let runs = (0..<8).map { _ in #"{"start": [1, 1], "max_steps": 1000000}"# }.joined(separator: ",")
        try assertRejected(scene(#""runs": [\#(runs)]"#), path: "$.runs[0].max_steps", mentioning: ["the limit is 1 000 000"])
    }

    func testTinyStreamlineSeparation() throws {
        try assertRejected(scene(#""layers": [{"type": "streamlines", "separation": 1e-300}]"#),
                           path: "$.layers[0].separation", mentioning: ["the limit is 250 000"])
    }

    func testThousandContourLayers() throws {
        let layers = Array(repeating: #"{"type": "contours", "levels": 200}"#, count: 1000).joined(separator: ",")
        try assertRejected(scene(#""resolution": 2000, "layers": [\#(layers)]"#), path: "$.layers",
                           mentioning: ["the limit is 100"])
    }

    func testComputationGraphOfThousandTerms() throws {
        let f = (1...1000).map { "\($0)*x*y" }.joined(separator: "+")
        try assertRejected(scene(function: f, #""layers": [{"type": "graph", "at": [0, 0]}]"#), path: "$.function",
                           mentioning: ["computation graph", "the limit is 1 000"])
    }

    // MARK: Numbers at their extremes

    func testUndrawableDomains() throws {
        for range in ["[-1e308, 1e308]", "[1, 1.0000000000000002]", "[0, 1e-310]"] {
            try assertRejected(#"{"function": "x^2 + y^2", "domain": {"x": \#(range), "y": [-1, 1]}}"#,
                               path: "$.domain.x", mentioning: ["a range that can be drawn"])
        }
    }

    /// Extreme but drawable: tiny and huge domains and values render without a crash.
    func testExtremeButDrawableScenesRender() throws {
        let folder = try temporaryFolder()
        let scenes = [
            #"{"function": "x + 0*y", "domain": {"x": [-1e-90, 1e-90], "y": [-1e100, 1e100]}, "layers": [{"type": "streamlines"}, {"type": "contours", "labels": true}, {"type": "filled_contours"}, {"type": "gradient_field"}]}"#,
            #"{"function": "1e308*x + 1e308*y", "domain": {"x": [-1, 1], "y": [-1, 1]}, "layers": [{"type": "filled_contours"}, {"type": "contours", "labels": true}, {"type": "streamlines"}, {"type": "gradient_field", "length": "proportional"}], "runs": [{"start": [0.5, 0.5]}]}"#,
            #"{"function": "1e-300*x^2 + 1e-310*y", "domain": {"x": [-1, 1], "y": [-1, 1]}, "layers": [{"type": "filled_contours"}, {"type": "contours", "labels": true}, {"type": "streamlines"}]}"#,
            #"{"function": "x", "dimension": 1, "domain": {"x": [1e99, 1e100], "y": [-1e-100, 1e100]}, "runs": [{"start": 5e99, "lr": 1e300}]}"#,
        ]
        for (i, text) in scenes.enumerated() {
            let input = folder.appendingPathComponent("extreme\(i).json")
            try CLI.write(text, to: input)
            let result = try CLI.run(["render", input.path, "-o", folder.appendingPathComponent("e\(i).png").path])
            XCTAssertEqual(result.status, 0, "scene \(i): \(result.stderr.prefix(400))")
        }
    }
}
