import CGif

/// Writes an animated GIF with giflib: one global palette, loops forever, and each frame after
/// the first only the rectangle that changed, with unchanged pixels transparent.
final class GIFEncoder {
    private var gif: UnsafeMutablePointer<GifFileType>?
    private let sink = GIFSink()
    private let width: Int, height: Int
    private var palette: GIFPalette
    private var previous: [UInt8]?

    init(width: Int, height: Int, palette: GIFPalette) throws {
        self.width = width
        self.height = height
        self.palette = palette
        var error: Int32 = 0
        gif = EGifOpen(Unmanaged.passUnretained(sink).toOpaque(), GIFSink.write, &error)
        guard let gif else { throw Self.failure(error) }
        EGifSetGifVersion(gif, true)
        var colors = palette.colors.map {
            GifColorType(Red: UInt8($0 >> 16), Green: UInt8($0 >> 8 & 0xFF), Blue: UInt8($0 & 0xFF))
        }
        colors += Array(repeating: GifColorType(Red: 0, Green: 0, Blue: 0), count: 256 - colors.count)
        let map = GifMakeMapObject(256, &colors)
        defer { GifFreeMapObject(map) }
        try check(EGifPutScreenDesc(gif, Int32(width), Int32(height), 8, 0, map))
        // NETSCAPE2.0 application extension: loop count 0 = forever.
        try check(EGifPutExtensionLeader(gif, APPLICATION_EXT_FUNC_CODE))
        var name = Array("NETSCAPE2.0".utf8)
        try check(EGifPutExtensionBlock(gif, 11, &name))
        var loop: [UInt8] = [1, 0, 0]
        try check(EGifPutExtensionBlock(gif, 3, &loop))
        try check(EGifPutExtensionTrailer(gif))
    }

    deinit {
        if let gif { EGifCloseFile(gif, nil) }
    }

    private static func failure(_ code: Int32) -> AnimationError {
        .encoder(format: "GIF", reason: GifErrorString(code).map { String(cString: $0) } ?? "giflib error \(code)")
    }

    private func check(_ status: Int32) throws {
        guard status == GIF_OK else { throw Self.failure(gif?.pointee.Error ?? 0) }
    }

    /// Adds a frame shown for `centiseconds`.
    func add(_ frame: RGBFrame, centiseconds: Int) throws {
        guard let gif else { throw AnimationError.encoder(format: "GIF", reason: "already finished") }
        let indices = palette.indices(of: frame)
        var left = 0, top = 0, right = width - 1, bottom = height - 1
        var pixels = indices
        var transparent = NO_TRANSPARENT_COLOR
        if let previous {
            (left, top, right, bottom) = Self.changedBox(previous, indices, width: width, height: height)
                ?? (0, 0, 0, 0)
            transparent = Int32(GIFPalette.transparent)
            pixels = []
            pixels.reserveCapacity((right - left + 1) * (bottom - top + 1))
            for y in top...bottom {
                for x in left...right {
                    let i = y * width + x
                    pixels.append(indices[i] == previous[i] ? GIFPalette.transparent : indices[i])
                }
            }
        }
        previous = indices
        var control = GraphicsControlBlock(DisposalMode: DISPOSE_DO_NOT, UserInputFlag: false,
                                           DelayTime: Int32(centiseconds), TransparentColor: transparent)
        var block = [UInt8](repeating: 0, count: 4)
        let length = EGifGCBToExtension(&control, &block)
        try check(EGifPutExtension(gif, GRAPHICS_EXT_FUNC_CODE, Int32(length), &block))
        let w = right - left + 1, h = bottom - top + 1
        try check(EGifPutImageDesc(gif, Int32(left), Int32(top), Int32(w), Int32(h), false, nil))
        try pixels.withUnsafeMutableBufferPointer { buffer in
            for y in 0..<h {
                try check(EGifPutLine(gif, buffer.baseAddress! + y * w, Int32(w)))
            }
        }
    }

    /// The smallest rectangle holding every pixel that differs, or `nil` when none does.
    static func changedBox(_ a: [UInt8], _ b: [UInt8], width: Int, height: Int) -> (Int, Int, Int, Int)? {
        var top = -1, bottom = -1, left = width, right = -1
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                for y in 0..<height {
                    let row = y * width
                    var first = -1, last = -1
                    for x in 0..<width where a[row + x] != b[row + x] {
                        if first < 0 { first = x }
                        last = x
                    }
                    guard first >= 0 else { continue }
                    if top < 0 { top = y }
                    bottom = y
                    left = min(left, first)
                    right = max(right, last)
                }
            }
        }
        return top < 0 ? nil : (left, top, right, bottom)
    }

    /// Closes the file and returns its bytes.
    func finish() throws -> [UInt8] {
        guard let gif else { throw AnimationError.encoder(format: "GIF", reason: "already finished") }
        self.gif = nil
        var error: Int32 = 0
        guard EGifCloseFile(gif, &error) == GIF_OK else { throw Self.failure(error) }
        return sink.bytes
    }
}

/// Collects what giflib writes.
private final class GIFSink {
    var bytes: [UInt8] = []

    static let write: OutputFunc = { gif, data, length in
        guard let gif, let user = gif.pointee.UserData, let data, length >= 0 else { return 0 }
        let sink = Unmanaged<GIFSink>.fromOpaque(user).takeUnretainedValue()
        sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        return length
    }
}
