import XCTest
@testable import GDVizEngine

final class MarchingSquaresTests: XCTestCase {

    // MARK: Helpers

    private func grid(_ xMin: Double, _ xMax: Double, _ yMin: Double, _ yMax: Double,
                      _ columns: Int, _ rows: Int, _ f: (Double, Double) -> Double) -> ScalarGrid {
        ScalarGrid(domain: Domain(xMin: xMin, xMax: xMax, yMin: yMin, yMax: yMax),
                   columns: columns, rows: rows, f)
    }

    /// Signed shoelace area of a closed polygon, A = ½ Σ (x_k y_{k+1} − x_{k+1} y_k): > 0 counter-clockwise.
    private func signedArea(_ points: [Point2]) -> Double {
        var sum = 0.0
        for k in points.indices {
            let a = points[k], b = points[(k + 1) % points.count]
            sum += a.x * b.y - b.x * a.y
        }
        return sum / 2
    }

    /// Invariants every output must satisfy: finite points, no two equal consecutive points
    /// (including last→first of a closed line), closed lines have ≥ 3 points, open lines ≥ 2.
    private func assertWellFormed(_ level: ContourLevel, file: StaticString = #filePath, line: UInt = #line) {
        for piece in level.lines {
            XCTAssertGreaterThanOrEqual(piece.points.count, piece.isClosed ? 3 : 2, file: file, line: line)
            for p in piece.points {
                XCTAssertTrue(p.isFinite, "non-finite point \(p) at level \(level.value)", file: file, line: line)
            }
            for k in 1..<max(piece.points.count, 1) where piece.points.count > 1 {
                XCTAssertNotEqual(piece.points[k - 1], piece.points[k],
                                  "duplicate consecutive point at level \(level.value)", file: file, line: line)
            }
            if piece.isClosed, let first = piece.points.first {
                XCTAssertNotEqual(first, piece.points.last, "closed line repeats its first point", file: file, line: line)
            }
        }
    }

    /// Deterministic pseudo-random numbers in [0, 1) (64-bit LCG, top 53 bits).
    private struct LCG {
        var state: UInt64
        mutating func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
    }

    // MARK: Circles

    /// f = x² + y² on [-2, 2]², 101 × 101 (h = 0.04). Level r² is the circle of radius r.
    ///
    /// Tolerances: along a grid edge f is a parabola with f'' = 2, so the linear interpolant
    /// overestimates f by at most (h/2)²·f''/2 = h²/4. A crossing therefore has r² − h²/4 ≤ |p|² ≤ r²,
    /// i.e. r − h²/(8r) ≲ |p| ≤ r (O(h²), always on or inside the circle). We allow h²/(4r), twice that.
    /// The polygon is inscribed: vertex deficit ≤ h²/(8r) plus chord sag ≤ s²/(8r) with chord s ≤ √2·h,
    /// so the area deficit is at most perimeter · 3h²/(8r) = (3π/4)·h² ≈ 0.0038; we allow π·h² ≈ 0.005.
    func testCircleLevelsAreSingleClosedLinesOnTheCircle() {
        let g = grid(-2, 2, -2, 2, 101, 101) { x, y in x * x + y * y }
        let h = 0.04
        for r in [0.5, 1.0, 1.5] {
            let level = MarchingSquares.contour(g, level: r * r)
            assertWellFormed(level)
            XCTAssertEqual(level.value, r * r)
            XCTAssertEqual(level.lines.count, 1, "r = \(r)")
            guard let line = level.lines.first else { continue }
            XCTAssertTrue(line.isClosed, "r = \(r)")
            // Roughly one crossing per grid edge the circle passes: between 2πr/h and 4·2r/h·... points.
            XCTAssertGreaterThan(line.points.count, Int(2 * Double.pi * r / h))
            for p in line.points {
                XCTAssertEqual(p.norm, r, accuracy: h * h / (4 * r), "r = \(r), p = \(p)")
                XCTAssertLessThanOrEqual(p.norm, r + 1e-12, "convex f: crossings lie inside the circle")
            }
            let area = signedArea(line.points)
            // Inside (f ≥ level) is outside the circle and lies on the left → clockwise → negative area.
            XCTAssertLessThan(area, 0, "orientation: minimum is encircled clockwise")
            XCTAssertEqual(abs(area), Double.pi * r * r, accuracy: Double.pi * h * h, "r = \(r)")
            XCTAssertLessThanOrEqual(abs(area), Double.pi * r * r, "inscribed polygon")
        }
    }

