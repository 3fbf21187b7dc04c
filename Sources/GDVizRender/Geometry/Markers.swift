import GDVizEngine

/// Marker shapes for points of a trajectory or special points.
package enum MarkerShape: String, Sendable, CaseIterable {
    case circle, square, diamond, triangle, star, cross

    /// The marker's outline centred at `c` with "radius" `r` (device units).
    package func path(at c: Point2, radius r: Double) -> Path {
        switch self {
        case .circle:
            return .circle(center: c, radius: r)
        case .square:
            let s = r * 0.9
            return .rect(DeviceRect(x: c.x - s, y: c.y - s, width: 2 * s, height: 2 * s))
        case .diamond:
            return .polyline([Point2(c.x, c.y - 1.25 * r), Point2(c.x + r, c.y), Point2(c.x, c.y + 1.25 * r),
                              Point2(c.x - r, c.y)], closed: true)
        case .triangle:
            return .polyline([Point2(c.x, c.y - 1.2 * r), Point2(c.x + 1.05 * r, c.y + 0.7 * r),
                              Point2(c.x - 1.05 * r, c.y + 0.7 * r)], closed: true)
        case .star:
            var points: [Point2] = []
            for k in 0..<10 {
                let angle = Double.pi / 2 + Double(k) * Double.pi / 5
                let radius = k % 2 == 0 ? 1.45 * r : 0.6 * r
                points.append(Point2(c.x + radius * cosine(angle), c.y - radius * sine(angle)))
            }
            return .polyline(points, closed: true)
        case .cross:
            let a = 0.35 * r, b = 1.1 * r
            return .polyline([
                Point2(c.x - b, c.y - b + a), Point2(c.x - b + a, c.y - b), Point2(c.x, c.y - a),
                Point2(c.x + b - a, c.y - b), Point2(c.x + b, c.y - b + a), Point2(c.x + a, c.y),
                Point2(c.x + b, c.y + b - a), Point2(c.x + b - a, c.y + b), Point2(c.x, c.y + a),
                Point2(c.x - b + a, c.y + b), Point2(c.x - b, c.y + b - a), Point2(c.x - a, c.y),
            ], closed: true)
        }
    }

    /// Fills the marker with `fill` and rings it in `edge` so it stands out on any background.
    package func draw(on canvas: Canvas, at c: Point2, radius r: Double, fill: Color, edge: Color, edgeWidth: Double) {
        let shape = path(at: c, radius: r)
        canvas.note(DeviceRect(x: c.x - r, y: c.y - r, width: 2 * r, height: 2 * r), kind: .marker)
        canvas.fill(shape, color: fill)
        if edgeWidth > 0 { canvas.stroke(shape, style: StrokeStyle(color: edge, width: edgeWidth, join: .miter)) }
    }
}

