import CWebP

/// Writes an animated, lossless WebP with libwebp's animation encoder (which itself stores only
/// the changed rectangle of each frame). Loops forever.
final class WebPEncoder {
    private var encoder: OpaquePointer?
    private var config = WebPConfig()
    private var milliseconds = 0
    private let width: Int, height: Int

    init(width: Int, height: Int) throws {
        self.width = width
        self.height = height
        var options = WebPAnimEncoderOptions()
        guard WebPAnimEncoderOptionsInit(&options) != 0 else { throw Self.failure("libwebp version mismatch") }
        options.anim_params.loop_count = 0
        options.allow_mixed = 0
        // No keyframe cost trade-offs that depend on timing: a keyframe at most every 50 frames.
        options.kmin = 49
        options.kmax = 50
        guard WebPConfigInit(&config) != 0, WebPConfigLosslessPreset(&config, 1) != 0 else {
            throw Self.failure("libwebp version mismatch")
        }
        config.thread_level = 0
        encoder = WebPAnimEncoderNew(Int32(width), Int32(height), &options)
        guard encoder != nil else { throw Self.failure("cannot create the encoder") }
    }

    deinit {
        if let encoder { WebPAnimEncoderDelete(encoder) }
    }

    private static func failure(_ reason: String) -> AnimationError { .encoder(format: "WebP", reason: reason) }

    private func lastError() -> String {
        encoder.flatMap { WebPAnimEncoderGetError($0) }.map { String(cString: $0) } ?? "unknown error"
    }

    /// Adds a frame shown for `milliseconds`.
    func add(_ frame: RGBFrame, milliseconds duration: Int) throws {
        var picture = WebPPicture()
        guard WebPPictureInit(&picture) != 0 else { throw Self.failure("libwebp version mismatch") }
        picture.use_argb = 1
        picture.width = Int32(width)
        picture.height = Int32(height)
        defer { WebPPictureFree(&picture) }
        var rgb = frame.rgb
        guard WebPPictureImportRGB(&picture, &rgb, Int32(width * 3)) != 0 else { throw Self.failure("out of memory") }
        guard WebPAnimEncoderAdd(encoder, &picture, Int32(milliseconds), &config) != 0 else {
            throw Self.failure(lastError())
        }
        milliseconds += duration
    }

    /// Assembles the file and returns its bytes.
    func finish() throws -> [UInt8] {
        guard WebPAnimEncoderAdd(encoder, nil, Int32(milliseconds), nil) != 0 else { throw Self.failure(lastError()) }
        var data = WebPData()
        guard WebPAnimEncoderAssemble(encoder, &data) != 0, let bytes = data.bytes else { throw Self.failure(lastError()) }
        defer { WebPDataClear(&data) }
        return Array(UnsafeBufferPointer(start: bytes, count: data.size))
    }
}
