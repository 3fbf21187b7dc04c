/// A connected piece of one level set: a polyline in data coordinates.
/// When `isClosed` the last point connects back to the first (the first point is not repeated).
package struct ContourLine: Sendable, Equatable {
    package var points: [Point2]
    package var isClosed: Bool

    package init(points: [Point2], isClosed: Bool) {
        self.points = points
        self.isClosed = isClosed
    }
}

/// All pieces of the level set f = value.
package struct ContourLevel: Sendable, Equatable {
    package var value: Double
    package var lines: [ContourLine]

    package init(value: Double, lines: [ContourLine]) {
        self.value = value
        self.lines = lines
    }
}
