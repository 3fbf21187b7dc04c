/// A connected piece of one level set: a polyline in data coordinates.
/// When `isClosed` the last point connects back to the first (the first point is not repeated).
public struct ContourLine: Sendable, Equatable {
    public var points: [Point2]
    public var isClosed: Bool

    public init(points: [Point2], isClosed: Bool) {
        self.points = points
        self.isClosed = isClosed
    }
}

/// All pieces of the level set f = value.
public struct ContourLevel: Sendable, Equatable {
    public var value: Double
    public var lines: [ContourLine]

    public init(value: Double, lines: [ContourLine]) {
        self.value = value
        self.lines = lines
    }
}
