/// Level-set extraction on a `ScalarGrid` by marching squares.
///
/// **Conventions.**
/// - A grid vertex is *inside* iff its value `v >= level` (so values exactly equal to the level count
///   as inside). A grid edge is *crossed* iff exactly one of its two endpoints is inside.
/// - The crossing point on an edge from vertex a to vertex b is found by linear interpolation,
///   `t = (level − f(a)) / (f(b) − f(a))`, `p = (1 − t)·a + t·b`, with `t ∈ [0, 1]`. This form is exact
///   at both ends: when `f(a) == level` the point is exactly vertex a (t = 0), when `f(b) == level` it is
///   exactly vertex b (t = 1). For an `f` that is linear on a cell the crossing is therefore exact up to
///   rounding; for smooth `f` the error is O(h²) in the grid spacing h.
/// - Saddle cells (two diagonally opposite corners inside, cases 5 and 10) are resolved by the cell-centre
///   value `c = (f₀₀ + f₁₀ + f₁₁ + f₀₁) / 4`: when `c >= level` the two inside corners are joined
///   through the centre, otherwise they are separated.
/// - A cell with any non-finite corner (NaN or ±∞) is skipped: such regions are holes, and a level set
///   that runs into a hole ends there as an open line. A non-finite `level` yields no lines.
/// - Segments are joined through the grid edges they share (keyed by an integer edge id, never by
///   floating-point coordinates), so each connected piece of the level set is one `ContourLine`:
///   closed (`isClosed == true`, first point not repeated) when it returns to its start, open when it
///   ends at the domain boundary or at a hole.
/// - Orientation: every line is traversed with the inside region (`f >= level`) on its **left**.
///   Hence a closed line around a local maximum runs counter-clockwise, around a local minimum clockwise.
///   Open lines start at the end where the traversal begins (an end point of the line).
/// - Degenerate pieces: consecutive identical points (which arise when the level set passes exactly
///   through grid vertices) are merged, including the closing pair of a closed line. A piece that
///   collapses to a single point is dropped; a closed piece that collapses to two points is reported
///   as an open two-point line.
/// - Determinism: cells are scanned in row-major order (row j, then column i); lines are emitted in
///   the order of their first segment in that scan; a closed line starts at the crossing that begins
///   its first scanned segment. Identical input gives identical output.
///
/// **Cost.** One pass over the cells serves all levels: a cell's smallest and largest corner give
/// the levels that cross it (`min < level <= max`), found from the sorted levels, so a cell that no
/// level crosses costs four comparisons whatever the number of levels. Segments are linked to their
/// neighbours during the scan through a row-sized table of pending edges per level, so memory is
/// O(segments + levels · columns), never O(edges · levels) or O(edges).
package enum MarchingSquares {

    /// All pieces of the level set f = `level` on the grid (see the type's documentation for conventions).
    package static func contour(_ grid: ScalarGrid, level: Double) -> ContourLevel {
        contours(grid, levels: [level])[0]
    }

    /// `contour(_:level:)` for each level, in the given order, from one pass over the cells.
    ///
    /// Each level's segments and lines depend on that level alone, so on a large enough grid the
    /// levels are dealt out over the cores (in ascending order, round-robin, so every core gets
    /// low and high levels alike), each core making its own pass; the lines are the same.
    package static func contours(_ grid: ScalarGrid, levels: [Double]) -> [ContourLevel] {
        let ways = min(ParallelWork.width, levels.count)
        guard ways > 1, grid.columns * grid.rows >= parallelCells else { return scanned(grid, levels: levels) }
        let ascending = levels.indices.sorted { (levels[$0], $0) < (levels[$1], $1) }
        let groups = (0..<ways).map { w in stride(from: w, to: ascending.count, by: ways).map { ascending[$0] } }
        let parts = ParallelWork.map(ways) { w in scanned(grid, levels: groups[w].map { levels[$0] }) }
        var result = [ContourLevel](repeating: ContourLevel(value: 0, lines: []), count: levels.count)
        for (group, part) in zip(groups, parts) {
            for (index, level) in zip(group, part) { result[index] = level }
        }
        return result
    }

    /// Grids smaller than this are contoured on one core (a pass over them costs less than a thread's wake-up).
    static let parallelCells = 10_000

    private static func scanned(_ grid: ScalarGrid, levels: [Double]) -> [ContourLevel] {
        var scan = Scan(grid: grid, levels: levels)
        scan.collectSegments()
        return levels.indices.map { k in
            ContourLevel(value: levels[k], lines: scan.slot(of: k).map { scan.joinSegments(slot: $0) } ?? [])
        }
    }
}

// MARK: - Implementation

extension MarchingSquares {

