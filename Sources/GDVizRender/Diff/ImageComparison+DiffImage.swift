extension ImageComparison {
    /// Strength of the faded reference behind the diff marks (pixelmatch uses 0.1; 0.2 keeps
    /// the axes readable).
    static let fadeAlpha = 0.2

    static let red: [UInt8] = [255, 0, 0, 255]
    static let blue: [UInt8] = [0, 90, 255, 255]
    static let yellow: [UInt8] = [255, 210, 0, 255]
    static let magenta: [UInt8] = [255, 0, 255, 255]
    static let hatchLight: [UInt8] = [255, 200, 255, 255]
    static let gutter: [UInt8] = [128, 128, 128, 255]

    /// The pixelmatch-style overlay, as large as the larger image (opaque):
    /// - unchanged pixels: the expected image as faded greyscale, `v = 255 + (Y − 255)·0.2`;
    /// - red: the actual is darker (ink added), blue: the actual is lighter (ink removed);
    /// - yellow (tolerant mode): changed, but anti-aliasing or below the threshold;
    /// - a 1-px magenta box around each change cluster, padded by 4 px;
    /// - when the sizes differ, the area outside the overlap is hatched magenta.
    package func diffImage() -> RasterImage {
        let width = max(expected.width, actual.width), height = max(expected.height, actual.height)
        var out = [UInt8](repeating: 255, count: width * height * 4)
        out.withUnsafeMutableBufferPointer { out in
            expected.pixels.withUnsafeBufferPointer { e in
                for y in 0..<height {
                    for x in 0..<width {
                        let o = (y * width + x) * 4
                        guard x < comparedWidth, y < comparedHeight else {
                            let color = (x + y) % 8 < 3 ? Self.magenta : Self.hatchLight
                            for c in 0..<4 { out[o + c] = color[c] }
                            continue
                        }
                        let color: [UInt8]
                        switch marks[y * comparedWidth + x] {
                        case .same:
                            let luminance = YIQDelta.luminance(e, (y * expected.width + x) * 4)
                            let v = UInt8((255 + (luminance - 255) * Self.fadeAlpha).rounded())
                            color = [v, v, v, 255]
                        case .added: color = Self.red
                        case .removed: color = Self.blue
                        case .minor: color = Self.yellow
                        }
                        for c in 0..<4 { out[o + c] = color[c] }
                    }
                }
            }
            for box in clusters {
                let p = box.padded(by: ChangeClusters.padding, width: comparedWidth, height: comparedHeight)
                func plot(_ x: Int, _ y: Int) {
                    let o = (y * width + x) * 4
                    for c in 0..<4 { out[o + c] = Self.magenta[c] }
                }
                for x in p.x..<p.maxX { plot(x, p.y); plot(x, p.maxY - 1) }
                for y in p.y..<p.maxY { plot(p.x, y); plot(p.maxX - 1, y) }
            }
        }
        return RasterImage(width: width, height: height, pixels: out)
    }

    /// expected | actual | diff side by side at native sizes, separated by grey gutters,
    /// on a white background (transparent pixels are shown over white).
    package func sideBySide(gutter: Int = 8) -> RasterImage {
        let panels = [expected, actual, diffImage()]
        let width = panels.reduce(0) { $0 + $1.width } + gutter * (panels.count - 1)
        let height = panels.map(\.height).max() ?? 0
        var out = [UInt8](repeating: 255, count: width * height * 4)
        var left = 0
        for (index, panel) in panels.enumerated() {
            for y in 0..<panel.height {
                for x in 0..<panel.width {
                    let i = (y * panel.width + x) * 4, o = (y * width + left + x) * 4
                    let transparency = 255 - Int(panel.pixels[i + 3])
                    for c in 0..<3 { out[o + c] = UInt8(min(255, Int(panel.pixels[i + c]) + transparency)) }
                    out[o + 3] = 255
                }
            }
            left += panel.width
            if index < panels.count - 1 {
                for y in 0..<height {
                    for x in left..<(left + gutter) {
                        let o = (y * width + x) * 4
                        for c in 0..<4 { out[o + c] = Self.gutter[c] }
                    }
                }
                left += gutter
            }
        }
        return RasterImage(width: width, height: height, pixels: out)
    }
}