    func testMaximumIsEncircledCounterClockwise() {
        let g = grid(-2, 2, -2, 2, 41, 41) { x, y in -(x * x + y * y) }
        let level = MarchingSquares.contour(g, level: -1)
        XCTAssertEqual(level.lines.count, 1)
        XCTAssertTrue(level.lines[0].isClosed)
        XCTAssertGreaterThan(signedArea(level.lines[0].points), 0)
    }

    // MARK: Boundary

    /// f = x on [-1, 1]², level 0.3, 20 × 20 (0.3 is not a grid abscissa). f is linear, so each
    /// crossing is exact up to rounding (tolerance 1e-12). The vertical line meets each of the 20 rows
    /// of horizontal edges once and no vertical edge, so it has exactly 20 points, from y = 1 down to
    /// y = −1 (inside x ≥ 0.3 on the left means walking downward).
    func testLevelCutByBoundaryIsOneOpenLine() {
        let g = grid(-1, 1, -1, 1, 20, 20) { x, _ in x }
        let level = MarchingSquares.contour(g, level: 0.3)
        assertWellFormed(level)
        XCTAssertEqual(level.lines.count, 1)
        guard let line = level.lines.first else { return }
        XCTAssertFalse(line.isClosed)
        XCTAssertEqual(line.points.count, 20)
        for p in line.points { XCTAssertEqual(p.x, 0.3, accuracy: 1e-12) }
        XCTAssertEqual(line.points.first!.y, 1, accuracy: 1e-12)
        XCTAssertEqual(line.points.last!.y, -1, accuracy: 1e-12)
        for k in 1..<line.points.count { XCTAssertLessThan(line.points[k].y, line.points[k - 1].y) }
    }

    // MARK: Saddles

    /// f = x·y on [-1, 1]². Along grid edges f is linear, so crossings satisfy x·y = level to rounding.
    /// For level > 0 the level set is two hyperbola branches in quadrants I and III, for level < 0 in
    /// II and IV; a wrong saddle decision would join branches across the origin. Grids: one cell
    /// (corners ±1, a pure saddle cell), 3 × 3 cells (centre cell is a saddle with corners ±1/9 for ±0.1),
    /// and 19 × 19 cells (centre cell corners ±1/361, a saddle for levels ±0.001).
    func testSaddleCellsDoNotJoinOppositeBranches() {
        let cases: [(Int, [Double])] = [(2, [0.1, -0.1]), (4, [0.1, -0.1]), (20, [0.1, -0.1, 0.001, -0.001])]
        for (n, levels) in cases {
            let g = grid(-1, 1, -1, 1, n, n) { x, y in x * y }
            for level in MarchingSquares.contours(g, levels: levels) {
                assertWellFormed(level)
                XCTAssertEqual(level.lines.count, 2, "n = \(n), level = \(level.value)")
                var quadrants = Set<Int>()
                for line in level.lines {
                    XCTAssertFalse(line.isClosed)
                    let q = quadrant(line.points[0])
                    quadrants.insert(q)
                    for p in line.points {
                        XCTAssertEqual(quadrant(p), q, "n = \(n), level = \(level.value): line leaves its quadrant at \(p)")
                        XCTAssertEqual(p.x * p.y, level.value, accuracy: 1e-12)
                    }
                }
                XCTAssertEqual(quadrants, level.value > 0 ? [1, 3] : [2, 4], "n = \(n), level = \(level.value)")
            }
        }
    }

    private func quadrant(_ p: Point2) -> Int {
        switch (p.x > 0, p.y > 0) {
        case (true, true): return 1
        case (false, true): return 2
        case (false, false): return 3
        case (true, false): return 4
        }
    }

    // MARK: Several pieces