    /// Local edge indices of a cell: 0 = bottom, 1 = right, 2 = top, 3 = left.
    /// Corner bits of the case index: 1 = bottom-left (i, j), 2 = bottom-right (i+1, j),
    /// 4 = top-right (i+1, j+1), 8 = top-left (i, j+1).
    /// Entry `case` is the directed segment (from-edge, to-edge) with the inside region on the left,
    /// packed as `from << 2 | to`; saddle cases 5 and 10 and the empty cases 0 and 15 are handled apart.
    fileprivate static let segmentTable: [UInt8] = [
        0,              // 0: nothing inside
        0 << 2 | 3,     // 1: BL
        1 << 2 | 0,     // 2: BR
        1 << 2 | 3,     // 3: BL BR
        2 << 2 | 1,     // 4: TR
        0,              // 5: BL TR (saddle)
        2 << 2 | 0,     // 6: BR TR
        2 << 2 | 3,     // 7: BL BR TR
        3 << 2 | 2,     // 8: TL
        0 << 2 | 2,     // 9: BL TL
        0,              // 10: BR TL (saddle)
        1 << 2 | 2,     // 11: BL BR TL
        3 << 2 | 1,     // 12: TR TL
        0 << 2 | 1,     // 13: BL TR TL
        3 << 2 | 0,     // 14: BR TR TL
        0,              // 15: everything inside
    ]

    /// The segments of one level, in scan order, linked to their neighbours.
    struct LevelSegments {
        var from: [UInt32] = []
        var to: [UInt32] = []
        /// Index of the segment whose from-edge is this segment's to-edge, or -1.
        var next: [Int32] = []
        /// Index of the segment whose to-edge is this segment's from-edge, or -1.
        var prev: [Int32] = []
    }

    /// One pass over the grid for all levels.
    ///
    /// Edge ids: horizontal edge (i, j)–(i+1, j) has id `j·(columns−1) + i`; vertical edge
    /// (i, j)–(i, j+1) has id `H + j·columns + i` with `H = (columns−1)·rows`.
    struct Scan {
        let grid: ScalarGrid
        let horizontalCount: Int
        /// The finite levels, ascending (duplicates kept: each is its own slot).
        let sorted: [Double]
        /// For each requested level index, its slot in `sorted` (nil for a non-finite level).
        let slots: [Int?]
        var segments: [LevelSegments]

        init(grid: ScalarGrid, levels: [Double]) {
            self.grid = grid
            horizontalCount = (grid.columns - 1) * grid.rows
            let edgeCount = horizontalCount + grid.columns * (grid.rows - 1)
            precondition(edgeCount < Int(UInt32.max), "grid too large for 32-bit edge ids")
            let order = levels.indices.filter { levels[$0].isFinite }.sorted { (levels[$0], $0) < (levels[$1], $1) }
            sorted = order.map { levels[$0] }
            var slots = [Int?](repeating: nil, count: levels.count)
            for (slot, k) in order.enumerated() { slots[k] = slot }
            self.slots = slots
            segments = Array(repeating: LevelSegments(), count: order.count)
        }

        func slot(of level: Int) -> Int? { slots[level] }

        // MARK: Segments

        /// Scans every cell once. A segment's from-edge and to-edge are shared with at most one
        /// earlier cell each: the left edge with cell (i−1, j), the bottom edge with cell (i, j−1).
        /// `pendingTop[slot·columns + i]` and `pendingRight[slot]` hold the segment that crossed those
        /// edges, tagged with the edge id, so a stale entry (from a cell beside a hole) never matches.
        mutating func collectSegments() {
            let columns = grid.columns, rows = grid.rows
            let h = horizontalCount
            let levelCount = sorted.count
            guard levelCount > 0 else { return }
            let none = (edge: UInt32.max, segment: Int32(-1))
            var pendingTop = [(edge: UInt32, segment: Int32)](repeating: none, count: levelCount * columns)
            var pendingRight = [(edge: UInt32, segment: Int32)](repeating: none, count: levelCount)
            let values = grid.values, sorted = sorted
            var segments = self.segments
            self.segments = []          // one owner, so appends never copy
            defer { self.segments = segments }
            values.withUnsafeBufferPointer { v in
                sorted.withUnsafeBufferPointer { levels in
                    Scan.scanCells(v, levels: levels, columns: columns, rows: rows, horizontalCount: h,
                                   segments: &segments, pendingTop: &pendingTop, pendingRight: &pendingRight)
                }
            }
        }

