/// Filled-contour geometry: the superlevel sets {f ≥ L} of a grid as closed polygons.
///
/// Painting the region of every level, lowest first, each over the one below, draws the isobands:
/// the band between L_k and L_k+1 is what remains visible of region k. Because each region lies on
/// top of the one below instead of beside it, neighbouring bands share no edge, so anti-aliasing
/// never lets the background through a hairline seam (the artefact of filling adjacent band polygons
/// one by one). The polygons are the contour lines of the same marching-squares pass, so band edges
/// coincide exactly with the stroked contour lines.
///
/// **Construction.** A closed contour line is a ring as it is. Open lines run from one point of the
/// grid's boundary to another with the region on their left (see `MarchingSquares`); after the end
/// of one line the region continues counter-clockwise along the boundary up to the next line's start,
/// so rings are formed by joining each end to the next start in counter-clockwise order, through the
/// corners in between. With no open line the boundary is either wholly inside (the rectangle is a ring)
/// or wholly outside. Rings are oriented so the region is on the left: counter-clockwise around the
/// region, clockwise around its holes (pits below L), so the **non-zero** fill rule fills exactly the
/// region, saddle cells included (resolved as in `MarchingSquares`).
///
/// **Non-finite samples** are holes in every region: before tracing they are replaced by a value far
/// below every level (−max/2), so each region closes around them about half a cell from the nearest
/// finite sample; `finite` is the region of finite samples, the area the lowest band covers.
package struct FilledRegions: Sendable {
    /// One entry per level, in the order given: the rings of {f ≥ level}.
    package var regions: [[[Point2]]]
    /// The rings of the area where f is finite (the whole grid rectangle when there is no hole).
    package var finite: [[Point2]]

    /// Value standing in for non-finite samples, and the level that separates it from finite ones.
    static let holeValue = -Double.greatestFiniteMagnitude / 2
    static let holeLevel = -Double.greatestFiniteMagnitude / 4

    /// `lines` may pass the contour lines of `levels` on `grid` already traced (for stroking), so
    /// the pass is not repeated; they are used only when the grid has no hole.
    package init(_ grid: ScalarGrid, levels: [Double], lines: [ContourLevel]? = nil) {
        let hasHoles = grid.values.contains { !$0.isFinite }
        let traced: ScalarGrid
        if hasHoles {
            traced = ScalarGrid(domain: grid.domain, columns: grid.columns, rows: grid.rows,
                                values: grid.values.map { $0.isFinite ? max($0, Self.holeLevel) : Self.holeValue })
        } else {
            traced = grid
        }
        var contourLevels: [ContourLevel]
        if !hasHoles, let lines, lines.map(\.value).elementsEqual(levels, by: { $0 == $1 || ($0.isNaN && $1.isNaN) }) {
            contourLevels = lines
        } else {
            contourLevels = MarchingSquares.contours(traced, levels: hasHoles ? levels + [Self.holeLevel] : levels)
        }
        let boundary = Boundary(traced)
        if hasHoles {
            finite = boundary.rings(of: contourLevels.removeLast(), grid: traced)
        } else {
            finite = [boundary.rectangle]
        }
        regions = contourLevels.map { boundary.rings(of: $0, grid: traced) }
    }

    /// The grid's outline, measured counter-clockwise from the bottom-left corner.
    struct Boundary {
        let x0: Double, y0: Double, x1: Double, y1: Double
        var width: Double { x1 - x0 }
        var height: Double { y1 - y0 }
        var perimeter: Double { 2 * (width + height) }

        init(_ grid: ScalarGrid) {
            // The grid's own coordinates, which crossings on the boundary share exactly.
            x0 = grid.x(0); x1 = grid.x(grid.columns - 1)
            y0 = grid.y(0); y1 = grid.y(grid.rows - 1)
        }

        /// Counter-clockwise, starting at the bottom-left corner.
        var rectangle: [Point2] { [Point2(x0, y0), Point2(x1, y0), Point2(x1, y1), Point2(x0, y1)] }

        /// Corners with their positions along the boundary.
        var corners: [(s: Double, point: Point2)] {
            [(width, Point2(x1, y0)), (width + height, Point2(x1, y1)),
             (2 * width + height, Point2(x0, y1)), (perimeter, Point2(x0, y0))]
        }

        /// Position of `p` along the boundary, or nil when `p` is not on it.
        func position(_ p: Point2) -> Double? {
            if p.y == y0 && p.x >= x0 && p.x <= x1 { return p.x - x0 }
            if p.x == x1 && p.y >= y0 && p.y <= y1 { return width + (p.y - y0) }
            if p.y == y1 && p.x >= x0 && p.x <= x1 { return width + height + (x1 - p.x) }
            if p.x == x0 && p.y >= y0 && p.y <= y1 { return 2 * width + height + (y1 - p.y) }
            return nil
        }

        /// Distance from a to b going counter-clockwise, in [0, perimeter).
        func ccwDistance(from a: Double, to b: Double) -> Double {
            let d = b - a
            return d >= 0 ? d : d + perimeter
        }

        /// The rings of the region {f ≥ level.value} traced in `level`.
        func rings(of level: ContourLevel, grid: ScalarGrid) -> [[Point2]] {
            var rings = level.lines.filter(\.isClosed).map(\.points)
            // Open lines from boundary to boundary; anything else is a degenerate piece without area.
            var open: [(points: [Point2], start: Double, end: Double)] = []
            for line in level.lines where !line.isClosed {
                guard let first = line.points.first, let last = line.points.last,
                      let s = position(first), let e = position(last) else { continue }
                open.append((line.points, s, e))
            }
            if open.isEmpty {
                if let corner = grid.values.first, corner >= level.value, level.value.isFinite { rings.append(rectangle) }
                return rings
            }
            // Starts in counter-clockwise order, so the next start after an end is found by a short scan.
            let order = open.indices.sorted { (open[$0].start, $0) < (open[$1].start, $1) }
            var used = [Bool](repeating: false, count: open.count)
            for first in order where !used[first] {
                var ring: [Point2] = []
                var current = first
                while true {
                    used[current] = true
                    ring += open[current].points
                    let end = open[current].end
                    // The nearest start counter-clockwise that is free or closes this ring.
                    var next = first
                    var best = ccwDistance(from: end, to: open[first].start)
                    for candidate in order where !used[candidate] {
                        let d = ccwDistance(from: end, to: open[candidate].start)
                        if d < best { best = d; next = candidate }
                    }
                    let passed = corners.map { (d: ccwDistance(from: end, to: $0.s.truncatingRemainder(dividingBy: perimeter)), point: $0.point) }
                        .filter { $0.d > 0 && $0.d < best }
                        .sorted { $0.d < $1.d }
                    ring += passed.map(\.point)
                    if next == first { break }
                    current = next
                }
                rings.append(ring)
            }
            return rings
        }
    }
}
