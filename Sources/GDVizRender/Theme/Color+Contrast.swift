#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// WCAG 2.x relative luminance and contrast ratio, and the colour changes that restore contrast.
///
/// ```
/// channel c (sRGB, 0...1) → linear:  c ≤ 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055)^2.4
/// L = 0.2126 R + 0.7152 G + 0.0722 B
/// contrast(a, b) = (max(La, Lb) + 0.05) / (min(La, Lb) + 0.05)      in 1...21
/// ```
/// WCAG 2.1 success criterion 1.4.11 asks 3:1 for graphical objects that carry meaning.
extension Color {
    /// sRGB component → linear light.
    static func linear(_ c: Double) -> Double {
        c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }

    /// Linear light → sRGB component.
    static func gammaEncoded(_ c: Double) -> Double {
        let v = min(1, max(0, c))
        return v <= 0.0031308 ? 12.92 * v : 1.055 * pow(v, 1 / 2.4) - 0.055
    }

    /// Relative luminance (alpha ignored).
    package var relativeLuminance: Double {
        0.2126 * Self.linear(r) + 0.7152 * Self.linear(g) + 0.0722 * Self.linear(b)
    }

    /// The contrast ratio with `other`, 1...21 (alpha ignored; see `composited(over:)`).
    package func contrast(with other: Color) -> Double {
        let a = relativeLuminance, b = other.relativeLuminance
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// The opaque colour this one shows over `backdrop` (source-over, in sRGB like cairo).
    package func composited(over backdrop: Color) -> Color {
        Color(r * a + backdrop.r * (1 - a), g * a + backdrop.g * (1 - a), b * a + backdrop.b * (1 - a))
    }

    /// This colour, darkened (on a light `background`) or lightened (on a dark one) just enough to
    /// reach `minimum` contrast; unchanged when it already does. Mixing toward black or white in
    /// linear light keeps the hue, and the luminance then moves monotonically, so bisection finds
    /// the smallest change. Alpha is kept; contrast is judged on the colour composited over `background`.
    package func legible(on background: Color, minimum: Double = 3) -> Color {
        if composited(over: background).contrast(with: background) >= minimum { return self }
        let darken = background.relativeLuminance > 0.18
        func mixed(_ s: Double) -> Color {
            func channel(_ c: Double) -> Double {
                let l = Self.linear(c)
                return Self.gammaEncoded(darken ? l * (1 - s) : l + s * (1 - l))
            }
            return Color(channel(r), channel(g), channel(b), a)
        }
        var lo = 0.0, hi = 1.0
        for _ in 0..<40 {
            let mid = (lo + hi) / 2
            if mixed(mid).composited(over: background).contrast(with: background) >= minimum + 0.01 { hi = mid } else { lo = mid }
        }
        return mixed(hi)
    }
}
