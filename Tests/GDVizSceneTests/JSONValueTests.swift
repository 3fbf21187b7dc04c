import Foundation
import XCTest
@testable import GDVizScene

final class JSONValueTests: XCTestCase {
    func testDecodesEveryKindAndKeepsBooleansApart() throws {
        let data = Data(#"{"a": true, "b": 1, "c": [null, "s", 2.5], "d": {}}"#.utf8)
        let value = try JSONDecoder().decode(JSONValue.self, from: data)
        XCTAssertEqual(value, .object([
            "a": .bool(true), "b": .number(1),
            "c": .array([.null, .string("s"), .number(2.5)]), "d": .object([:]),
        ]))
    }

    func testSummaries() {
        XCTAssertEqual(JSONValue.string("fast").summary, #""fast""#)
        XCTAssertEqual(JSONValue.number(100).summary, "100")
        XCTAssertEqual(JSONValue.number(2.5).summary, "2.5")
        XCTAssertEqual(JSONValue.array([.number(1)]).summary, "[1]")
        XCTAssertEqual(JSONValue.object(["b": .null, "a": .bool(false)]).summary, #"{"a": false, "b": null}"#)
        XCTAssertEqual(JSONValue.string("say \"hi\"\n").summary, #""say \"hi\"\n""#)
        let long = JSONValue.array(Array(repeating: .number(12345), count: 30)).summary
        XCTAssertEqual(long.count, 60)
        XCTAssertTrue(long.hasSuffix("…"))
    }

    func testPaths() {
        XCTAssertEqual(JSONPath.root.key("runs").index(1).key("lr").description, "$.runs[1].lr")
        XCTAssertEqual(JSONPath.root.key("my key").description, #"$["my key"]"#)
        XCTAssertEqual(JSONPath.root.key("1st").description, #"$["1st"]"#)
    }
}
