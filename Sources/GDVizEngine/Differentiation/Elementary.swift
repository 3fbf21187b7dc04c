#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Values and the first two derivatives of the elementary functions.
enum Elementary {
    /// (f(a), f′(a), f″(a)); derivatives beyond `order` are left 0 to save work.
    ///
    /// abs′(0) is taken as 0 (the subgradient that keeps gradient descent at a kink).
    @inline(__always)
    static func derivatives(_ f: MathFunction, at a: Double, order: Int) -> (Double, Double, Double) {
        switch f {
        case .sin:
            let s = sin(a), c = order > 0 ? cos(a) : 0
            return (s, c, -s)
        case .cos:
            let c = cos(a), s = order > 0 ? sin(a) : 0
            return (c, -s, -c)
        case .tan:
            let t = tan(a), d = 1 + t * t
            return (t, d, 2 * t * d)
        case .exp:
            let e = exp(a)
            return (e, e, e)
        case .log:
            return (log(a), 1 / a, -1 / (a * a))
        case .sqrt:
            let r = a.squareRoot()
            return (r, 0.5 / r, -0.25 / (r * a))
        case .tanh:
            let t = tanh(a), d = 1 - t * t
            return (t, d, -2 * t * d)
        case .abs:
            let s: Double = a > 0 ? 1 : (a < 0 ? -1 : 0)
            return (Swift.abs(a), s, 0)
        }
    }

    /// a^c, exact for small integer exponents (repeated multiplication, so (−3)^2 = 9 exactly).
    @inline(__always)
    static func power(_ a: Double, _ c: Double) -> Double {
        if c == 2 { return a * a }
        if c == 1 { return a }
        if c == 0 { return 1 }
        if c == 3 { return a * a * a }
        return pow(a, c)
    }

    /// The k-th derivative of a^c: c(c−1)…(c−k+1)·a^(c−k), and exactly 0 when the
    /// falling factorial vanishes (so d²/da² of a^1 at a = 0 is 0, not 0·∞).
    @inline(__always)
    static func powerDerivative(_ a: Double, _ c: Double, order k: Int) -> Double {
        var coefficient = 1.0
        for i in 0..<k { coefficient *= c - Double(i) }
        if coefficient == 0 { return 0 }
        return coefficient * power(a, c - Double(k))
    }
}
