/// `printf("%.2f", v)` without Foundation: the exact binary value rounded to two decimals, ties
/// to even, as the C library does. `String(format:)` cost a locale set-up and dynamic casts
/// (runtime conformance scans) in every SVG with text; the bytes are the same (tested against it).
enum TwoDecimals {
    /// Largest magnitude handled exactly here (100·|v| < 2⁵¹, so every step below is exact);
    /// larger values return nil and the caller formats them another way.
    static let limit = 0x1p51 / 100

    static func format(_ v: Double) -> String? {
        guard v.isFinite else { return nil }
        let a = v.magnitude
        guard a < limit else { return nil }
        // 100·a = p + e exactly (e is the product's rounding error); n = ⌊p⌋; d = p − n exact.
        let p = a * 100
        let e = (-p).addingProduct(a, 100)  // fma(a, 100, −p): exact
        let n = p.rounded(.down)
        let d = p - n
        var hundredths = UInt64(n)
        if d > 0.75 || (d >= 0.25 && roundsUp(fraction: d, error: e, evenBelow: hundredths % 2 == 0)) {
            hundredths += 1
        }
        let whole = hundredths / 100, cents = hundredths % 100
        return (v.sign == .minus ? "-" : "") + String(whole) + (cents < 10 ? ".0" : ".") + String(cents)
    }

    /// Whether 100·a = n + d + e rounds up when d ∈ [0.25, 0.75]: d − 0.5 is exact and a multiple
    /// of p's spacing, which is more than twice |e|, so e decides only an exact half.
    private static func roundsUp(fraction d: Double, error e: Double, evenBelow: Bool) -> Bool {
        let t = d - 0.5
        if t != 0 { return t > 0 }
        if e != 0 { return e > 0 }
        return !evenBelow
    }
}
