import GDVizEngine

/// Maps data coordinates of a domain onto a device rectangle (y up in data, down on the device).
public struct PlotTransform: Sendable, Equatable {
    public var domain: Domain
    public var rect: DeviceRect

    public init(domain: Domain, rect: DeviceRect) {
        self.domain = domain
        self.rect = rect
    }

    public func device(_ p: Point2) -> Point2 {
        Point2(rect.minX + (p.x - domain.xMin) / domain.width * rect.width,
               rect.maxY - (p.y - domain.yMin) / domain.height * rect.height)
    }

    public func data(_ d: Point2) -> Point2 {
        Point2(domain.xMin + (d.x - rect.minX) / rect.width * domain.width,
               domain.yMin + (rect.maxY - d.y) / rect.height * domain.height)
    }

    /// Device units per data unit along x and y.
    public var scale: Point2 { Point2(rect.width / domain.width, rect.height / domain.height) }

    /// The largest rectangle inside `available` whose aspect makes one data unit equally long
    /// on both axes, centred in `available`.
    public static func equalAspectRect(for domain: Domain, in available: DeviceRect) -> DeviceRect {
        let unit = min(available.width / domain.width, available.height / domain.height)
        let w = unit * domain.width, h = unit * domain.height
        return DeviceRect(x: available.minX + (available.width - w) / 2,
                          y: available.minY + (available.height - h) / 2, width: w, height: h)
    }
}
