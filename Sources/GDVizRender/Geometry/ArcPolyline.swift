import GDVizEngine

/// A polyline measured by arc length, for walking along a contour line in device space.
///
/// Positions are arc lengths from the first vertex. On a closed line they wrap around (a
/// position `t` and `t + length` are the same point); on an open line they are clamped to
/// `0...length`.
package struct ArcPolyline: Sendable {
    /// The vertices; a closed line repeats its first vertex at the end.
    package let points: [Point2]
    package let isClosed: Bool
    /// Arc length from the first vertex to each vertex.
    package let arc: [Double]

    /// `vertices` as a ``ContourLine`` holds them: a closed line does not repeat its first point.
    package init(_ vertices: [Point2], closed: Bool) {
        let closes = closed && vertices.count > 2
        points = closes ? vertices + [vertices[0]] : vertices
        isClosed = closes
        var lengths = [Double](repeating: 0, count: points.count)
        for i in points.indices.dropFirst() { lengths[i] = lengths[i - 1] + points[i].distance(to: points[i - 1]) }
        arc = lengths
    }

    package var length: Double { arc.last ?? 0 }

    /// `t` as a position on the line: wrapped into `0..<length` when closed, clamped when open.
    package func normalized(_ t: Double) -> Double {
        guard isClosed, length > 0 else { return min(max(t, 0), length) }
        let u = t.truncatingRemainder(dividingBy: length)
        return u < 0 ? u + length : u
    }

    /// The point at arc position `t`.
    package func point(at t: Double) -> Point2 {
        guard points.count > 1 else { return points.first ?? .zero }
        let u = normalized(t)
        let i = segment(containing: u)
        let span = arc[i + 1] - arc[i]
        let f = span > 0 ? (u - arc[i]) / span : 0
        return points[i] + f * (points[i + 1] - points[i])
    }

    /// The index `i` of the segment `points[i]`–`points[i + 1]` that holds position `u` (normalized).
    func segment(containing u: Double) -> Int {
        var lo = 0, hi = arc.count - 1
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if arc[mid] <= u { lo = mid } else { hi = mid }
        }
        return lo
    }

    /// The part of the line from position `a` to position `b > a`. On a closed line it may run
    /// across the first vertex (`b − a` at most one length); on an open line both are clamped.
    package func piece(from a: Double, to b: Double) -> [Point2] {
        guard points.count > 1 else { return points }
        let start = normalized(a)
        let end = isClosed ? start + min(b - a, length) : normalized(b)
        var result = [point(at: start)]
        // Vertices strictly between start and end; a closed line's vertices come round again one
        // length later (its repeated last vertex is skipped, vertex 0 stands for it).
        let count = isClosed ? points.count - 1 : points.count
        var i = segment(containing: start) + 1
        var offset = 0.0
        if isClosed && i >= count { i = 0; offset = length }
        var steps = 0
        while steps <= count, arc[i] + offset < end {
            if arc[i] + offset > start { result.append(points[i]) }
            i += 1
            steps += 1
            if i == count {
                guard isClosed else { break }
                i = 0
                offset += length
            }
        }
        result.append(point(at: end))
        return result
    }

    /// The line without the position ranges in `gaps` (not overlapping, each shorter than the
    /// line): the pieces that remain, in order along the line.
    package func pieces(removing gaps: [ClosedRange<Double>]) -> [[Point2]] {
        guard !gaps.isEmpty else { return [points] }
        if isClosed {
            let sorted = gaps.map { gap -> ClosedRange<Double> in
                let a = normalized(gap.lowerBound)
                return a...(a + gap.upperBound - gap.lowerBound)
            }.sorted { $0.lowerBound < $1.lowerBound }
            return sorted.indices.compactMap { k in
                let next = k + 1 < sorted.count ? sorted[k + 1].lowerBound : sorted[0].lowerBound + length
                return next > sorted[k].upperBound ? piece(from: sorted[k].upperBound, to: next) : nil
            }
        }
        var result: [[Point2]] = []
        var cursor = 0.0
        for gap in gaps.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if gap.lowerBound > cursor { result.append(piece(from: cursor, to: gap.lowerBound)) }
            cursor = max(cursor, gap.upperBound)
        }
        if cursor < length { result.append(piece(from: cursor, to: length)) }
        return result
    }
}