    /// f = min((x−1)² + y², (x+1)² + y²) on [-3, 3] × [-2, 2], 121 × 81 (h = 0.05).
    /// Level 0.25: two disjoint circles of radius 0.5 → two closed lines, one around each centre
    /// (radius tolerance h²/(4r) as in the circle test). Level 1.5: the circles (r ≈ 1.22) overlap and
    /// the level set is the boundary of their union → one closed line.
    func testTwoBlobsGiveTwoClosedLinesAndMergeAboveTheSaddle() {
        let g = grid(-3, 3, -2, 2, 121, 81) { x, y in min((x - 1) * (x - 1) + y * y, (x + 1) * (x + 1) + y * y) }
        let h = 0.05
        let low = MarchingSquares.contour(g, level: 0.25)
        assertWellFormed(low)
        XCTAssertEqual(low.lines.count, 2)
        var centres: [Double] = []
        for line in low.lines {
            XCTAssertTrue(line.isClosed)
            let cx = line.points.map(\.x).reduce(0, +) / Double(line.points.count)
            let centre = Point2(cx > 0 ? 1 : -1, 0)
            centres.append(centre.x)
            for p in line.points { XCTAssertEqual(p.distance(to: centre), 0.5, accuracy: h * h / (4 * 0.5)) }
        }
        XCTAssertEqual(Set(centres), [1, -1])

        let high = MarchingSquares.contour(g, level: 1.5)
        assertWellFormed(high)
        XCTAssertEqual(high.lines.count, 1)
        XCTAssertEqual(high.lines.first?.isClosed, true)
    }

    // MARK: Holes

    /// Cells with a NaN or ±∞ corner are skipped; lines never contain non-finite points.
    func testNaNHoleIsSkippedWithoutNonFinitePoints() {
        for hole in [Double.nan, Double.infinity, -Double.infinity] {
            // Hole is the disk of radius 0.5: level 0.1 (r ≈ 0.32) lies entirely in it → no lines;
            // level 1 (r = 1) is untouched → one closed line; level 0.3 (r ≈ 0.55) runs along the hole edge.
            let g = grid(-2, 2, -2, 2, 81, 81) { x, y in x * x + y * y < 0.25 ? hole : x * x + y * y }
            let levels = MarchingSquares.contours(g, levels: [0.1, 0.3, 1])
            levels.forEach { assertWellFormed($0) }
            XCTAssertEqual(levels[0].lines.count, 0, "hole \(hole)")
            XCTAssertEqual(levels[2].lines.count, 1, "hole \(hole)")
            XCTAssertEqual(levels[2].lines.first?.isClosed, true, "hole \(hole)")
        }
    }

    /// A slot-shaped NaN hole cuts the unit circle: the level set becomes one open line whose two ends
    /// are at the hole (x > 0.5 − h), and every point is still on the circle (tolerance h²/(4r)).
    func testHoleCuttingAClosedLevelSetGivesAnOpenLine() {
        let h = 0.05
        let g = grid(-2, 2, -2, 2, 81, 81) { x, y in (x > 0.5 && abs(y) < 0.3) ? .nan : x * x + y * y }
        let level = MarchingSquares.contour(g, level: 1)
        assertWellFormed(level)
        XCTAssertEqual(level.lines.count, 1)
        guard let line = level.lines.first else { return }
        XCTAssertFalse(line.isClosed)
        for p in line.points { XCTAssertEqual(p.norm, 1, accuracy: h * h / 4) }
        XCTAssertGreaterThan(line.points.first!.x, 0.5 - h)
        XCTAssertGreaterThan(line.points.last!.x, 0.5 - h)
        XCTAssertGreaterThan(abs(line.points.first!.y), 0.3 - 1e-9)
        XCTAssertGreaterThan(abs(line.points.last!.y), 0.3 - 1e-9)
    }

    func testAllNonFiniteGridGivesNoLines() {
        let g = grid(0, 1, 0, 1, 5, 5) { _, _ in .nan }
        XCTAssertEqual(MarchingSquares.contour(g, level: 0).lines, [])
    }

    // MARK: Degenerate levels

