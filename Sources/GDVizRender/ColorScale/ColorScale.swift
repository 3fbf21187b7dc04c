/// A colormap sampled at evenly spaced stops and interpolated linearly in sRGB between them.
/// Stops are the published 10-colour samples of each map (matplotlib / viridisLite), so colours
/// match those tools to within interpolation error.
package struct ColorScale: Sendable {
    package let stops: [Color]

    package init(stops: [Color]) {
        precondition(stops.count >= 2)
        self.stops = stops
    }

    /// Colour at t in 0...1 (clamped; NaN gives the first stop).
    package func color(at t: Double) -> Color {
        let clamped = t.isNaN ? 0 : min(1, max(0, t))
        let position = clamped * Double(stops.count - 1)
        let i = min(stops.count - 2, Int.checked(position))
        let f = position - Double(i)
        let a = stops[i], b = stops[i + 1]
        return Color(a.r + (b.r - a.r) * f, a.g + (b.g - a.g) * f, a.b + (b.b - a.b) * f)
    }

    package static let viridis = ColorScale(hex: [0x440154, 0x482878, 0x3E4A89, 0x31688E, 0x26828E,
                                                 0x1F9E89, 0x35B779, 0x6DCD59, 0xB4DE2C, 0xFDE725])
    package static let cividis = ColorScale(hex: [0x00204D, 0x00336F, 0x39486B, 0x575C6D, 0x707173,
                                                 0x8A8779, 0xA69D75, 0xC4B56C, 0xE4CF5B, 0xFFEA46])
    package static let magma = ColorScale(hex: [0x000004, 0x180F3E, 0x451077, 0x721F81, 0x9F2F7F,
                                               0xCD4071, 0xF1605D, 0xFD9567, 0xFEC98D, 0xFCFDBF])
    package static let greys = ColorScale(hex: [0xFFFFFF, 0x000000])
    /// Diverging blue → white → red: ColorBrewer's 11-class RdBu, reversed (matplotlib's "RdBu_r").
    /// The middle stop, t = 0.5, is the neutral near-white #F7F7F7.
    package static let diverging = ColorScale(hex: [0x053061, 0x2166AC, 0x4393C3, 0x92C5DE, 0xD1E5F0, 0xF7F7F7,
                                                   0xFDDBC7, 0xF4A582, 0xD6604D, 0xB2182B, 0x67001F])

    init(hex: [UInt32]) { self.init(stops: hex.map { Color(hex: $0) }) }

    /// The scale by its scene-file name.
    package static func named(_ name: String) -> ColorScale? {
        switch name {
        case "viridis": return .viridis
        case "cividis": return .cividis
        case "magma": return .magma
        case "greys", "grays": return .greys
        default: return nil
        }
    }
}
