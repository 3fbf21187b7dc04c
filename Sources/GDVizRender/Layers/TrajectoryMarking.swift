import GDVizEngine
import GDVizScene

/// Which iterates of a drawn run get a marker or a step number, from ``TrajectoryMarks``.
enum TrajectoryMarking {
    /// Least distance between automatic markers, device units: a marker is 5.2 across, so dots
    /// never merge into a thick line where a run converges.
    static let markerSpacing = 8.0

    /// Indices of `points` (device iterates, the first being x₀) that get a marker. x₀ and the
    /// last iterate have their own symbols, so they are left out.
    static func markerIndices(_ points: [Point2], marks: TrajectoryMarks) -> [Int] {
        guard points.count > 2 else { return [] }
        let inner = 1..<(points.count - 1)
        switch marks {
        case .none: return []
        case .all: return Array(inner)
        case .every(let k): return inner.filter { $0 % k == 0 }
        case .auto: return spaced(points, in: inner, spacing: markerSpacing, from: points[0])
        }
    }

    /// Greedy: an index is kept when its point is at least `spacing` from the last kept one (and
    /// from the end, whose symbol comes last).
    static func spaced(_ points: [Point2], in range: Range<Int>, spacing: Double, from start: Point2) -> [Int] {
        var kept: [Int] = []
        var last = start
        let end = points[points.count - 1]
        for i in range where (points[i] - last).norm >= spacing && (points[i] - end).norm >= spacing {
            kept.append(i)
            last = points[i]
        }
        return kept
    }

    /// Step numbers k and where their text goes: beside iterate k, up and right, kept only when its
    /// box overlaps no number placed before (so numbers never pile into a blob), with `.every(k)`
    /// also restricted to multiples of k. `boxSize` gives the (width, height) of a number's text.
    static func stepNumbers(_ points: [Point2], marks: TrajectoryMarks,
                            boxSize: (Int) -> (width: Double, height: Double)) -> [(step: Int, rect: DeviceRect)] {
        guard marks.isShown, points.count > 1 else { return [] }
        var placed: [(step: Int, rect: DeviceRect)] = []
        for k in 1..<points.count {
            if case .every(let m) = marks, k % m != 0 { continue }
            let size = boxSize(k), p = points[k]
            let rect = DeviceRect(x: p.x + 4, y: p.y - 4 - size.height, width: size.width, height: size.height)
            let grown = rect.insetBy(dx: -1.5, dy: -1.5)
            if placed.contains(where: { grown.intersects($0.rect) }) { continue }
            placed.append((k, rect))
        }
        return placed
    }
}