    func testLevelOutsideRangeOrNonFiniteGivesNoLines() {
        let g = grid(-2, 2, -2, 2, 21, 21) { x, y in x * x + y * y }   // range 0...8
        for level in [-1.0, 8.5, 100, .nan, .infinity, -.infinity] {
            XCTAssertEqual(MarchingSquares.contour(g, level: level).lines, [], "level \(level)")
        }
        // A constant grid equal to the level is entirely inside: no crossings.
        let flat = grid(0, 1, 0, 1, 4, 4) { _, _ in 2 }
        XCTAssertEqual(MarchingSquares.contour(flat, level: 2).lines, [])
        XCTAssertEqual(MarchingSquares.contour(flat, level: 3).lines, [])
        XCTAssertEqual(MarchingSquares.contours(flat, levels: []), [])
    }

    /// f = x on [-1, 1]² with 21 columns, so column 10 is x = 0 exactly; level 0. Those vertices are
    /// inside (f ≥ level) and the crossings land exactly on them: one open line x = 0 with 21 distinct points.
    func testLevelThroughGridVerticesOfALinearFunction() {
        let g = grid(-1, 1, -1, 1, 21, 21) { x, _ in x }
        XCTAssertEqual(g.x(10), 0)
        let level = MarchingSquares.contour(g, level: 0)
        assertWellFormed(level)
        XCTAssertEqual(level.lines.count, 1)
        XCTAssertEqual(level.lines.first?.isClosed, false)
        XCTAssertEqual(level.lines.first?.points.count, 21)
        for p in level.lines.first?.points ?? [] { XCTAssertEqual(p.x, 0) }
    }

    /// A single vertex exactly at the level with everything else below: the level set is one point,
    /// which must not come out as a degenerate line.
    func testIsolatedVertexAtLevelGivesNoLine() {
        let g = grid(-1, 1, -1, 1, 21, 21) { x, y in -(x * x + y * y) }
        XCTAssertEqual(g[10, 10], 0)
        XCTAssertEqual(MarchingSquares.contour(g, level: 0).lines, [])
    }

    /// Many vertices exactly at the level: x·y at 0 with the axes on grid lines, and random integer grids.
    func testValuesEqualToLevelGiveNoNaNOrDuplicatePoints() {
        let axes = grid(-1, 1, -1, 1, 11, 11) { x, y in x * y }
        assertWellFormed(MarchingSquares.contour(axes, level: 0))

        var rng = LCG(state: 42)
        for _ in 0..<20 {
            let values = (0..<(12 * 9)).map { _ in (rng.next() * 3).rounded(.down) }   // in {0, 1, 2}
            let g = ScalarGrid(domain: Domain(xMin: 0, xMax: 11, yMin: 0, yMax: 8), columns: 12, rows: 9, values: values)
            for level in MarchingSquares.contours(g, levels: [0, 1, 2, 0.5]) {
                assertWellFormed(level)
            }
        }
    }

    // MARK: Determinism and consistency

    func testOutputIsDeterministicAndIndependentOfBatching() {
        var rng = LCG(state: 7)
        let values = (0..<(40 * 30)).map { k -> Double in
            let i = Double(k % 40), j = Double(k / 40)
            let v = (i * 0.3).sin2 + (j * 0.25).sin2 + 0.3 * rng.next()
            return k % 97 == 0 ? .nan : v
        }
        let g = ScalarGrid(domain: Domain(xMin: 0, xMax: 1, yMin: 0, yMax: 1), columns: 40, rows: 30, values: values)
        let levels = ContourLevels.linear(count: 9, in: g.finiteRange!)
        let first = MarchingSquares.contours(g, levels: levels)
        let second = MarchingSquares.contours(g, levels: levels)
        XCTAssertEqual(first, second)
        XCTAssertEqual(first, levels.map { MarchingSquares.contour(g, level: $0) })
        XCTAssertGreaterThan(first.reduce(0) { $0 + $1.lines.count }, 9, "the test field should be busy")
        first.forEach { assertWellFormed($0) }
    }

