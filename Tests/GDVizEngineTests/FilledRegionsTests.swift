import XCTest
@testable import GDVizEngine

/// Superlevel regions as polygons: areas against closed forms (shoelace sums, non-zero rule with
/// consistent orientation, so holes subtract), saddles, holes, the boundary walk, nesting.
final class FilledRegionsTests: XCTestCase {
    /// Σ over rings of the signed shoelace area; with the region on each ring's left this is the
    /// region's area (holes are clockwise and count negative).
    private func area(_ rings: [[Point2]]) -> Double {
        rings.reduce(0) { sum, ring in
            var a = 0.0
            for k in ring.indices {
                let p = ring[k], q = ring[(k + 1) % ring.count]
                a += p.x * q.y - q.x * p.y
            }
            return sum + a / 2
        }
    }

    private let square = Domain(xMin: -2, xMax: 2, yMin: -2, yMax: 2)

    /// {x² + y² ≥ r²} on [−2, 2]² is the square minus a disk: 16 − πr². The traced circle is
    /// inscribed with vertices within h²/(4r) of it, so the disk's area is off by at most
    /// about 2πr·h²/(4r) + (chord sag) < π·h²; allow 2π·h² (h = 0.04 → 0.01).
    func testSquareMinusDisk() {
        let grid = ScalarGrid(domain: square, columns: 101, rows: 101) { x, y in x * x + y * y }
        let regions = FilledRegions(grid, levels: [0.25, 1, 2.25])
        let h = 0.04
        for (r, rings) in zip([0.5, 1, 1.5], regions.regions) {
            XCTAssertEqual(area(rings), 16 - Double.pi * r * r, accuracy: 2 * .pi * h * h, "r = \(r)")
        }
        XCTAssertEqual(area(regions.finite), 16, accuracy: 1e-12)
    }

    /// Levels crossing the boundary: {x² + y² ≥ 5} leaves four corner pieces, each joined along the
    /// boundary through its corner; {≥ 9} leaves nothing (max is 8), {≥ −1} the whole square.
    func testBoundaryWalkThroughCorners() {
        let grid = ScalarGrid(domain: square, columns: 201, rows: 201) { x, y in x * x + y * y }
        let regions = FilledRegions(grid, levels: [5, 9, -1])
        // Area of {x² + y² ≥ 5} ∩ [−2, 2]²: 16 − (disk of radius √5 clipped to the square)
        // = 16 − (4·(1·2) + 4·(½·5·(atan2(2, 1) − atan2(1, 2)))) in quarter-plane pieces.
        let clippedDisk = 8 + 10 * (atan2(2.0, 1.0) - atan2(1.0, 2.0))
        XCTAssertEqual(area(regions.regions[0]), 16 - clippedDisk, accuracy: 0.01)
        XCTAssertEqual(regions.regions[0].count, 4)
        XCTAssertTrue(regions.regions[1].isEmpty)
        XCTAssertEqual(area(regions.regions[2]), 16, accuracy: 1e-12)
    }

    /// The saddle x·y ≥ 0 is two opposite quadrants of [−1, 1]², area 2, whatever the saddle cell
    /// at the origin decides; x·y ≥ 0.25 is two hyperbolic corners, each 3/4 − ¼·ln 4 ... checked by
    /// symmetry: the two pieces have equal area and sum to 2·(0.75 − 0.25·ln 4).
    func testSaddle() {
        let grid = ScalarGrid(domain: Domain(xMin: -1, xMax: 1, yMin: -1, yMax: 1), columns: 81, rows: 81) { x, y in x * y }
        let regions = FilledRegions(grid, levels: [0, 0.25])
        XCTAssertEqual(area(regions.regions[0]), 2, accuracy: 1e-3)
        // ∫_{1/4}^{1} (1 − 1/(4x)) dx = 3/4 − ¼·ln 4 per corner.
        XCTAssertEqual(area(regions.regions[1]), 2 * (0.75 - 0.25 * log(4)), accuracy: 2e-3)
        XCTAssertEqual(regions.regions[1].count, 2)
    }

    /// A NaN disk is a hole in every region and in the finite area; the regions stay nested.
    func testHolesAndNesting() {
        let grid = ScalarGrid(domain: square, columns: 161, rows: 161) { x, y in
            x * x + y * y < 0.25 ? .nan : x
        }
        let h = 4.0 / 160
        let regions = FilledRegions(grid, levels: [-1, 0, 1])
        let hole = Double.pi * 0.25
        // The hole's outline runs half a cell outside the NaN disk's last finite samples, within a cell.
        XCTAssertEqual(area(regions.finite), 16 - hole, accuracy: 2 * .pi * 0.5 * h)
        XCTAssertEqual(area(regions.regions[0]), 12 - hole, accuracy: 2 * .pi * 0.5 * h)
        XCTAssertEqual(area(regions.regions[1]), 8 - hole / 2, accuracy: 2 * .pi * 0.5 * h)
        XCTAssertEqual(area(regions.regions[2]), 4, accuracy: 1e-9)
        for rings in regions.regions { for ring in rings { for p in ring { XCTAssertTrue(p.isFinite) } } }
    }

    /// Reusing already traced lines gives the same polygons as tracing again.
    func testReusedLinesGiveTheSameRegions() {
        let grid = ScalarGrid(domain: square, columns: 41, rows: 31) { x, y in sin(2 * x) * cos(y) }
        let levels = [-0.5, 0, 0.5]
        let fresh = FilledRegions(grid, levels: levels)
        let reused = FilledRegions(grid, levels: levels, lines: MarchingSquares.contours(grid, levels: levels))
        XCTAssertEqual(fresh.regions, reused.regions)
        for k in 1..<levels.count {
            XCTAssertLessThanOrEqual(area(fresh.regions[k]), area(fresh.regions[k - 1]) + 1e-12, "nested")
        }
    }
}
