import XCTest
@testable import GDVizEngine

/// The level-by-level marching squares gdviz used before the one-pass scan: every level rescans
/// every cell and links segments through per-edge arrays. Kept as an independent reference, so
/// tests can show the one-pass version yields exactly the same lines.
enum ReferenceMarchingSquares {
    static func contours(_ grid: ScalarGrid, levels: [Double]) -> [ContourLevel] {
        var tracer = Tracer(grid: grid)
        return levels.map { tracer.trace(level: $0) }
    }

    static let segmentTable: [[(Int, Int)]] = [
        [],                // 0: nothing inside
        [(0, 3)],          // 1: BL
        [(1, 0)],          // 2: BR
        [(1, 3)],          // 3: BL BR
        [(2, 1)],          // 4: TR
        [],                // 5: BL TR (saddle)
        [(2, 0)],          // 6: BR TR
        [(2, 3)],          // 7: BL BR TR
        [(3, 2)],          // 8: TL
        [(0, 2)],          // 9: BL TL
        [],                // 10: BR TL (saddle)
        [(1, 2)],          // 11: BL BR TL
        [(3, 1)],          // 12: TR TL
        [(0, 1)],          // 13: BL TR TL
        [(3, 0)],          // 14: BR TR TL
        [],                // 15: everything inside
    ]

    /// Scratch state for tracing one grid at several levels.
    ///
    /// Edge ids: horizontal edge (i, j)–(i+1, j) has id `j·(columns−1) + i`; vertical edge
    /// (i, j)–(i, j+1) has id `H + j·columns + i` with `H = (columns−1)·rows`.
    struct Tracer {
        let grid: ScalarGrid
        let horizontalCount: Int
        /// `next[e]`: the edge the level set goes to after crossing edge e inside the following cell, or -1.
        var next: [Int]
        /// `prev[e]`: the edge the level set came from before crossing edge e, or -1.
        var prev: [Int]
        var visited: [Bool]
        /// From-edges of all segments of the current level, in scan order.
        var froms: [Int] = []
        var tos: [Int] = []

        init(grid: ScalarGrid) {
            self.grid = grid
            horizontalCount = (grid.columns - 1) * grid.rows
            let edgeCount = horizontalCount + grid.columns * (grid.rows - 1)
            next = Array(repeating: -1, count: edgeCount)
            prev = Array(repeating: -1, count: edgeCount)
            visited = Array(repeating: false, count: edgeCount)
        }

        mutating func trace(level: Double) -> ContourLevel {
            guard level.isFinite else { return ContourLevel(value: level, lines: []) }
            collectSegments(level: level)
            let lines = joinSegments(level: level)
            reset()
            return ContourLevel(value: level, lines: lines)
        }

        // MARK: Segments

        private mutating func addSegment(_ from: Int, _ to: Int) {
            assert(next[from] == -1 && prev[to] == -1, "edge crossing used twice")
            next[from] = to
            prev[to] = from
            froms.append(from)
            tos.append(to)
        }

        private mutating func collectSegments(level: Double) {
            let columns = grid.columns
            let rows = grid.rows
            let h = horizontalCount
            let values = grid.values
            values.withUnsafeBufferPointer { v in
                for j in 0..<(rows - 1) {
                    for i in 0..<(columns - 1) {
                        let k = j * columns + i
                        let bl = v[k], br = v[k + 1], tr = v[k + columns + 1], tl = v[k + columns]
                        guard bl.isFinite, br.isFinite, tr.isFinite, tl.isFinite else { continue }
                        var index = 0
                        if bl >= level { index |= 1 }
                        if br >= level { index |= 2 }
                        if tr >= level { index |= 4 }
                        if tl >= level { index |= 8 }
                        if index == 0 || index == 15 { continue }
                        let edges = (
                            j * (columns - 1) + i,          // bottom
                            h + j * columns + i + 1,        // right
                            (j + 1) * (columns - 1) + i,    // top
                            h + j * columns + i             // left
                        )
                        func id(_ local: Int) -> Int {
                            switch local {
                            case 0: return edges.0
                            case 1: return edges.1
                            case 2: return edges.2
                            default: return edges.3
                            }
                        }
                        switch index {
                        case 5:
                            let centre = (bl + br + tr + tl) / 4
                            if centre >= level {      // BL and TR joined: cut off BR and TL
                                addSegment(id(0), id(1))
                                addSegment(id(2), id(3))
                            } else {                  // BL and TR separate
                                addSegment(id(0), id(3))
                                addSegment(id(2), id(1))
                            }
                        case 10:
                            let centre = (bl + br + tr + tl) / 4
                            if centre >= level {      // BR and TL joined: cut off BL and TR
                                addSegment(id(3), id(0))
                                addSegment(id(1), id(2))
                            } else {                  // BR and TL separate
                                addSegment(id(1), id(0))
                                addSegment(id(3), id(2))
                            }
                        default:
                            for (a, b) in ReferenceMarchingSquares.segmentTable[index] {
                                addSegment(id(a), id(b))
                            }
                        }
                    }
                }
            }
        }

        // MARK: Crossing points

        /// The interpolated crossing of `level` on edge `e` (exact at the vertices, see type docs).
        private func crossing(_ e: Int, level: Double) -> Point2 {
            let columns = grid.columns
            let i0: Int, j0: Int, i1: Int, j1: Int
            if e < horizontalCount {
                j0 = e / (columns - 1); i0 = e % (columns - 1)
                i1 = i0 + 1; j1 = j0
            } else {
                let r = e - horizontalCount
                j0 = r / columns; i0 = r % columns
                i1 = i0; j1 = j0 + 1
            }
            let va = grid[i0, j0], vb = grid[i1, j1]
            var t = (level - va) / (vb - va)
            if !t.isFinite { t = 0.5 }           // only on overflow of vb − va
            t = min(max(t, 0), 1)
            // Only the coordinate along the edge is interpolated; the other is the grid line itself,
            // so crossings on the domain boundary lie exactly on it.
            if t == 0 { return Point2(grid.x(i0), grid.y(j0)) }
            if t == 1 { return Point2(grid.x(i1), grid.y(j1)) }
            if e < horizontalCount {
                return Point2((1 - t) * grid.x(i0) + t * grid.x(i1), grid.y(j0))
            } else {
                return Point2(grid.x(i0), (1 - t) * grid.y(j0) + t * grid.y(j1))
            }
        }

        // MARK: Joining

        private mutating func joinSegments(level: Double) -> [ContourLine] {
            var lines: [ContourLine] = []
            for e in froms where !visited[e] {
                // Walk back to the start of the chain, or around the loop back to e.
                var start = e
                var closed = false
                while true {
                    let p = prev[start]
                    if p == -1 { break }
                    if p == e { closed = true; start = e; break }
                    start = p
                }
                var points: [Point2] = []
                var edge = start
                while true {
                    visited[edge] = true
                    let point = crossing(edge, level: level)
                    if points.last != point { points.append(point) }
                    let n = next[edge]
                    if n == -1 || n == start { break }
                    edge = n
                }
                if closed, points.count > 1, points.first == points.last { points.removeLast() }
                if closed && points.count >= 3 {
                    lines.append(ContourLine(points: points, isClosed: true))
                } else if points.count >= 2 {
                    lines.append(ContourLine(points: points, isClosed: false))
                }
            }
            return lines
        }

        private mutating func reset() {
            for e in froms { next[e] = -1; visited[e] = false }
            for e in tos { prev[e] = -1; visited[e] = false }
            froms.removeAll(keepingCapacity: true)
            tos.removeAll(keepingCapacity: true)
        }
    }
}