    /// Every crossing edge is used by exactly one chain: the total number of points equals the number
    /// of crossed grid edges when no crossing lands on a vertex (random values in (0, 1), level 0.5).
    func testEveryEdgeCrossingAppearsExactlyOnce() {
        var rng = LCG(state: 3)
        let columns = 30, rows = 25
        let values = (0..<(columns * rows)).map { _ in rng.next() * 0.98 + 0.01 }
        let g = ScalarGrid(domain: Domain(xMin: 0, xMax: 1, yMin: 0, yMax: 1), columns: columns, rows: rows, values: values)
        var crossed = 0
        for j in 0..<rows {
            for i in 0..<columns {
                if i + 1 < columns, (g[i, j] >= 0.5) != (g[i + 1, j] >= 0.5) { crossed += 1 }
                if j + 1 < rows, (g[i, j] >= 0.5) != (g[i, j + 1] >= 0.5) { crossed += 1 }
            }
        }
        let level = MarchingSquares.contour(g, level: 0.5)
        assertWellFormed(level)
        XCTAssertEqual(level.lines.reduce(0) { $0 + $1.points.count }, crossed)
        // Open lines must end on the domain boundary (there are no holes here).
        for line in level.lines where !line.isClosed {
            for p in [line.points.first!, line.points.last!] {
                XCTAssertTrue(p.x == 0 || p.x == 1 || p.y == 0 || p.y == 1, "open end \(p) not on the boundary")
            }
        }
    }
}

private extension Double {
    /// A smooth bounded wiggle without Foundation: 4t(1−t) on the fractional part, a parabola "sine".
    var sin2: Double {
        let t = self - self.rounded(.down)
        return 4 * t * (1 - t)
    }
}

// MARK: - ContourLevels

final class ContourLevelsTests: XCTestCase {

    private func assertStrictlyInside(_ levels: [Double], _ range: ClosedRange<Double>,
                                      file: StaticString = #filePath, line: UInt = #line) {
        for l in levels {
            XCTAssertGreaterThan(l, range.lowerBound, file: file, line: line)
            XCTAssertLessThan(l, range.upperBound, file: file, line: line)
        }
        for k in levels.indices.dropFirst() {
            XCTAssertLessThan(levels[k - 1], levels[k], file: file, line: line)
        }
    }

    func testLinearLevels() {
        let levels = ContourLevels.linear(count: 4, in: 0...10)
        XCTAssertEqual(levels.count, 4)
        for (got, want) in zip(levels, [2.0, 4, 6, 8]) { XCTAssertEqual(got, want, accuracy: 1e-12) }

        let negative = ContourLevels.linear(count: 3, in: -10 ... -2)
        for (got, want) in zip(negative, [-8.0, -6, -4]) { XCTAssertEqual(got, want, accuracy: 1e-12) }
        XCTAssertEqual(negative.count, 3)

        let many = ContourLevels.linear(count: 50, in: -3...7)
        XCTAssertEqual(many.count, 50)
        assertStrictlyInside(many, -3...7)
        for k in 1..<many.count { XCTAssertEqual(many[k] - many[k - 1], 10.0 / 51, accuracy: 1e-12) }

        XCTAssertEqual(ContourLevels.linear(count: 1, in: 0...1), [0.5])
        XCTAssertEqual(ContourLevels.linear(count: 0, in: 0...1), [])
        XCTAssertEqual(ContourLevels.linear(count: -2, in: 0...1), [])
        XCTAssertEqual(ContourLevels.linear(count: 5, in: 3...3), [])
        XCTAssertEqual(ContourLevels.linear(count: 5, in: 0 ... .infinity), [])
        XCTAssertEqual(ContourLevels.linear(count: 5, in: -.infinity ... 0), [])
        // A span below the resolution of Double near lo: levels that round onto lo/hi/each other drop out.
        let tiny = ContourLevels.linear(count: 10, in: 1e16 ... (1e16 + 4))
        XCTAssertLessThan(tiny.count, 10)
        assertStrictlyInside(tiny, 1e16 ... (1e16 + 4))
    }

