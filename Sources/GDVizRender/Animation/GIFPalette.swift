import CGif

/// The 255 colours every frame of a GIF is drawn with (index 255 is "unchanged", transparent).
///
/// Taken from the figure's own pixels: all its colours when there are at most 255, else
/// giflib's median-cut quantizer over sample frames, with each palette entry then moved to the
/// most frequent exact colour of its cell, so white stays white and a run's red stays its red.
/// Each colour always maps to the same index (nearest entry, no dithering), so pixels that do
/// not change between frames never flicker.
struct GIFPalette {
    static let transparent: UInt8 = 255
    /// `0xRRGGBB` per index, at most 255.
    let colors: [UInt32]
    /// Index + 1 per 24-bit colour, 0 when not looked up yet (16 M entries, filled lazily).
    private var lookup: [UInt8]

    init(samples: [RGBFrame]) {
        var counts: [UInt32: Int] = [:]
        for frame in samples {
            for i in 0..<(frame.width * frame.height) {
                counts[Self.key(frame.rgb, 3 * i), default: 0] += 1
            }
        }
        if counts.count <= 255 {
            colors = counts.keys.sorted()
        } else {
            colors = Self.quantized(samples, counts: counts)
        }
        lookup = [UInt8](repeating: 0, count: 1 << 24)
    }

    static func key(_ rgb: [UInt8], _ o: Int) -> UInt32 {
        UInt32(rgb[o]) << 16 | UInt32(rgb[o + 1]) << 8 | UInt32(rgb[o + 2])
    }

    private static func quantized(_ samples: [RGBFrame], counts: [UInt32: Int]) -> [UInt32] {
        let pixels = samples.reduce(0) { $0 + $1.width * $1.height }
        var r = [UInt8](repeating: 0, count: pixels), g = r, b = r, out = r
        var k = 0
        for frame in samples {
            for i in 0..<(frame.width * frame.height) {
                r[k] = frame.rgb[3 * i]; g[k] = frame.rgb[3 * i + 1]; b[k] = frame.rgb[3 * i + 2]
                k += 1
            }
        }
        var size: Int32 = 255
        var map = [GifColorType](repeating: GifColorType(), count: 256)
        let status = GifQuantizeBuffer(UInt32(pixels), 1, &size, &r, &g, &b, &out, &map)
        guard status == GIF_OK, size > 0 else { return Array(counts.keys.sorted { counts[$0]! > counts[$1]! || (counts[$0]! == counts[$1]! && $0 < $1) }.prefix(255)) }
        // The most frequent exact colour of each cell (ties: the smaller value).
        var best = [(color: UInt32, count: Int)](repeating: (0, -1), count: Int(size))
        var seen = Set<UInt32>()
        for p in 0..<pixels {
            let color = UInt32(r[p]) << 16 | UInt32(g[p]) << 8 | UInt32(b[p])
            guard seen.insert(color).inserted else { continue }
            let cell = Int(out[p]), n = counts[color]!
            if n > best[cell].count || (n == best[cell].count && color < best[cell].color) { best[cell] = (color, n) }
        }
        var result: [UInt32] = []
        var used = Set<UInt32>()
        for (cell, entry) in best.enumerated() {
            let color = entry.count >= 0 ? entry.color
                : UInt32(map[cell].Red) << 16 | UInt32(map[cell].Green) << 8 | UInt32(map[cell].Blue)
            if used.insert(color).inserted { result.append(color) }
        }
        return result
    }

    /// The palette index for colour `0xRRGGBB`: the nearest entry, weighting green most.
    mutating func index(_ color: UInt32) -> UInt8 {
        let cached = lookup[Int(color)]
        if cached != 0 { return cached - 1 }
        let r = Int(color >> 16), g = Int(color >> 8 & 0xFF), b = Int(color & 0xFF)
        var best = 0, bestDistance = Int.max
        for (i, c) in colors.enumerated() {
            let dr = r - Int(c >> 16), dg = g - Int(c >> 8 & 0xFF), db = b - Int(c & 0xFF)
            let d = 3 * dr * dr + 4 * dg * dg + 2 * db * db
            if d < bestDistance { best = i; bestDistance = d }
        }
        lookup[Int(color)] = UInt8(best + 1)
        return UInt8(best)
    }

    /// Every pixel of `frame` as a palette index.
    mutating func indices(of frame: RGBFrame) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: frame.width * frame.height)
        frame.rgb.withUnsafeBufferPointer { rgb in
            for i in 0..<result.count {
                let color = UInt32(rgb[3 * i]) << 16 | UInt32(rgb[3 * i + 1]) << 8 | UInt32(rgb[3 * i + 2])
                let cached = lookup[Int(color)]
                result[i] = cached != 0 ? cached - 1 : index(color)
            }
        }
        return result
    }
}
