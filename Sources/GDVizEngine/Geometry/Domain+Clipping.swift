extension Domain {
    /// Where the segment from `a` (inside) to `b` (outside) leaves the domain:
    ///
    ///     a + t·(b − a),  t = max(0, min(1, t_x, t_y))
    ///
    /// with t_x, t_y the parameters at which the segment reaches the edge it heads for in x and in
    /// y. Trajectories, lifted 3-D runs and streamlines all stop at the frame through this one
    /// formula.
    package func exitPoint(from a: Point2, to b: Point2) -> Point2 {
        var t = 1.0
        let d = b - a
        if d.x > 0 { t = Swift.min(t, (xMax - a.x) / d.x) }
        if d.x < 0 { t = Swift.min(t, (xMin - a.x) / d.x) }
        if d.y > 0 { t = Swift.min(t, (yMax - a.y) / d.y) }
        if d.y < 0 { t = Swift.min(t, (yMin - a.y) / d.y) }
        return a + Swift.max(0, t) * d
    }

    /// `p` moved onto the closed rectangle (against rounding after `exitPoint`).
    package func clamped(_ p: Point2) -> Point2 {
        Point2(Swift.min(Swift.max(p.x, xMin), xMax), Swift.min(Swift.max(p.y, yMin), yMax))
    }
}