        /// The loop of `collectSegments`, with the arrays it fills passed `inout` rather than captured,
        /// so the compiler checks their exclusive access once, not at every cell.
        private static func scanCells(_ v: UnsafeBufferPointer<Double>, levels: UnsafeBufferPointer<Double>,
                                      columns: Int, rows: Int, horizontalCount h: Int,
                                      segments: inout [LevelSegments],
                                      pendingTop: inout [(edge: UInt32, segment: Int32)],
                                      pendingRight: inout [(edge: UInt32, segment: Int32)]) {
            let levelCount = levels.count
            let none = (edge: UInt32.max, segment: Int32(-1))
            let table = MarchingSquares.segmentTable
            var first = 0  // the first slot whose level is above the current cell's minimum
            for j in 0..<(rows - 1) {
                for i in 0..<(columns - 1) {
                    let k = j * columns + i
                    let bl = v[k], br = v[k + 1], tr = v[k + columns + 1], tl = v[k + columns]
                    let lo = min(min(bl, br), min(tr, tl)), hi = max(max(bl, br), max(tr, tl))
                    // NaN compares false, so a NaN corner fails `lo <= hi` only sometimes: test all.
                    guard lo.isFinite, hi.isFinite, bl.isFinite, br.isFinite, tr.isFinite, tl.isFinite else { continue }
                    // Levels crossing the cell: lo < level <= hi. Neighbouring cells have close
                    // values, so the start moves little from one cell to the next.
                    while first > 0 && levels[first - 1] > lo { first -= 1 }
                    while first < levelCount && levels[first] <= lo { first += 1 }
                    var slot = first
                    guard slot < levelCount, levels[slot] <= hi else { continue }
                    let edges: (UInt32, UInt32, UInt32, UInt32) = (
                        UInt32(j * (columns - 1) + i),          // bottom
                        UInt32(h + j * columns + i + 1),        // right
                        UInt32((j + 1) * (columns - 1) + i),    // top
                        UInt32(h + j * columns + i)             // left
                    )
                    func id(_ local: Int) -> UInt32 {
                        switch local {
                        case 0: return edges.0
                        case 1: return edges.1
                        case 2: return edges.2
                        default: return edges.3
                        }
                    }
                    // The pending entries of this cell's left and bottom edges, read before the
                    // cell's own segments overwrite them (a saddle's second segment needs them).
                    var left = none, bottom = none
                    func add(_ a: Int, _ b: Int) {
                        Scan.addSegment(&segments[slot], slot: slot, column: i, columns: columns,
                                        fromLocal: a, from: id(a), toLocal: b, to: id(b), left: left, bottom: bottom,
                                        pendingTop: &pendingTop, pendingRight: &pendingRight)
                    }
                    while slot < levelCount && levels[slot] <= hi {
                        let level = levels[slot]
                        left = pendingRight[slot]
                        bottom = pendingTop[slot * columns + i]
                        var index = 0
                        if bl >= level { index |= 1 }
                        if br >= level { index |= 2 }
                        if tr >= level { index |= 4 }
                        if tl >= level { index |= 8 }
                        switch index {
                        case 5:
                            let centre = (bl + br + tr + tl) / 4
                            if centre >= level {      // BL and TR joined: cut off BR and TL
                                add(0, 1); add(2, 3)
                            } else {                  // BL and TR separate
                                add(0, 3); add(2, 1)
                            }
                        case 10:
                            let centre = (bl + br + tr + tl) / 4
                            if centre >= level {      // BR and TL joined: cut off BL and TR
                                add(3, 0); add(1, 2)
                            } else {                  // BR and TL separate
                                add(1, 0); add(3, 2)
                            }
                        case 0, 15:
                            break                     // unreachable: lo < level <= hi
                        default:
                            let packed = Int(table[index])
                            add(packed >> 2, packed & 3)
                        }
                        slot += 1
                    }
                }
            }
        }

        /// Appends a segment and links it through the edges it shares with earlier cells; registers
        /// its right and top edges for the cells that come later.
        private static func addSegment(_ segments: inout LevelSegments, slot: Int, column i: Int, columns: Int,
                                         fromLocal: Int, from: UInt32, toLocal: Int, to: UInt32,
                                         left: (edge: UInt32, segment: Int32), bottom: (edge: UInt32, segment: Int32),
                                         pendingTop: inout [(edge: UInt32, segment: Int32)],
                                         pendingRight: inout [(edge: UInt32, segment: Int32)]) {
            let index = Int32(segments.from.count)
            segments.from.append(from)
            segments.to.append(to)
            segments.next.append(-1)
            segments.prev.append(-1)
            // An edge shared with an earlier cell: that cell's segment ended or started there.
            func earlier(_ local: Int, _ edge: UInt32) -> Int32 {
                let entry: (edge: UInt32, segment: Int32)
                switch local {
                case 0: entry = bottom
                case 3: entry = left
                default: return -1
                }
                return entry.edge == edge ? entry.segment : -1
            }
            func register(_ local: Int, _ edge: UInt32) {
                switch local {
                case 1: pendingRight[slot] = (edge, index)
                case 2: pendingTop[slot * columns + i] = (edge, index)
                default: break
                }
            }
            let p = earlier(fromLocal, from)
            if p >= 0 {
                assert(segments.next[Int(p)] == -1, "edge crossing used twice")
                segments.prev[Int(index)] = p
                segments.next[Int(p)] = index
            }
            let n = earlier(toLocal, to)
            if n >= 0 {
                assert(segments.prev[Int(n)] == -1, "edge crossing used twice")
                segments.next[Int(index)] = n
                segments.prev[Int(n)] = index
            }
            register(fromLocal, from)
            register(toLocal, to)
        }
    }
}
