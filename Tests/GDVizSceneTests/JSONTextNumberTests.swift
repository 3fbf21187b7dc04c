import Foundation
import GDVizEngine
import GDVizTestSupport
import XCTest
@testable import GDVizScene

/// Numbers in trace JSON: whole numbers below 10¹⁵ as integers, every other finite double in
/// Swift's shortest round-trip form (`description`), the same text however it is chunked or
/// spread over threads (the first test's 40 000 values take the parallel path too).
final class JSONTextNumberTests: XCTestCase {
    private func expected(_ d: Double) -> String {
        d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : d.description
    }

    func testNumbersAreTheShortestRoundTripForm() {
        var random = SeededGenerator(seed: 5)
        var values: [Double] = [0, -0.0, 1e15, -1e15, 1e-5, 0.1, 1 / 3, .leastNonzeroMagnitude, .greatestFiniteMagnitude, -1.1990000000000463]
        for _ in 0..<20_000 {
            let bits = Double(bitPattern: random.next())
            if bits.isFinite { values.append(bits) }
            values.append(random.uniform(-3, 3))
        }
        let text = JSONText.numberArray(values).text
        XCTAssertEqual(text, "[" + values.map(expected).joined(separator: ",") + "]")
        let parsed = text.dropFirst().dropLast().split(separator: ",").map { Double(String($0))! }
        XCTAssertEqual(parsed.map(\.bitPattern), values.map { ($0 == 0 ? 0 : $0).bitPattern }, "parsing gives the doubles back")
    }

    /// Long arrays are written block by block on several threads: the same text, in order,
    /// in 2-D and 1-D, however it is chunked.
    func testLongPointArraysAndStreamedChunksGiveTheSameText() {
        let points = (0..<50_000).map { Point2(Double($0) * 0.001 - 2.5, sin(Double($0))) }
        for dimension in [2, 1] {
            let value = JSONText.object([("points", .pointArray(points, dimension: dimension)), ("nan", .number(.nan))])
            let coordinates = points.map { dimension == 1 ? "[\(expected($0.x))]" : "[\(expected($0.x)),\(expected($0.y))]" }
            XCTAssertEqual(value.text, #"{"points":["# + coordinates.joined(separator: ",") + #"],"nan":null}"#)
            var chunks: [[UInt8]] = []
            value.stream(chunkSize: 1_000) { chunks.append($0) }
            XCTAssertGreaterThan(chunks.count, 5, "handed on block by block, never as one string")
            XCTAssertEqual(String(decoding: chunks.joined(), as: UTF8.self), value.text)
        }
    }
}
