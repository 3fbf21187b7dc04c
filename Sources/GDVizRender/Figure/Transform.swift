#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GDVizEngine

/// Maps data coordinates of a domain onto a device rectangle (y up in data, down on the device).
/// A logarithmic axis maps log₁₀ of the coordinate linearly; non-positive values map to NaN.
package struct PlotTransform: Sendable, Equatable {
    package var domain: Domain
    package var rect: DeviceRect
    package var xLog: Bool
    package var yLog: Bool

    package init(domain: Domain, rect: DeviceRect, xLog: Bool = false, yLog: Bool = false) {
        self.domain = domain
        self.rect = rect
        self.xLog = xLog
        self.yLog = yLog
    }

    private static func axis(_ v: Double, log: Bool) -> Double {
        guard log else { return v }
        return v > 0 ? log10(v) : .nan
    }

    /// Fraction of the way across each axis (0 at the low end, 1 at the high end).
    package func fraction(_ p: Point2) -> Point2 {
        let x0 = Self.axis(domain.xMin, log: xLog), x1 = Self.axis(domain.xMax, log: xLog)
        let y0 = Self.axis(domain.yMin, log: yLog), y1 = Self.axis(domain.yMax, log: yLog)
        return Point2((Self.axis(p.x, log: xLog) - x0) / (x1 - x0), (Self.axis(p.y, log: yLog) - y0) / (y1 - y0))
    }

    package func device(_ p: Point2) -> Point2 {
        let f = fraction(p)
        return Point2(rect.minX + f.x * rect.width, rect.maxY - f.y * rect.height)
    }

    package func data(_ d: Point2) -> Point2 {
        let fx = (d.x - rect.minX) / rect.width, fy = (rect.maxY - d.y) / rect.height
        func back(_ f: Double, _ lo: Double, _ hi: Double, _ log: Bool) -> Double {
            guard log else { return lo + f * (hi - lo) }
            return pow(10, log10(lo) + f * (log10(hi) - log10(lo)))
        }
        return Point2(back(fx, domain.xMin, domain.xMax, xLog), back(fy, domain.yMin, domain.yMax, yLog))
    }

    /// Device units per data unit along x and y.
    package var scale: Point2 { Point2(rect.width / domain.width, rect.height / domain.height) }

    /// The largest rectangle inside `available` whose aspect makes one data unit equally long
    /// on both axes, centred in `available`.
    package static func equalAspectRect(for domain: Domain, in available: DeviceRect) -> DeviceRect {
        let unit = min(available.width / domain.width, available.height / domain.height)
        let w = unit * domain.width, h = unit * domain.height
        return DeviceRect(x: available.minX + (available.width - w) / 2,
                          y: available.minY + (available.height - h) / 2, width: w, height: h)
    }
}
