import XCTest
@testable import GDVizScene

/// Well-formed JSON whose values cannot be scene values: each is reported at its own path, in
/// gdviz's words, never as Foundation's text at `$` and never silently.
final class StrictJSONTests: XCTestCase {
    func testDuplicatedKeyIsReportedAtItsPath() {
        let json = "{\n\"function\": \"x^2 + y^2\", \"domain\": {\"x\": [-1, 1], \"y\": [-1, 1]},\n"
            + "\"runs\": [{\"start\": [0.5, 0.5], \"lr\": 0.1, \"lr\": 0.5}],\n\"function\": \"x\"}"
        XCTAssertEqual(sceneIssues(json).lines, [
            #"$.runs[0].lr: duplicated key "lr" (line 3); each key may appear once in an object"#,
            #"$.function: duplicated key "function" (line 4); each key may appear once in an object"#,
        ])
    }

    func testNumbersBeyondDoubleRangeAreReportedAtTheirPath() {
        XCTAssertEqual(sceneIssues(scene2D(#""runs": [{"start": [1e400, 0]}]"#)).lines, [
            "$.runs[0].start[0]: the number 1e400 is too large; numbers must lie within ±1.7976931348623157e308",
        ])
        XCTAssertEqual(sceneIssues(scene2D(#""runs": [{"start": [0, -1e-400]}]"#)).lines, [
            "$.runs[0].start[1]: the number -1e-400 is too small to represent (the smallest is 5e-324); write 0",
        ])
        let huge = String(repeating: "9", count: 400)
        XCTAssertEqual(sceneIssues(scene2D(#""runs": [{"start": [\#(huge), 0]}]"#)).lines, [
            "$.runs[0].start[0]: the number \(huge) is too large; numbers must lie within ±1.7976931348623157e308",
        ])
        let tiny = "0." + String(repeating: "0", count: 400) + "1"
        XCTAssertEqual(sceneIssues(scene2D(#""runs": [{"start": [\#(tiny), 0]}]"#)).lines.first?
            .hasPrefix("$.runs[0].start[0]: the number 0.000"), true)
    }

    func testLongFractionsReadAsTheNearestDouble() throws {
        let digits = "0." + String(repeating: "3", count: 700)
        let scene = try SceneLoader.parse(scene2D(#""runs": [{"start": [\#(digits), 0]}]"#), file: "s.json")
        XCTAssertEqual(scene.runs.first?.start.x, 1.0 / 3.0, "exact rounding of a long fraction")
        let tooLong = "0." + String(repeating: "3", count: 900)
        XCTAssertEqual(sceneIssues(scene2D(#""runs": [{"start": [\#(tooLong), 0]}]"#)).lines, [
            "$.runs[0].start[0]: the number has 902 characters; numbers may have at most 800",
        ])
    }

    func testLoneSurrogateIsReportedAtItsPath() {
        XCTAssertEqual(sceneIssues(scene2D(#""title": "a\ud800b""#)).lines, [
            #"$.title: the string has a lone UTF-16 surrogate \uD800 (half of a character); write the character itself, or both halves of the pair (\uD83D\uDE00)"#,
        ])
        XCTAssertEqual(sceneIssues(scene2D(#""title": "\udc00""#)).lines.count, 1)
        XCTAssertEqual(sceneIssues(scene2D(#""title": "\ud800\u0041""#)).lines.count, 1)
    }

    func testEscapesDecode() throws {
        let (value, issues) = try JSONSyntaxCheck.read(Array(#"{"a": "\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00x", "b": [1, -2.5e3, true, null]}"#.utf8))
        XCTAssertEqual(issues, [])
        XCTAssertEqual(value, .object([
            "a": .string("\"\\/\u{08}\u{0C}\n\r\té😀x"),
            "b": .array([.number(1), .number(-2500), .bool(true), .null]),
        ]))
    }

    func testSubnormalNumbersAreAccepted() throws {
        let (value, issues) = try JSONSyntaxCheck.read(Array("[5e-324, 1e-310, -0.0, 0e-999]".utf8))
        XCTAssertEqual(issues, [])
        XCTAssertEqual(value, .array([.number(5e-324), .number(1e-310), .number(-0.0), .number(0)]))
    }
}
