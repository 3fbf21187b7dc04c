import GDVizEngine

/// A point a scene names, read once: `[x]` or `[x, y]` (a run's `start` may also be a bare number
/// in 1-D). The reader checks its length and its numbers at their JSON paths; evaluation and
/// drawing take the checked value and never index a raw array.
package struct ScenePoint: Hashable, Sendable, CustomStringConvertible {
    /// The first coordinate.
    package let x: Double
    /// The second coordinate; nil for a point of a 1-D scene.
    package let y: Double?

    /// `nil` unless every coordinate is finite.
    package init?(x: Double, y: Double? = nil) {
        guard x.isFinite, y?.isFinite ?? true else { return nil }
        self.x = x
        self.y = y
    }

    /// `nil` unless there are one or two coordinates, all finite.
    package init?(_ coordinates: [Double]) {
        guard (1...2).contains(coordinates.count) else { return nil }
        self.init(x: coordinates[0], y: coordinates.count == 2 ? coordinates[1] : nil)
    }

    /// The origin with `dimension` coordinates: the stand-in the reader keeps going with after
    /// reporting a bad point (a scene with an error is never evaluated).
    package static func origin(dimension: Int) -> ScenePoint {
        ScenePoint(x: 0, y: dimension >= 2 ? 0 : nil)!
    }

    /// 1 or 2.
    package var dimension: Int { y == nil ? 1 : 2 }

    /// One number per dimension, as the engine takes a point of ℝⁿ.
    package var coordinates: [Double] { y.map { [x, $0] } ?? [x] }

    /// The point in the plane; a 1-D point lies on the x axis, (x, 0).
    package var point2: Point2 { Point2(x, y ?? 0) }

    /// The scene spelling, `[x]` or `[x, y]`.
    package var description: String { "[" + coordinates.map(JSONValue.format).joined(separator: ", ") + "]" }
}

/// Lets code and tests write a point as the scene does (`start: [1, 2]`). A literal that is not
/// one or two finite numbers is a programming error.
extension ScenePoint: ExpressibleByArrayLiteral {
    package init(arrayLiteral coordinates: Double...) {
        guard let point = ScenePoint(coordinates) else { preconditionFailure("not a point [x] or [x, y]: \(coordinates)") }
        self = point
    }
}
