/// A point or direction in the 3-D box of a surface view.
public struct Vector3: Hashable, Sendable {
    public var x: Double, y: Double, z: Double

    public init(_ x: Double, _ y: Double, _ z: Double) {
        self.x = x; self.y = y; self.z = z
    }

    public static func + (a: Vector3, b: Vector3) -> Vector3 { Vector3(a.x + b.x, a.y + b.y, a.z + b.z) }
    public static func - (a: Vector3, b: Vector3) -> Vector3 { Vector3(a.x - b.x, a.y - b.y, a.z - b.z) }
    public static func * (s: Double, v: Vector3) -> Vector3 { Vector3(s * v.x, s * v.y, s * v.z) }
    public static prefix func - (v: Vector3) -> Vector3 { Vector3(-v.x, -v.y, -v.z) }

    public func dot(_ o: Vector3) -> Double { x * o.x + y * o.y + z * o.z }
    public var length: Double { dot(self).squareRoot() }
    public var isFinite: Bool { x.isFinite && y.isFinite && z.isFinite }

    /// This direction scaled to length 1 (the zero vector stays zero).
    public var normalized: Vector3 {
        let l = length
        return l > 0 ? (1 / l) * self : self
    }
}
