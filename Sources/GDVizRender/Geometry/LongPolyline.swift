import GDVizEngine

/// Polylines with very many points (a run of 10⁶ steps) made cheap to draw without a visible change.
///
/// Cairo's stroker slows down sharply on long self-overlapping paths (10⁵ points took seconds,
/// 10⁶ never finished), yet such a run covers a few hundred device pixels. Below `threshold`
/// points nothing changes, so every ordinary figure keeps its exact pixels. Above it:
/// - **Simplified in device space**: a point closer than `tolerance` to the last kept point is
///   dropped (the last point is always kept). Every dropped point lies within `tolerance` of a kept
///   one that starts the replacing segment, so the drawn line is within `tolerance` of the original
///   (Hausdorff distance), a tenth of a pixel at the default.
/// - **Stroked in chunks** of `chunkSize` points, consecutive chunks sharing their end point; a round
///   join at each seam is restored by a dot of the stroke's width, so an opaque stroke is unchanged.
package enum LongPolyline {
    package static let threshold = 10_000
    package static let chunkSize = 2_000
    /// Output pixels.
    package static let tolerance = 0.1

    /// `points` with every point closer than `tolerance` to the previously kept one removed.
    package static func simplified(_ points: [Point2], tolerance: Double) -> [Point2] {
        guard points.count > 2, tolerance > 0 else { return points }
        var kept: [Point2] = [points[0]]
        let squared = tolerance * tolerance
        var last = points[0]
        for p in points.dropFirst().dropLast() {
            let dx = p.x - last.x, dy = p.y - last.y
            // Non-finite points are kept: they break the path, which must stay broken.
            if !(dx * dx + dy * dy < squared) {
                kept.append(p)
                last = p
            }
        }
        kept.append(points[points.count - 1])
        return kept
    }

    /// The points to draw for a polyline in device units: unchanged up to `threshold` points.
    package static func drawable(_ points: [Point2], pixelScale: Double) -> [Point2] {
        guard points.count > threshold else { return points }
        let scale = pixelScale.isFinite && pixelScale > 0 ? pixelScale : 1
        return simplified(points, tolerance: tolerance / scale)
    }

    /// Strokes an open polyline (device units), simplified and chunked when it is long.
    package static func stroke(_ points: [Point2], on canvas: Canvas, style: StrokeStyle) {
        let drawn = drawable(points, pixelScale: canvas.pixelScale)
        guard drawn.count > threshold else {
            canvas.stroke(.polyline(drawn), style: style)
            return
        }
        var start = 0
        while start < drawn.count - 1 {
            let end = min(start + chunkSize, drawn.count - 1)
            canvas.stroke(.polyline(Array(drawn[start...end])), style: style)
            if end < drawn.count - 1, style.join == .round, style.dash.isEmpty, drawn[end].isFinite {
                canvas.fill(.circle(center: drawn[end], radius: style.width / 2), color: style.color)
            }
            start = end
        }
    }
}
