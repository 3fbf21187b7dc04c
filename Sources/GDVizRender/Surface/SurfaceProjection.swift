#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GDVizEngine

/// An orthographic view direction, with matplotlib's angles (`view_init(elev, azim)`).
///
/// The eye looks at the origin from the unit direction
///
///     w = (cos e · cos a,  cos e · sin a,  sin e)
///
/// with u = (−sin a, cos a, 0) to the right on screen and v = (−sin e · cos a, −sin e · sin a, cos e)
/// up, so that u × v = w. At a = −90°, e = 0° the x axis points right and z up; at e = 90° the
/// view is from straight above (x right, y up at a = −90°); the z axis always projects to a
/// vertical line on screen.
package struct SurfaceView: Sendable, Equatable {
    /// Screen right.
    package let right: Vector3
    /// Screen up.
    package let up: Vector3
    /// From the origin towards the eye.
    package let toEye: Vector3

    package init(azimuth: Double, elevation: Double) {
        let a = azimuth * Double.pi / 180, e = elevation * Double.pi / 180
        right = Vector3(-sin(a), cos(a), 0)
        up = Vector3(-sin(e) * cos(a), -sin(e) * sin(a), cos(e))
        toEye = Vector3(cos(e) * cos(a), cos(e) * sin(a), sin(e))
    }

    /// Screen coordinates of `p` with y up (the orthographic projection onto the view plane).
    package func screen(_ p: Vector3) -> Point2 { Point2(right.dot(p), up.dot(p)) }

    /// How near `p` is to the eye: larger is nearer.
    package func depth(_ p: Vector3) -> Double { toEye.dot(p) }
}

/// Maps data (x, y, z) into the box drawn on screen: x and y each span a side of length 1 and
/// z spans `height` (matplotlib's default box aspect 4 : 4 : 3 gives 0.75), centred on the origin.
package struct SurfaceBox: Sendable, Equatable {
    package var domain: Domain
    /// The z values at the box's bottom and top.
    package var zRange: ClosedRange<Double>
    package var height: Double

    package init(domain: Domain, zRange: ClosedRange<Double>, height: Double = 0.75) {
        self.domain = domain
        self.zRange = zRange
        self.height = height
    }

    package func point(_ x: Double, _ y: Double, _ z: Double) -> Vector3 {
        Vector3((x - domain.xMin) / domain.width - 0.5, (y - domain.yMin) / domain.height - 0.5,
                ((z - zRange.lowerBound) / (zRange.upperBound - zRange.lowerBound) - 0.5) * height)
    }

    package func point(_ p: Point2, _ z: Double) -> Vector3 { point(p.x, p.y, z) }

    /// Box z of the floor and the top.
    package var bottom: Double { -height / 2 }
    package var top: Double { height / 2 }

    /// The unit normal of the surface z = f(x, y) in box coordinates, from the exact gradient:
    /// with box coordinates X = x / w, Y = y / h, Z = z · H / Δz the surface is Z(X, Y) with
    /// ∂Z/∂X = f_x · w · H / Δz, so n ∝ (−f_x · w · H / Δz, −f_y · h · H / Δz, 1).
    package func normal(gradient g: Point2) -> Vector3 {
        let k = height / (zRange.upperBound - zRange.lowerBound)
        let n = Vector3(-g.x * domain.width * k, -g.y * domain.height * k, 1)
        return n.isFinite ? n.normalized : Vector3(0, 0, 1)
    }

    /// The eight corners, indexed by bits (x: 1, y: 2, z: 4) — bit set means the max side.
    package var corners: [Vector3] {
        (0..<8).map { Vector3($0 & 1 == 0 ? -0.5 : 0.5, $0 & 2 == 0 ? -0.5 : 0.5, $0 & 4 == 0 ? bottom : top) }
    }
}

/// Box coordinates → device coordinates: the view's projection scaled and centred to fit.
package struct SurfaceProjection: Sendable, Equatable {
    package var view: SurfaceView
    package var box: SurfaceBox
    /// Device units per box unit.
    package var scale: Double
    /// Where the box's centre lands.
    package var origin: Point2

    package init(view: SurfaceView, box: SurfaceBox, scale: Double, origin: Point2) {
        self.view = view
        self.box = box
        self.scale = scale
        self.origin = origin
    }

    /// The largest projection of the whole box that fits inside `rect`, centred in it.
    package static func fitting(view: SurfaceView, box: SurfaceBox, in rect: DeviceRect) -> SurfaceProjection {
        let screens = box.corners.map(view.screen)
        let minX = screens.map(\.x).min()!, maxX = screens.map(\.x).max()!
        let minY = screens.map(\.y).min()!, maxY = screens.map(\.y).max()!
        let scale = min(rect.width / max(maxX - minX, 1e-9), rect.height / max(maxY - minY, 1e-9))
        let origin = Point2(rect.center.x - scale * (minX + maxX) / 2, rect.center.y + scale * (minY + maxY) / 2)
        return SurfaceProjection(view: view, box: box, scale: scale, origin: origin)
    }

    /// Device position of a box point (y down).
    package func device(_ p: Vector3) -> Point2 {
        let s = view.screen(p)
        return Point2(origin.x + scale * s.x, origin.y - scale * s.y)
    }

    /// Device position of the data point (x, y, z).
    package func device(_ x: Double, _ y: Double, _ z: Double) -> Point2 { device(box.point(x, y, z)) }

    package func depth(_ p: Vector3) -> Double { view.depth(p) }
}
