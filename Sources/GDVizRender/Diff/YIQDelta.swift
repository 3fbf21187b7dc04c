/// pixelmatch's perceptual colour distance (v5–v7.2.0, YIQ), on canonical premultiplied RGBA.
///
/// ```
/// Y = 0.29889531 R + 0.58662247 G + 0.11448223 B
/// I = 0.59597799 R − 0.27417610 G − 0.32180189 B
/// Q = 0.21147017 R − 0.52261711 G + 0.31114694 B
/// Δ = 0.5053·ΔY² + 0.299·ΔI² + 0.1957·ΔQ²        (Kotsarenko & Ramos 2010)
/// ```
/// Δ runs from 0 to 35215 (red vs cyan); black vs white is 32857. A semi-transparent pixel is
/// composited over white *and* over black and the larger Δ is used, so colours that only look
/// alike over one background still differ (pixelmatch v7 uses a checkerboard for the same
/// reason). With premultiplied bytes, "over black" is the bytes themselves and "over white"
/// is `c + 255 − a`. Alpha-0 pixels are all (0, 0, 0, 0) and compare equal.
enum YIQDelta {
    @inline(__always)
    static func delta(_ r1: Double, _ g1: Double, _ b1: Double, _ r2: Double, _ g2: Double, _ b2: Double) -> Double {
        let dr = r1 - r2, dg = g1 - g2, db = b1 - b2
        let y = dr * 0.29889531 + dg * 0.58662247 + db * 0.11448223
        let i = dr * 0.59597799 - dg * 0.27417610 - db * 0.32180189
        let q = dr * 0.21147017 - dg * 0.52261711 + db * 0.31114694
        return 0.5053 * y * y + 0.299 * i * i + 0.1957 * q * q
    }

    /// Δ between pixel `i` of `a` and pixel `j` of `b` (byte offsets of the pixels).
    @inline(__always)
    static func delta(_ a: UnsafeBufferPointer<UInt8>, _ i: Int, _ b: UnsafeBufferPointer<UInt8>, _ j: Int) -> Double {
        let r1 = Double(a[i]), g1 = Double(a[i + 1]), b1 = Double(a[i + 2]), a1 = Double(a[i + 3])
        let r2 = Double(b[j]), g2 = Double(b[j + 1]), b2 = Double(b[j + 2]), a2 = Double(b[j + 3])
        let overBlack = delta(r1, g1, b1, r2, g2, b2)
        if a1 == 255 && a2 == 255 { return overBlack }
        let w1 = 255 - a1, w2 = 255 - a2
        return max(overBlack, delta(r1 + w1, g1 + w1, b1 + w1, r2 + w2, g2 + w2, b2 + w2))
    }

    /// Brightness (Y) of pixel `i` composited over white, 0…255.
    @inline(__always)
    static func luminance(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Double {
        let w = 255 - Double(p[i + 3])
        return (Double(p[i]) + w) * 0.29889531 + (Double(p[i + 1]) + w) * 0.58662247
            + (Double(p[i + 2]) + w) * 0.11448223
    }
}

/// The anti-aliasing detector of pixelmatch (Vyšniauskas 2009, "Anti-aliased pixel and
/// intensity slope detector"), ported from pixelmatch v7.2.0 `antialiased`/`hasManySiblings`.
///
/// A pixel is anti-aliasing when, in its 3×3 neighbourhood,
/// 1. at most two neighbours have the same brightness (a border pixel starts with one),
/// 2. there is both a darker and a brighter neighbour, and
/// 3. the darkest or the brightest neighbour has three or more identical (RGBA-equal)
///    neighbours in *both* images — the pixel sits on a ramp between two flat regions.
/// The caller checks both images: `antialiased(expected) || antialiased(actual)`.
struct AntialiasingDetector {
    let width: Int
    let height: Int

    func isAntialiased(_ image: UnsafeBufferPointer<UInt8>, x x1: Int, y y1: Int,
                       _ words: UnsafeBufferPointer<UInt32>, _ otherWords: UnsafeBufferPointer<UInt32>) -> Bool {
        let x0 = max(x1 - 1, 0), y0 = max(y1 - 1, 0)
        let x2 = min(x1 + 1, width - 1), y2 = min(y1 + 1, height - 1)
        let center = (y1 * width + x1) * 4
        var zeroes = (x1 == x0 || x1 == x2 || y1 == y0 || y1 == y2) ? 1 : 0
        var minDelta = 0.0, maxDelta = 0.0
        var minX = 0, minY = 0, maxX = 0, maxY = 0
        let centerY = YIQDelta.luminance(image, center)
        for x in x0...x2 {
            for y in y0...y2 where x != x1 || y != y1 {
                let delta = centerY - YIQDelta.luminance(image, (y * width + x) * 4)
                if delta == 0 {
                    zeroes += 1
                    if zeroes > 2 { return false }
                } else if delta < minDelta {
                    minDelta = delta; minX = x; minY = y
                } else if delta > maxDelta {
                    maxDelta = delta; maxX = x; maxY = y
                }
            }
        }
        if minDelta == 0 || maxDelta == 0 { return false }
        return (hasManySiblings(words, x: minX, y: minY) && hasManySiblings(otherWords, x: minX, y: minY))
            || (hasManySiblings(words, x: maxX, y: maxY) && hasManySiblings(otherWords, x: maxX, y: maxY))
    }

    /// Whether the pixel has three or more RGBA-identical neighbours (a border counts as one).
    func hasManySiblings(_ words: UnsafeBufferPointer<UInt32>, x x1: Int, y y1: Int) -> Bool {
        let x0 = max(x1 - 1, 0), y0 = max(y1 - 1, 0)
        let x2 = min(x1 + 1, width - 1), y2 = min(y1 + 1, height - 1)
        let value = words[y1 * width + x1]
        var zeroes = (x1 == x0 || x1 == x2 || y1 == y0 || y1 == y2) ? 1 : 0
        for x in x0...x2 {
            for y in y0...y2 where x != x1 || y != y1 {
                if words[y * width + x] == value {
                    zeroes += 1
                    if zeroes > 2 { return true }
                }
            }
        }
        return false
    }
}
