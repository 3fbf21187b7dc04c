import GDVizEngine

/// How much of a layer's lines a rectangle covers: the length of each polyline inside it times
/// the line's weight (per device unit). Legends and labels are placed where this is least, so they
/// avoid trajectories and streamlines, and background contours only where they can.
enum LineInk {
    /// Weights per device unit of length, by what a line shows.
    static let foreground = 1.0, flow = 0.5, background = 0.08

    /// Σ weight × (length of `line` inside `rect`) over `lines`.
    static func covered(by rect: DeviceRect, _ lines: [(line: [Point2], weight: Double)]) -> Double {
        var total = 0.0
        for (line, weight) in lines where line.count >= 2 && weight > 0 {
            var length = 0.0
            for (a, b) in zip(line, line.dropFirst()) where a.isFinite && b.isFinite {
                // Skip segments whose bounding box misses the rectangle (most of them).
                if max(a.x, b.x) < rect.minX || min(a.x, b.x) > rect.maxX || max(a.y, b.y) < rect.minY
                    || min(a.y, b.y) > rect.maxY { continue }
                length += clippedLength(a, b, rect)
            }
            total += weight * length
        }
        return total
    }

    /// The length of segment a–b inside `rect` (Liang–Barsky).
    static func clippedLength(_ a: Point2, _ b: Point2, _ rect: DeviceRect) -> Double {
        let d = b - a
        var t0 = 0.0, t1 = 1.0
        for (p, q) in [(-d.x, a.x - rect.minX), (d.x, rect.maxX - a.x), (-d.y, a.y - rect.minY), (d.y, rect.maxY - a.y)] {
            if p == 0 {
                if q < 0 { return 0 }
            } else {
                let r = q / p
                if p < 0 { t0 = max(t0, r) } else { t1 = min(t1, r) }
            }
        }
        return t1 > t0 ? (t1 - t0) * d.norm : 0
    }
}
