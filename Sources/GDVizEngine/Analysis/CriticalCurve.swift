/// A connected curve of stationary points (∇f = 0 along it), such as the valley floor of
/// (x − y)², the hyperbola xy = 1 of (xy − 1)² or the two axes of x²y².
package struct CriticalCurve: Sendable, Equatable, Codable {
    /// Points along the curve, about 1/200 of the domain's larger side apart. An open curve runs
    /// from one edge of the domain to another; a closed one repeats its first point at the end.
    package var points: [Point2]
    /// f on the curve (constant along it, since ∇f = 0); the value at its first traced point.
    package var value: Double
    /// `.minimum` when the curvature across the curve is positive (a valley of minima),
    /// `.maximum` when negative (a ridge of maxima), `.degenerate` when it is zero too.
    package var kind: CriticalKind
    package var isClosed: Bool

    package init(points: [Point2], value: Double, kind: CriticalKind, isClosed: Bool) {
        self.points = points
        self.value = value
        self.kind = kind
        self.isClosed = isClosed
    }

    /// Whether some segment of the polyline passes within `distance` of `p`.
    package func passes(near p: Point2, within distance: Double) -> Bool {
        guard let first = points.first else { return false }
        if points.count == 1 { return first.distance(to: p) <= distance }
        for k in 1..<points.count where Self.segmentDistance(p, points[k - 1], points[k]) <= distance {
            return true
        }
        return false
    }

    static func segmentDistance(_ p: Point2, _ a: Point2, _ b: Point2) -> Double {
        let ab = b - a, ap = p - a
        let length2 = ab.x * ab.x + ab.y * ab.y
        guard length2 > 0 else { return ap.norm }
        let t = Swift.min(1, Swift.max(0, (ap.x * ab.x + ap.y * ab.y) / length2))
        return (p - (a + t * ab)).norm
    }
}

/// Everything `StationaryPoints.analyse` found: isolated points and curves of stationary points.
package struct StationarySet: Sendable, Equatable, Codable {
    /// Isolated stationary points, sorted by x then y; none of them lies on a curve.
    package var points: [CriticalPoint]
    package var curves: [CriticalCurve]

    package init(points: [CriticalPoint], curves: [CriticalCurve]) {
        self.points = points
        self.curves = curves
    }
}
