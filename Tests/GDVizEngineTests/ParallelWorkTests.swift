import GDVizTestSupport
import XCTest
@testable import GDVizEngine

/// The engine's loops spread over the cores (`ParallelWork`) give the serial results bit for bit.
final class ParallelWorkTests: XCTestCase {
    private func serial<T>(_ body: () -> T) -> T { ParallelWork.$serial.withValue(true, operation: body) }

    /// The comparison used here and in the scene tests sees single bits, −0 and structure.
    func testFingerprintSeesEveryBit() {
        let a = [ContourLevel(value: 1, lines: [ContourLine(points: [Point2(0, 1), Point2(2, 3)], isClosed: false)])]
        var b = a
        b[0].lines[0].points[1].y = 3.0.nextUp
        var c = a
        c[0].lines[0].points[0].x = -0.0
        var d = a
        d[0].lines[0].isClosed = true
        XCTAssertEqual(BitFingerprint.of(a), BitFingerprint.of(a))
        for changed in [b, c, d] { XCTAssertNotEqual(BitFingerprint.of(a), BitFingerprint.of(changed)) }
    }

    func testMapKeepsIndexOrder() {
        XCTAssertEqual(ParallelWork.map(1_000) { $0 * $0 }, (0..<1_000).map { $0 * $0 })
        XCTAssertEqual(ParallelWork.map(0) { $0 }, [])
        XCTAssertEqual(ParallelWork.map(1) { $0 + 7 }, [7])
    }

    func testRangesCoverEveryIndexOnce() {
        for count in [0, 1, 7, 100, 4_099] {
            let hits = ManagedCounts(count)
            ParallelWork.forEachRange(count, minimum: 3) { range in
                for i in range { hits.add(i) }
            }
            XCTAssertEqual(hits.values, Array(repeating: 1, count: count), "count \(count)")
        }
    }

    /// Levels dealt out over the cores, with duplicates, a NaN level and holes in the grid.
    func testContoursOnCoresEqualOnePassSerially() {
        let grid = ScalarGrid(domain: Domain(xMin: -3, xMax: 3, yMin: -2, yMax: 2), columns: 181, rows: 121) { x, y in
            x * x + y > 5 ? .nan : sin(3 * x) * cos(2 * y) + 0.1 * x * x
        }
        XCTAssertGreaterThanOrEqual(grid.columns * grid.rows, MarchingSquares.parallelCells)
        let levels = [0.5, -0.3, .nan, 0.1, 0.5, 0.9, -1, 0, 0.25, 2, -0.7]
        XCTAssertEqual(BitFingerprint.of(MarchingSquares.contours(grid, levels: levels)),
                       BitFingerprint.of(serial { MarchingSquares.contours(grid, levels: levels) }))
        XCTAssertEqual(BitFingerprint.of(MarchingSquares.contours(grid, levels: levels)),
                       BitFingerprint.of(levels.map { MarchingSquares.contour(grid, level: $0) }))
    }

    func testSampledGridEqualsSerial() throws {
        let objective = Objective(try MathExpression.parse("sin(x*y) + exp(-x^2) / (1 + y^2)", variables: ["x", "y"]), dimension: 2)
        let domain = Domain(xMin: -2, xMax: 3, yMin: -1, yMax: 2)
        let grid = objective.sample(domain, columns: 173, rows: 151)
        XCTAssertEqual(BitFingerprint.of(grid.values), BitFingerprint.of(serial { objective.sample(domain, columns: 173, rows: 151) }.values))
        // and point by point, as the row tape promises
        var slots: [Double] = []
        XCTAssertEqual(grid[17, 93].bitPattern, objective.value(at: Point2(grid.x(17), grid.y(93)), slots: &slots).bitPattern)
    }

    func testStationaryPointsEqualSerial() throws {
        for (text, dimension) in [("x^3 - 3*x*y^2", 2), ("(x^2 + y - 11)^2 + (x + y^2 - 7)^2", 2), ("x^4 - 2*x^2 + 0.3*x", 1)] {
            let objective = Objective(try MathExpression.parse(text, variables: dimension == 1 ? ["x"] : ["x", "y"]), dimension: dimension)
            let domain = Domain(xMin: -5, xMax: 5, yMin: -5, yMax: 5)
            let parallel = StationaryPoints.analyse(objective, in: domain)
            XCTAssertFalse(parallel.points.isEmpty, text)
            XCTAssertEqual(BitFingerprint.of(parallel), BitFingerprint.of(serial { StationaryPoints.analyse(objective, in: domain) }), text)
        }
    }
}

/// Per-index counters written from several threads (each index by one range only).
private final class ManagedCounts: @unchecked Sendable {
    private var storage: UnsafeMutableBufferPointer<Int>
    init(_ count: Int) { storage = .allocate(capacity: count); storage.initialize(repeating: 0) }
    deinit { storage.deallocate() }
    func add(_ i: Int) { storage[i] += 1 }
    var values: [Int] { Array(storage) }
}
