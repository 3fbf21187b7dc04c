import GDVizEngine

/// A rectangle turned by `angle` about its centre, in device coordinates (y down). `angle` is
/// counter-clockwise on screen, as for text, so a label's box is its text rectangle at the text's angle.
package struct RotatedRect: Sendable, Equatable {
    package let center: Point2
    package let angle: Double
    package let halfWidth: Double
    package let halfHeight: Double
    /// Unit vector along the width: the reading direction of text set at `angle`.
    package let axis: Point2
    /// Unit vector along the height, pointing from the top of the text to its bottom.
    package let normal: Point2

    package init(center: Point2, angle: Double, halfWidth: Double, halfHeight: Double) {
        self.center = center
        self.angle = angle
        self.halfWidth = halfWidth
        self.halfHeight = halfHeight
        let c = cosine(angle), s = sine(angle)
        axis = Point2(c, -s)
        normal = Point2(s, c)
    }

    /// An axis-aligned rectangle.
    package init(_ rect: DeviceRect) {
        self.init(center: rect.center, angle: 0, halfWidth: rect.width / 2, halfHeight: rect.height / 2)
    }

    /// The same rectangle with `margin` added on every side.
    package func grown(by margin: Double) -> RotatedRect {
        RotatedRect(center: center, angle: angle, halfWidth: halfWidth + margin, halfHeight: halfHeight + margin)
    }

    package var corners: [Point2] {
        let u = halfWidth * axis, v = halfHeight * normal
        return [center - u - v, center + u - v, center + u + v, center - u + v]
    }

    /// `p` in the rectangle's own frame: distance along `axis` and along `normal` from the centre.
    package func local(_ p: Point2) -> Point2 {
        let d = p - center, u = axis, v = normal
        return Point2(d.x * u.x + d.y * u.y, d.x * v.x + d.y * v.y)
    }

    package func contains(_ p: Point2) -> Bool {
        let q = local(p)
        return abs(q.x) <= halfWidth && abs(q.y) <= halfHeight
    }

    /// Whether the segment `a`–`b` (a point when `a == b`) touches the rectangle: Liang–Barsky
    /// clipping in the rectangle's frame.
    package func intersects(segment a: Point2, _ b: Point2) -> Bool {
        let p = local(a), q = local(b)
        var t0 = 0.0, t1 = 1.0
        return Self.clip(p.x, q.x - p.x, halfWidth, &t0, &t1) && Self.clip(p.y, q.y - p.y, halfHeight, &t0, &t1)
    }

    /// Narrows `t0...t1` to the parameters t with −half ≤ start + t·delta ≤ half; false when empty.
    private static func clip(_ start: Double, _ delta: Double, _ half: Double, _ t0: inout Double,
                             _ t1: inout Double) -> Bool {
        if delta == 0 { return abs(start) <= half }
        let ta = (-half - start) / delta, tb = (half - start) / delta
        t0 = max(t0, min(ta, tb))
        t1 = min(t1, max(ta, tb))
        return t0 <= t1
    }

    /// Whether the two rectangles overlap (separating-axis test on the four edge directions).
    package func intersects(_ other: RotatedRect) -> Bool {
        let d = other.center - center
        func separates(_ n: Point2) -> Bool {
            abs(d.x * n.x + d.y * n.y) >= projectedRadius(on: n) + other.projectedRadius(on: n)
        }
        return !(separates(axis) || separates(normal) || separates(other.axis) || separates(other.normal))
    }

    /// Half the length of the rectangle's shadow on the unit direction `n`.
    func projectedRadius(on n: Point2) -> Double {
        let u = axis, v = normal
        return halfWidth * abs(u.x * n.x + u.y * n.y) + halfHeight * abs(v.x * n.x + v.y * n.y)
    }
}
