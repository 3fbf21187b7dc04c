/// The second half of a marching-squares pass: the linked segments of one level become lines,
/// with each crossing point interpolated on its grid edge (conventions: ``MarchingSquares``).
extension MarchingSquares.Scan {
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

    /// The lines of one level, in the order of their first segment in the scan.
    func joinSegments(slot: Int) -> [ContourLine] {
        let level = sorted[slot]
        let s = segments[slot]
        var visited = [Bool](repeating: false, count: s.from.count)
        var lines: [ContourLine] = []
        for first in s.from.indices where !visited[first] {
            // Walk back to the start of the chain, or around the loop back to `first`.
            var start = first
            var closed = false
            while true {
                let p = Int(s.prev[start])
                if p == -1 { break }
                if p == first { closed = true; start = first; break }
                start = p
            }
            var points: [Point2] = []
            var segment = start
            while true {
                visited[segment] = true
                let point = crossing(Int(s.from[segment]), level: level)
                if points.last != point { points.append(point) }
                let n = Int(s.next[segment])
                if n == -1 {
                    let end = crossing(Int(s.to[segment]), level: level)
                    if points.last != end { points.append(end) }
                    break
                }
                if n == start { break }
                segment = n
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
}
