import GDVizEngine

/// Contour segments and obstacle segments bucketed in square cells, to find what lies near a label.
/// Only the cells inside `bounds` are kept (a diverged run's steps may reach far outside the plot).
struct SegmentIndex {
    struct Segment {
        var a: Point2
        var b: Point2
        /// The contour line it belongs to, or ``obstacle`` or ``marker`` (a point: `a == b`).
        var line: Int
        /// Arc positions of `a` and `b` along its line (obstacles: 0...0).
        var arc: ClosedRange<Double>
    }

    static let obstacle = -1
    static let marker = -2

    var segments: [Segment] = []
    private var cells: [Int: [Int]] = [:]
    private let cell: Double
    private let columns: ClosedRange<Int>
    private let rows: ClosedRange<Int>

    init(polylines: [ArcPolyline], obstacles: [[Point2]], cell: Double, bounds: DeviceRect) {
        self.cell = cell
        columns = Int.checked((bounds.minX / cell).rounded(.down))...Int((bounds.maxX / cell).rounded(.down))
        rows = Int.checked((bounds.minY / cell).rounded(.down))...Int((bounds.maxY / cell).rounded(.down))
        for (li, line) in polylines.enumerated() where line.points.count > 1 {
            for i in 0..<(line.points.count - 1) {
                add(Segment(a: line.points[i], b: line.points[i + 1], line: li, arc: line.arc[i]...line.arc[i + 1]))
            }
        }
        for path in obstacles {
            for p in path { add(Segment(a: p, b: p, line: Self.marker, arc: 0...0)) }
            for (a, b) in zip(path, path.dropFirst()) { add(Segment(a: a, b: b, line: Self.obstacle, arc: 0...0)) }
        }
    }

    private func key(_ i: Int, _ j: Int) -> Int { i &* 1_000_003 &+ j }

    /// The cells from coordinate `lo` to `hi` that lie in `kept`; nil when none do.
    private func cellRange(_ lo: Double, _ hi: Double, in kept: ClosedRange<Int>) -> ClosedRange<Int>? {
        guard lo <= hi else { return nil }
        let a = max(kept.lowerBound, Int.checked((max(lo / cell, -1e9)).rounded(.down)))
        let b = min(kept.upperBound, Int.checked((min(hi / cell, 1e9)).rounded(.down)))
        return a <= b ? a...b : nil
    }

    private mutating func add(_ segment: Segment) {
        guard segment.a.isFinite, segment.b.isFinite else { return }
        guard let xs = cellRange(min(segment.a.x, segment.b.x), max(segment.a.x, segment.b.x), in: columns),
              let ys = cellRange(min(segment.a.y, segment.b.y), max(segment.a.y, segment.b.y), in: rows)
        else { return }
        let id = segments.count
        segments.append(segment)
        for i in xs {
            for j in ys {
                cells[key(i, j), default: []].append(id)
            }
        }
    }

    /// Whether `test` holds for a segment in a cell that meets the bounding box of `box` (a
    /// segment in several such cells may be tested more than once).
    func contains(near box: RotatedRect, where test: (Segment) -> Bool) -> Bool {
        let rx = box.projectedRadius(on: Point2(1, 0)), ry = box.projectedRadius(on: Point2(0, 1))
        guard let xs = cellRange(box.center.x - rx, box.center.x + rx, in: columns),
              let ys = cellRange(box.center.y - ry, box.center.y + ry, in: rows) else { return false }
        for i in xs {
            for j in ys {
                guard let ids = cells[key(i, j)] else { continue }
                for id in ids where test(segments[id]) { return true }
            }
        }
        return false
    }
}
