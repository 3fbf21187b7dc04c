#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GDVizEngine

/// A convex polygon with every edge moved by the same distance along its normal: outwards for a
/// positive distance, inwards for a negative one.
///
/// A raster canvas draws a mesh face and the band along its outline as two fills of offset
/// polygons instead of a fill and a stroke: cairo strokes a small polygon several times slower
/// than it fills one, and a 3-D surface has thousands of faces.
enum PolygonOffset {
    /// Outward corners whose mitre would reach farther than this many times the distance are
    /// bevelled (two points), as a stroke's mitre limit does.
    static let miterLimit = 4.0

    /// The offset polygon, or nil when `corners` is not a strictly convex polygon of at least
    /// three corners, or when moving inwards would turn it inside out (it is thinner than twice
    /// the distance).
    static func offset(_ corners: [Point2], by distance: Double) -> [Point2]? {
        guard distance.isFinite, let turn = convexTurn(corners) else { return nil }
        if distance == 0 { return corners }
        let n = corners.count
        // Outward unit normal of edge k (from corner k to k + 1).
        let normals = (0..<n).map { k -> Point2 in
            let e = corners[(k + 1) % n] - corners[k]
            return (1 / e.norm) * Point2(turn * e.y, -turn * e.x)
        }
        var result: [Point2] = []
        result.reserveCapacity(n + 2)
        for k in 0..<n {
            let a = normals[(k + n - 1) % n], b = normals[k]
            let cosine = a.x * b.x + a.y * b.y
            // The mitre point lies (a + b)/(1 + a·b) · distance from the corner; its length over the
            // distance is sqrt(2 / (1 + a·b)).
            if distance > 0, 2 / (1 + cosine) > miterLimit * miterLimit {
                result.append(corners[k] + distance * a)
                result.append(corners[k] + distance * b)
            } else {
                result.append(corners[k] + (distance / (1 + cosine)) * (a + b))
            }
        }
        if distance < 0 {
            // Inwards, every edge must keep its direction, or the polygon folded over itself.
            for k in 0..<n {
                let before = corners[(k + 1) % n] - corners[k], after = result[(k + 1) % n] - result[k]
                if before.x * after.x + before.y * after.y <= 0 { return nil }
            }
            guard convexTurn(result) == turn else { return nil }
        }
        return result
    }

    /// +1 when the corners turn one way at every corner, −1 the other way; nil for a polygon that is
    /// not strictly convex (a repeated corner, a straight or reflex angle, a crossing) or not finite.
    static func convexTurn(_ corners: [Point2]) -> Double? {
        let n = corners.count
        guard n >= 3, corners.allSatisfy(\.isFinite) else { return nil }
        var sign = 0.0, winding = 0.0
        for k in 0..<n {
            let p = corners[k], q = corners[(k + 1) % n], r = corners[(k + 2) % n]
            let cross = (q.x - p.x) * (r.y - q.y) - (q.y - p.y) * (r.x - q.x)
            guard cross != 0, sign == 0 || (cross > 0) == (sign > 0) else { return nil }
            sign = cross > 0 ? 1 : -1
            // Three or four turns the same way, each less than π, add up to exactly one turn.
            if n > 4 {
                let a = q - p, b = r - q
                winding += atan2(cross, a.x * b.x + a.y * b.y)
            }
        }
        // A star polygon (five corners or more) turns the same way at every corner but winds
        // around more than once.
        return abs(winding) < 2 * Double.pi + 1e-6 ? sign : nil
    }
}
