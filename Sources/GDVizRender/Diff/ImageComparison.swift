/// The comparison of an expected (reference) image with an actual (fresh) render.
///
/// Works on decoded canonical pixels only (``RasterImage``: premultiplied RGBA), never on file
/// bytes, so re-compressed or re-encoded PNGs with the same pixels are identical.
///
/// Metrics, always computed (over the overlapping top-left region when sizes differ):
/// - `changedPixels`: pixels whose canonical RGBA bytes differ at all.
/// - `diffPixels`: changed pixels whose YIQ Δ (``YIQDelta``) is above `35215·t²` and which the
///   anti-aliasing detector does not exclude (when `ignoreAntialiasing`).
/// - `aaPixels`: pixels above the threshold that were excluded as anti-aliasing.
/// - `ratio`: `diffPixels / (W·H)`.
/// - `maxChannelDelta`: the largest |Δ| of any single byte (0…255).
/// - `rms`: matplotlib's `calculate_rms`, `sqrt(mean((expected − actual)²))` over the R, G, B
///   bytes, or over R, G, B, A when either image is not fully opaque (premultiplied bytes, so
///   fully transparent pixels compare equal). Solid 127 vs solid 128 gives 1.0.
/// - `clusters`: tight boxes of the changed-pixel clusters (``ChangeClusters``).
///
/// Verdict: a size difference is always ``Status/sizeMismatch`` (never rescaled; W×H vs H×W
/// fails too). Otherwise no changed pixel → ``Status/identical``; in exact mode any changed
/// pixel → ``Status/changed``; in tolerant mode `diffPixels > maxDiffPixels` or
/// `ratio > maxDiffRatio` → ``Status/changed``, else ``Status/withinTolerance``.
package struct ImageComparison: Sendable {
    package enum Status: String, Sendable, Codable {
        case identical
        case withinTolerance = "within-tolerance"
        case changed
        case sizeMismatch = "size-mismatch"
    }

    /// How a pixel is drawn in the diff image.
    enum Mark: UInt8 {
        case same = 0
        /// The actual is darker here: ink added (red).
        case added
        /// The actual is lighter here: ink removed (blue).
        case removed
        /// Changed but tolerated: anti-aliasing or below the threshold (yellow, tolerant mode).
        case minor
    }

    package let options: ComparisonOptions
    package let expected: RasterImage
    package let actual: RasterImage
    package let status: Status
    package let changedPixels: Int
    package let diffPixels: Int
    package let aaPixels: Int
    package let maxChannelDelta: Int
    package let rms: Double
    package let clusters: [PixelBox]
    /// One mark per pixel of the compared (overlapping) region, `comparedWidth` wide.
    let marks: [Mark]
    let comparedWidth: Int
    let comparedHeight: Int

    package var sizesMatch: Bool { expected.width == actual.width && expected.height == actual.height }
    package var passed: Bool { status == .identical || status == .withinTolerance }
    package var pixelCount: Int { comparedWidth * comparedHeight }
    package var ratio: Double { pixelCount == 0 ? 0 : Double(diffPixels) / Double(pixelCount) }

    package init(expected: RasterImage, actual: RasterImage, options: ComparisonOptions = ComparisonOptions()) {
        self.options = options
        self.expected = expected
        self.actual = actual
        let w = min(expected.width, actual.width), h = min(expected.height, actual.height)
        comparedWidth = w
        comparedHeight = h
        let sizesMatch = expected.width == actual.width && expected.height == actual.height
        let a = sizesMatch ? expected : expected.cropped(width: w, height: h)
        let b = sizesMatch ? actual : actual.cropped(width: w, height: h)
        let stats = Self.measure(a, b, options: options)
        changedPixels = stats.changed
        diffPixels = stats.diff
        aaPixels = stats.aa
        maxChannelDelta = stats.maxChannelDelta
        rms = stats.rms
        marks = stats.marks
        clusters = ChangeClusters.boxes(changed: stats.marks.map { $0 != .same }, width: w, height: h)
        if !sizesMatch {
            status = .sizeMismatch
        } else if changedPixels == 0 {
            status = .identical
        } else if options.mode == .exact {
            status = .changed
        } else {
            let ratio = w * h == 0 ? 0 : Double(stats.diff) / Double(w * h)
            status = stats.diff > options.maxDiffPixels || ratio > options.maxDiffRatio ? .changed : .withinTolerance
        }
    }

    private struct Stats {
        var changed = 0, diff = 0, aa = 0, maxChannelDelta = 0
        var rms = 0.0
        var marks: [Mark] = []
    }

    /// One pass over two same-size images.
    private static func measure(_ a: RasterImage, _ b: RasterImage, options: ComparisonOptions) -> Stats {
        let w = a.width, h = a.height, n = w * h
        var stats = Stats()
        stats.marks = [Mark](repeating: .same, count: n)
        guard n > 0 else { return stats }
        let wordsA = a.words, wordsB = b.words
        let opaque = wordsA.allSatisfy { $0 >> 24 == 0xFF } && wordsB.allSatisfy { $0 >> 24 == 0xFF }
        let maxDelta = options.maxDelta
        let detector = AntialiasingDetector(width: w, height: h)
        var squares = 0.0
        a.pixels.withUnsafeBufferPointer { pa in
            b.pixels.withUnsafeBufferPointer { pb in
                wordsA.withUnsafeBufferPointer { wa in
                    wordsB.withUnsafeBufferPointer { wb in
                        stats.marks.withUnsafeMutableBufferPointer { marks in
                            for k in 0..<n where wa[k] != wb[k] {
                                stats.changed += 1
                                let i = k * 4
                                for c in 0..<(opaque ? 3 : 4) {
                                    let d = Int(pa[i + c]) - Int(pb[i + c])
                                    squares += Double(d * d)
                                    stats.maxChannelDelta = max(stats.maxChannelDelta, abs(d))
                                }
                                let darker = YIQDelta.luminance(pb, i) <= YIQDelta.luminance(pa, i)
                                let direction: Mark = darker ? .added : .removed
                                guard YIQDelta.delta(pa, i, pb, i) > maxDelta else {
                                    marks[k] = options.mode == .exact ? direction : .minor
                                    continue
                                }
                                let x = k % w, y = k / w
                                if options.ignoreAntialiasing
                                    && (detector.isAntialiased(pa, x: x, y: y, wa, wb) || detector.isAntialiased(pb, x: x, y: y, wb, wa)) {
                                    stats.aa += 1
                                    marks[k] = options.mode == .exact ? direction : .minor
                                } else {
                                    stats.diff += 1
                                    marks[k] = direction
                                }
                            }
                        }
                    }
                }
            }
        }
        stats.rms = (squares / Double(n * (opaque ? 3 : 4))).squareRoot()
        return stats
    }
}

extension RasterImage {
    /// Each pixel's four bytes as one word (r in the low byte); for equality tests only.
    var words: [UInt32] {
        pixels.withUnsafeBufferPointer { p in
            (0..<(width * height)).map { k in
                let i = k * 4
                return UInt32(p[i]) | UInt32(p[i + 1]) << 8 | UInt32(p[i + 2]) << 16 | UInt32(p[i + 3]) << 24
            }
        }
    }

    /// The top-left `width`×`height` region.
    func cropped(width w: Int, height h: Int) -> RasterImage {
        var out = [UInt8]()
        out.reserveCapacity(w * h * 4)
        for y in 0..<h {
            let start = y * width * 4
            out += pixels[start..<(start + w * 4)]
        }
        return RasterImage(width: w, height: h, pixels: out)
    }
}
