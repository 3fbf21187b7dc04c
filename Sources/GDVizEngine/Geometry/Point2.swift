/// A point or vector in the plane, in data coordinates.
public struct Point2: Hashable, Sendable, Codable {
    public var x: Double
    public var y: Double

    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }

    public static let zero = Point2(0, 0)

    public var norm: Double { (x * x + y * y).squareRoot() }
    public var isFinite: Bool { x.isFinite && y.isFinite }

    public static func + (a: Point2, b: Point2) -> Point2 { Point2(a.x + b.x, a.y + b.y) }
    public static func - (a: Point2, b: Point2) -> Point2 { Point2(a.x - b.x, a.y - b.y) }
    public static func * (s: Double, p: Point2) -> Point2 { Point2(s * p.x, s * p.y) }
    public static prefix func - (p: Point2) -> Point2 { Point2(-p.x, -p.y) }

    public func distance(to other: Point2) -> Double { (self - other).norm }
}

/// An axis-aligned rectangle `[xMin, xMax] × [yMin, yMax]` in data coordinates.
public struct Domain: Hashable, Sendable, Codable {
    public var xMin: Double
    public var xMax: Double
    public var yMin: Double
    public var yMax: Double

    public init(xMin: Double, xMax: Double, yMin: Double, yMax: Double) {
        self.xMin = xMin
        self.xMax = xMax
        self.yMin = yMin
        self.yMax = yMax
    }

    public var width: Double { xMax - xMin }
    public var height: Double { yMax - yMin }

    public func contains(_ p: Point2) -> Bool {
        p.x >= xMin && p.x <= xMax && p.y >= yMin && p.y <= yMax
    }

    /// The domain grown by `factor` times its size on every side.
    public func expanded(by factor: Double) -> Domain {
        Domain(xMin: xMin - factor * width, xMax: xMax + factor * width,
               yMin: yMin - factor * height, yMax: yMax + factor * height)
    }
}
