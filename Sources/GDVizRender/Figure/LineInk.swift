import GDVizEngine

/// How much of a layer's lines a rectangle covers: the length of each polyline inside it times
/// the line's weight (per device unit). Legends and labels are placed where this is least, so they
/// avoid trajectories and streamlines, and background contours only where they can.
enum LineInk {
    /// Weights per device unit of length, by what a line shows.
    static let foreground = 1.0, flow = 0.5, background = 0.08

    /// Σ weight × (length of `line` inside `rect`) over `lines`.
    static func covered(by rect: DeviceRect, _ lines: [(line: [Point2], weight: Double)]) -> Double {
        Index(lines).covered(by: rect)
    }

    /// Lines made ready for many rectangles (each candidate spot of a legend or label): every line
    /// cut into runs of segments with their bounding box, so a rectangle skips whole runs that
    /// miss it. The sum adds the same segments in the same order as a plain scan: the same bits.
    struct Index {
        private struct Run {
            var start: Int, end: Int  // segments start..<end (segment i joins points i and i + 1)
            var minX: Double, minY: Double, maxX: Double, maxY: Double
        }
        private let lines: [(line: [Point2], weight: Double, runs: [Run])]
        /// Segments per run: long enough that the run test is cheap, short enough that a curve's run
        /// stays local.
        static let runLength = 32

        init(_ lines: [(line: [Point2], weight: Double)]) {
            self.lines = lines.compactMap { line, weight in
                guard line.count >= 2, weight > 0 else { return nil }
                return (line, weight, Self.runs(of: line))
            }
        }

        /// The bounding box of each run's finite points (a segment with a non-finite end draws nothing).
        private static func runs(of line: [Point2]) -> [Run] {
            stride(from: 0, to: line.count - 1, by: runLength).map { start in
                let end = min(start + runLength, line.count - 1)
                var run = Run(start: start, end: end, minX: .infinity, minY: .infinity, maxX: -.infinity, maxY: -.infinity)
                for p in line[start...end] where p.isFinite {
                    run.minX = min(run.minX, p.x); run.maxX = max(run.maxX, p.x)
                    run.minY = min(run.minY, p.y); run.maxY = max(run.maxY, p.y)
                }
                return run
            }
        }

        /// Σ weight × (length of each line inside `rect`).
        func covered(by rect: DeviceRect) -> Double {
            var total = 0.0
            for (line, weight, runs) in lines {
                var length = 0.0
                for run in runs {
                    // Every segment of a run that misses is skipped below as well.
                    if run.maxX < rect.minX || run.minX > rect.maxX || run.maxY < rect.minY || run.minY > rect.maxY { continue }
                    for i in run.start..<run.end {
                        let a = line[i], b = line[i + 1]
                        guard a.isFinite, b.isFinite else { continue }
                        // Skip segments whose bounding box misses the rectangle (most of them).
                        if max(a.x, b.x) < rect.minX || min(a.x, b.x) > rect.maxX || max(a.y, b.y) < rect.minY
                            || min(a.y, b.y) > rect.maxY { continue }
                        length += clippedLength(a, b, rect)
                    }
                }
                total += weight * length
            }
            return total
        }
    }

    /// The length of segment a–b inside `rect` (Liang–Barsky).
    static func clippedLength(_ a: Point2, _ b: Point2, _ rect: DeviceRect) -> Double {
        let d = b - a
        var t0 = 0.0, t1 = 1.0
        // One edge of the rectangle; false when the segment lies wholly outside it.
        func clip(_ p: Double, _ q: Double) -> Bool {
            if p == 0 { return q >= 0 }
            let r = q / p
            if p < 0 { t0 = max(t0, r) } else { t1 = min(t1, r) }
            return true
        }
        guard clip(-d.x, a.x - rect.minX), clip(d.x, rect.maxX - a.x),
              clip(-d.y, a.y - rect.minY), clip(d.y, rect.maxY - a.y) else { return 0 }
        return t1 > t0 ? (t1 - t0) * d.norm : 0
    }
}
