import XCTest
@testable import GDVizEngine

/// The one-pass scan of `MarchingSquares.contours` against the level-by-level reference: the same
/// lines, point for point, whatever the level order, duplicates, holes or ties with grid values.
final class OnePassContourTests: XCTestCase {
    private struct LCG {
        var state: UInt64
        mutating func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
    }

    private func assertSameAsReference(_ grid: ScalarGrid, levels: [Double], file: StaticString = #filePath, line: UInt = #line) {
        let onePass = MarchingSquares.contours(grid, levels: levels)
        let reference = ReferenceMarchingSquares.contours(grid, levels: levels)
        XCTAssertEqual(onePass.count, reference.count, file: file, line: line)
        for (a, b) in zip(onePass, reference) {
            XCTAssertTrue(a.value == b.value || (a.value.isNaN && b.value.isNaN), file: file, line: line)
            XCTAssertEqual(a.lines, b.lines, "level \(a.value)", file: file, line: line)
        }
    }

    func testSmoothFunctionManyLevels() {
        let grid = ScalarGrid(domain: Domain(xMin: -3, xMax: 3, yMin: -2, yMax: 2), columns: 157, rows: 101) { x, y in
            sin(3 * x) * cos(2 * y) + 0.1 * x * x + 0.05 * x * y
        }
        let levels = (0..<25).map { -1.2 + Double($0) * 0.1 }
        assertSameAsReference(grid, levels: levels)
        assertSameAsReference(grid, levels: levels.reversed())   // unsorted input, output in input order
    }

    /// Random values rounded to a few steps, so levels tie with grid values and saddles abound.
    func testNoiseWithTiesSaddlesAndHoles() {
        var rng = LCG(state: 7)
        for trial in 0..<20 {
            let columns = 3 + trial % 9, rows = 2 + (trial * 5) % 11
            var values = (0..<(columns * rows)).map { _ in (rng.next() * 6).rounded() / 2 }
            if trial % 3 == 0 { values[(trial * 7) % values.count] = .nan }
            if trial % 4 == 1 { values[(trial * 3) % values.count] = .infinity }
            let grid = ScalarGrid(domain: Domain(xMin: 0, xMax: 1, yMin: 0, yMax: 2), columns: columns, rows: rows, values: values)
            assertSameAsReference(grid, levels: [0.5, 1, 1.5, 2, 2.5, 1, -1, 9, .nan, .infinity, 0.75])
        }
    }

    func testEmptyAndSingleLevel() {
        let grid = ScalarGrid(domain: Domain(xMin: 0, xMax: 1, yMin: 0, yMax: 1), columns: 5, rows: 5) { x, y in x + y }
        XCTAssertEqual(MarchingSquares.contours(grid, levels: []), [])
        assertSameAsReference(grid, levels: [1])
        XCTAssertEqual(MarchingSquares.contour(grid, level: 1), ReferenceMarchingSquares.contours(grid, levels: [1])[0])
    }
}
