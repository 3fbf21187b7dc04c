#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Simulated colour-vision deficiencies and CIELAB differences, to check that palettes stay
/// distinguishable for readers with a dichromacy.
///
/// Simulation: Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for
/// Simulation of Color Vision Deficiency", severity 1.0 matrices, applied to linear RGB and
/// clamped to 0...1. Difference: CIE 1976 ΔE*ab in CIELAB with the D65 white of sRGB.
package enum ColorVision: String, CaseIterable, Sendable {
    case protanopia, deuteranopia, tritanopia

    var matrix: [[Double]] {
        switch self {
        case .protanopia:
            return [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]
        case .deuteranopia:
            return [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
        case .tritanopia:
            return [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]]
        }
    }

    /// `color` as seen with this deficiency (sRGB, alpha kept).
    package func simulate(_ color: Color) -> Color {
        let linear = [Color.linear(color.r), Color.linear(color.g), Color.linear(color.b)]
        let m = matrix
        let out = (0..<3).map { i in min(1, max(0, m[i][0] * linear[0] + m[i][1] * linear[1] + m[i][2] * linear[2])) }
        return Color(Color.gammaEncoded(out[0]), Color.gammaEncoded(out[1]), Color.gammaEncoded(out[2]), color.a)
    }
}

extension Color {
    /// CIELAB (L*, a*, b*) of the opaque colour, D65 white.
    package var lab: (l: Double, a: Double, b: Double) {
        let r = Color.linear(self.r), g = Color.linear(self.g), b = Color.linear(self.b)
        let x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
        let y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
        let z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883
        func f(_ t: Double) -> Double { t > 216.0 / 24389 ? cbrt(t) : (24389.0 / 27 * t + 16) / 116 }
        return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))
    }

    /// CIE 1976 colour difference ΔE*ab; about 2.3 is a just-noticeable difference.
    package func deltaE76(_ other: Color) -> Double {
        let p = lab, q = other.lab
        return ((p.l - q.l) * (p.l - q.l) + (p.a - q.a) * (p.a - q.a) + (p.b - q.b) * (p.b - q.b)).squareRoot()
    }
}
