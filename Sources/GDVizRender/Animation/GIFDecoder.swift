import CGif

/// Reads an animated GIF back into whole frames with giflib, applying each frame's transparency
/// and disposal as a browser does, so frames can be compared pixel by pixel.
package enum GIFDecoder {
    /// A decoded frame and how long it shows, in centiseconds.
    package struct Frame: Sendable {
        package var image: RasterImage
        package var delay: Int
    }

    /// Every frame of `bytes` in order. Not a GIF, truncated or corrupt input throws.
    package static func frames(_ bytes: [UInt8]) throws -> [Frame] {
        let source = GIFSource(bytes)
        var error: Int32 = 0
        guard let gif = DGifOpen(Unmanaged.passUnretained(source).toOpaque(), GIFSource.read, &error) else {
            throw AnimationError.encoder(format: "GIF", reason: reason(error))
        }
        defer { withExtendedLifetime(source) { _ = DGifCloseFile(gif, nil) } }
        guard DGifSlurp(gif) == GIF_OK else { throw AnimationError.encoder(format: "GIF", reason: reason(gif.pointee.Error)) }
        let width = Int(gif.pointee.SWidth), height = Int(gif.pointee.SHeight)
        guard width > 0, height > 0, width <= 32767, height <= 32767 else {
            throw AnimationError.encoder(format: "GIF", reason: "bad screen size \(width)×\(height)")
        }
        var canvas = [UInt8](repeating: 0, count: width * height * 4)
        var result: [Frame] = []
        for i in 0..<Int(gif.pointee.ImageCount) {
            let saved = gif.pointee.SavedImages[i]
            var control = GraphicsControlBlock(DisposalMode: DISPOSAL_UNSPECIFIED, UserInputFlag: false, DelayTime: 0,
                                               TransparentColor: NO_TRANSPARENT_COLOR)
            _ = DGifSavedExtensionToGCB(gif, Int32(i), &control)
            guard let map = saved.ImageDesc.ColorMap ?? gif.pointee.SColorMap else {
                throw AnimationError.encoder(format: "GIF", reason: "frame \(i + 1) has no colour table")
            }
            let desc = saved.ImageDesc
            let left = Int(desc.Left), top = Int(desc.Top), w = Int(desc.Width), h = Int(desc.Height)
            let before = control.DisposalMode == DISPOSE_PREVIOUS ? canvas : []
            for y in 0..<h where top + y < height {
                for x in 0..<w where left + x < width {
                    let index = Int32(saved.RasterBits[y * w + x])
                    guard index != control.TransparentColor, index < map.pointee.ColorCount else { continue }
                    let color = map.pointee.Colors[Int(index)]
                    let o = ((top + y) * width + left + x) * 4
                    canvas[o] = color.Red; canvas[o + 1] = color.Green; canvas[o + 2] = color.Blue; canvas[o + 3] = 255
                }
            }
            result.append(Frame(image: RasterImage(width: width, height: height, pixels: canvas),
                                delay: Int(control.DelayTime)))
            switch control.DisposalMode {
            case DISPOSE_BACKGROUND:
                for y in max(0, top)..<min(height, top + h) {
                    for x in max(0, left)..<min(width, left + w) {
                        for c in 0..<4 { canvas[(y * width + x) * 4 + c] = 0 }
                    }
                }
            case DISPOSE_PREVIOUS:
                canvas = before
            default:
                break
            }
        }
        return result
    }

    private static func reason(_ code: Int32) -> String {
        GifErrorString(code).map { String(cString: $0) } ?? "giflib error \(code)"
    }
}

/// Feeds a byte array to giflib.
private final class GIFSource {
    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    static let read: InputFunc = { gif, buffer, length in
        guard let gif, let user = gif.pointee.UserData, let buffer, length > 0 else { return 0 }
        let source = Unmanaged<GIFSource>.fromOpaque(user).takeUnretainedValue()
        let count = min(Int(length), source.bytes.count - source.offset)
        guard count > 0 else { return 0 }
        source.bytes.withUnsafeBufferPointer { buffer.update(from: $0.baseAddress! + source.offset, count: count) }
        source.offset += count
        return Int32(count)
    }
}
