/// A point or direction in the 3-D box of a surface view.
package struct Vector3: Hashable, Sendable {
    package var x: Double, y: Double, z: Double

    package init(_ x: Double, _ y: Double, _ z: Double) {
        self.x = x; self.y = y; self.z = z
    }

    package static func + (a: Vector3, b: Vector3) -> Vector3 { Vector3(a.x + b.x, a.y + b.y, a.z + b.z) }
    package static func - (a: Vector3, b: Vector3) -> Vector3 { Vector3(a.x - b.x, a.y - b.y, a.z - b.z) }
    package static func * (s: Double, v: Vector3) -> Vector3 { Vector3(s * v.x, s * v.y, s * v.z) }
    package static prefix func - (v: Vector3) -> Vector3 { Vector3(-v.x, -v.y, -v.z) }

    package func dot(_ o: Vector3) -> Double { x * o.x + y * o.y + z * o.z }
    package var length: Double { dot(self).squareRoot() }
    package var isFinite: Bool { x.isFinite && y.isFinite && z.isFinite }

    /// This direction scaled to length 1 (the zero vector stays zero).
    package var normalized: Vector3 {
        let l = length
        return l > 0 ? (1 / l) * self : self
    }
}