    func testLogarithmicLevels() {
        let levels = ContourLevels.logarithmic(count: 3, in: 0...1000)
        XCTAssertEqual(levels.count, 3)
        for (got, want) in zip(levels, [1.0, 10, 100]) { XCTAssertEqual(got, want, accuracy: 1e-9 * want) }

        // Offsets from lo grow by a constant ratio φ^(−1/count) = 10^(3/count); the next would hit hi.
        let range = 2.0...502.0
        let many = ContourLevels.logarithmic(count: 12, in: range)
        XCTAssertEqual(many.count, 12)
        assertStrictlyInside(many, range)
        XCTAssertEqual(many[0] - 2, 500 * 1e-3, accuracy: 1e-12)
        let ratio = 10.0.squareRoot().squareRoot()   // 10^(3/12)
        for k in 1..<many.count { XCTAssertEqual((many[k] - 2) / (many[k - 1] - 2), ratio, accuracy: 1e-9) }
        XCTAssertEqual((many[11] - 2) * ratio, 500, accuracy: 1e-9)

        let decades2 = ContourLevels.logarithmic(count: 2, in: 0...100, decades: 2)
        for (got, want) in zip(decades2, [1.0, 10]) { XCTAssertEqual(got, want, accuracy: 1e-12) }
        XCTAssertEqual(decades2.count, 2)

        // Negative and zero-straddling ranges work because only offsets from lo are geometric.
        let negative = ContourLevels.logarithmic(count: 4, in: -5 ... -1)
        XCTAssertEqual(negative.count, 4)
        assertStrictlyInside(negative, -5 ... -1)
        XCTAssertEqual(negative[0], -5 + 4e-3, accuracy: 1e-12)
        let straddle = ContourLevels.logarithmic(count: 6, in: -3...2)
        XCTAssertEqual(straddle.count, 6)
        assertStrictlyInside(straddle, -3...2)

        XCTAssertEqual(ContourLevels.logarithmic(count: 1, in: 0...10).first ?? .nan, 0.01, accuracy: 1e-15)
        XCTAssertEqual(ContourLevels.logarithmic(count: 0, in: 0...1), [])
        XCTAssertEqual(ContourLevels.logarithmic(count: 4, in: 1...1), [])
        XCTAssertEqual(ContourLevels.logarithmic(count: 4, in: 0 ... .infinity), [])
        XCTAssertEqual(ContourLevels.logarithmic(count: 4, in: 0...1, decades: -1),
                       ContourLevels.logarithmic(count: 4, in: 0...1, decades: 3))
        // Offsets smaller than the spacing of Double at lo are dropped rather than returned as lo.
        let coarse = ContourLevels.logarithmic(count: 6, in: 1e16 ... (1e16 + 100))
        assertStrictlyInside(coarse, 1e16 ... (1e16 + 100))
        XCTAssertLessThan(coarse.count, 6)
    }

    func testQuantileLevels() {
        let values = (0..<100).map(Double.init)
        let g = ScalarGrid(domain: Domain(xMin: 0, xMax: 1, yMin: 0, yMax: 1), columns: 10, rows: 10, values: values)
        XCTAssertEqual(ContourLevels.quantiles(count: 3, of: g), [25, 50, 74])   // round(q·99) for q = ¼, ½, ¾
        XCTAssertEqual(ContourLevels.quantiles(count: 0, of: g), [])

        // Skewed data: most samples small. Quantile levels follow the data, not the range.
        let skewed = ScalarGrid(domain: Domain(xMin: 0, xMax: 1, yMin: 0, yMax: 1), columns: 10, rows: 10,
                                values: values.map { $0 < 90 ? $0 / 90 : 1000 + $0 })
        let q = ContourLevels.quantiles(count: 4, of: skewed)
        XCTAssertEqual(q.count, 4)
        XCTAssertTrue(q.allSatisfy { $0 < 1 })

        let flat = ScalarGrid(domain: Domain(xMin: 0, xMax: 1, yMin: 0, yMax: 1), columns: 3, rows: 3,
                              values: [1, 1, 1, 1, .nan, 1, 1, 1, 1])
        XCTAssertEqual(ContourLevels.quantiles(count: 3, of: flat), [])
        // Plateaus and NaNs: duplicates and the extreme values are dropped.
        let plateau = ScalarGrid(domain: Domain(xMin: 0, xMax: 1, yMin: 0, yMax: 1), columns: 3, rows: 3,
                                 values: [0, 1, 1, 1, .nan, 1, 1, 1, 2])
        XCTAssertEqual(ContourLevels.quantiles(count: 5, of: plateau), [1])
    }
}
