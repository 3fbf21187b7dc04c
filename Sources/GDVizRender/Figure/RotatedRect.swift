import GDVizEngine

/// A rectangle turned by `angle` about its centre, in device coordinates (y down). `angle` is
/// counter-clockwise on screen, as for text, so a label's box is its text rectangle at the text's angle.
public struct RotatedRect: Sendable, Equatable {
    public var center: Point2
    public var angle: Double
    public var halfWidth: Double
    public var halfHeight: Double

    public init(center: Point2, angle: Double, halfWidth: Double, halfHeight: Double) {
        self.center = center
        self.angle = angle
        self.halfWidth = halfWidth
        self.halfHeight = halfHeight
    }

    /// An axis-aligned rectangle.
    public init(_ rect: DeviceRect) {
        self.init(center: rect.center, angle: 0, halfWidth: rect.width / 2, halfHeight: rect.height / 2)
    }

    /// Unit vector along the width: the reading direction of text set at `angle`.
    public var axis: Point2 { Point2(cosine(angle), -sine(angle)) }
    /// Unit vector along the height, pointing from the top of the text to its bottom.
    public var normal: Point2 { Point2(sine(angle), cosine(angle)) }

    /// The same rectangle with `margin` added on every side.
    public func grown(by margin: Double) -> RotatedRect {
        RotatedRect(center: center, angle: angle, halfWidth: halfWidth + margin, halfHeight: halfHeight + margin)
    }

    public var corners: [Point2] {
        let u = halfWidth * axis, v = halfHeight * normal
        return [center - u - v, center + u - v, center + u + v, center - u + v]
    }

    /// `p` in the rectangle's own frame: distance along `axis` and along `normal` from the centre.
    public func local(_ p: Point2) -> Point2 {
        let d = p - center, u = axis, v = normal
        return Point2(d.x * u.x + d.y * u.y, d.x * v.x + d.y * v.y)
    }

    public func contains(_ p: Point2) -> Bool {
        let q = local(p)
        return abs(q.x) <= halfWidth && abs(q.y) <= halfHeight
    }

    /// Whether the segment `a`–`b` (a point when `a == b`) touches the rectangle: Liang–Barsky
    /// clipping in the rectangle's frame.
    public func intersects(segment a: Point2, _ b: Point2) -> Bool {
        let p = local(a), q = local(b)
        let d = q - p
        var t0 = 0.0, t1 = 1.0
        // The slab −half ≤ start + t·delta ≤ half as two conditions t·denominator ≥ numerator.
        for (delta, start, half) in [(d.x, p.x, halfWidth), (d.y, p.y, halfHeight)] {
            for (numerator, denominator) in [(-half - start, delta), (start - half, -delta)] {
                if denominator == 0 {
                    if numerator > 0 { return false }
                    continue
                }
                let t = numerator / denominator
                if denominator > 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
            }
            if t0 > t1 { return false }
        }
        return true
    }

    /// Whether the two rectangles overlap (separating-axis test on the four edge directions).
    public func intersects(_ other: RotatedRect) -> Bool {
        let d = other.center - center
        for n in [axis, normal, other.axis, other.normal] {
            let distance = abs(d.x * n.x + d.y * n.y)
            if distance >= projectedRadius(on: n) + other.projectedRadius(on: n) { return false }
        }
        return true
    }

    /// Half the length of the rectangle's shadow on the unit direction `n`.
    func projectedRadius(on n: Point2) -> Double {
        let u = axis, v = normal
        return halfWidth * abs(u.x * n.x + u.y * n.y) + halfHeight * abs(v.x * n.x + v.y * n.y)
    }
}
