import XCTest
@testable import GDVizEngine

/// Hostile expressions: every one is an error with a column or a result, never a stack overflow.
final class ExpressionLimitsTests: XCTestCase {
    private func parseError(_ source: String, limits: ExpressionLimits = .scene,
                            file: StaticString = #filePath, line: UInt = #line) -> ExpressionError? {
        do {
            _ = try MathExpression.parse(source, variables: ["x", "y"], limits: limits)
            return nil
        } catch {
            return error
        }
    }

    func testHundredThousandNestedParenthesesIsTooLong() {
        let source = String(repeating: "(", count: 100_000) + "x" + String(repeating: ")", count: 100_000)
        let error = parseError(source)
        XCTAssertEqual(error?.kind, .tooLong)
        XCTAssertEqual(error?.column, 10_001)
        XCTAssertTrue(error?.message.contains("limit is 10000") ?? false, error?.message ?? "")
        // Without the length limit, the depth limit stops it at the 101st level.
        let deep = parseError(source, limits: .init(maxLength: .max, maxDepth: 100))
        XCTAssertEqual(deep?.kind, .tooDeep)
        XCTAssertEqual(deep?.column, 101, "the 101st '(' is at column 101")
    }

    func testNestedFunctionCallsAndSignsAreTooDeep() {
        let sines = String(repeating: "sin(", count: 1_000) + "x" + String(repeating: ")", count: 1_000)
        XCTAssertEqual(parseError(sines)?.kind, .tooDeep)
        XCTAssertEqual(parseError(String(repeating: "-", count: 5_000) + "x")?.kind, .tooDeep)
        XCTAssertEqual(parseError(Array(repeating: "x", count: 3_000).joined(separator: "^"))?.kind, .tooDeep)
        // 20 000 nested sin( with no length limit: still an error, not a crash.
        let many = String(repeating: "sin(", count: 20_000) + "x" + String(repeating: ")", count: 20_000)
        XCTAssertEqual(parseError(many, limits: .generated)?.kind, .tooDeep)
    }

    func testDepthLimitIsInclusive() throws {
        let ok = String(repeating: "(", count: 99) + "x" + String(repeating: ")", count: 99)
        XCTAssertEqual(try MathExpression.parse(ok, variables: ["x"]).value(at: [3]), 3)
        let over = "(" + ok + ")"
        XCTAssertEqual(parseError(over)?.kind, .tooDeep)
    }

    /// A 100 000-term sum has no depth: with no length limit it parses, compiles, evaluates and is
    /// freed without recursion, and adds left to right like the binary tree it stands for.
    func testHundredThousandTermSumEvaluatesLeftToRight() throws {
        let terms = (0..<100_000).map { $0 % 2 == 0 ? "x" : "0.1" }
        let source = terms.joined(separator: "+")
        XCTAssertEqual(parseError(source)?.kind, .tooLong)
        let expression = try MathExpression.parse(source, variables: ["x"], limits: .generated)
        var expected = 1.5
        for term in terms.dropFirst() { expected += term == "x" ? 1.5 : 0.1 }
        XCTAssertEqual(expression.value(at: [1.5]), expected, "bit-identical to sequential addition")
        XCTAssertEqual(expression.tree.depth, 100_000)
        let graph = ComputationGraph.build(expression, at: [1.5])
        XCTAssertEqual(graph.gradient[0], 50_000)
    }

    func testLongErrorShowsAWindowAroundTheColumn() {
        let source = String(repeating: "x+", count: 200) + "$" + String(repeating: "+y", count: 200)
        let error = parseError(source)
        XCTAssertEqual(error?.column, 401)
        let lines = error?.caretDiagram.split(separator: "\n", omittingEmptySubsequences: false) ?? []
        XCTAssertEqual(lines.count, 2)
        XCTAssertLessThanOrEqual(lines.first?.count ?? 0, 62)
        let caret = lines.last?.count ?? 0
        XCTAssertEqual(Array(lines[0])[caret - 1], "$", "the caret points at the bad character")
    }
}
