import CCairo

extension RasterImage {
    /// Decodes PNG bytes with cairo's reader (which expands palette, grey and 16-bit images).
    /// Empty, truncated or non-PNG input throws; it never yields a blank image.
    /// An image larger than ``maxDecodedPixels`` is refused from its header, before any pixel is
    /// decoded: a few kilobytes of PNG can claim gigabytes of pixels.
    package static func decodePNG(_ bytes: [UInt8]) throws -> RasterImage {
        guard !bytes.isEmpty else { throw RenderError.invalidPNG(reason: "no bytes") }
        if let (width, height) = pngHeaderSize(bytes), width * height > maxDecodedPixels {
            throw RenderError.invalidPNG(reason: "the image is \(width) × \(height) pixels; images of more than "
                                         + "\(maxDecodedPixels) pixels (gdviz's largest output) are not decoded")
        }
        let source = ByteSource(bytes)
        let surface = source.withReadFunc { read, closure in
            cairo_image_surface_create_from_png_stream(read, closure)!
        }
        defer { cairo_surface_destroy(surface) }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError.invalidPNG(reason: String(cString: cairo_status_to_string(status)))
        }
        return try fromImageSurface(surface)
    }

    /// The most pixels a decoded PNG may have: 8000 × 8000, the largest figure gdviz writes.
    package static let maxDecodedPixels = 64_000_000

    /// Width and height from a PNG's IHDR chunk (always the first chunk), or nil if `bytes`
    /// does not start like a PNG; then cairo's reader reports what is wrong.
    static func pngHeaderSize(_ bytes: [UInt8]) -> (Int, Int)? {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count >= 24, bytes.starts(with: signature), Array(bytes[12..<16]) == Array("IHDR".utf8) else {
            return nil
        }
        func word(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (word(16), word(20))
    }

    /// Encodes the image as a PNG (RGB if fully opaque, else RGBA, as cairo decides).
    package func encodePNG() throws -> [UInt8] {
        guard width > 0, height > 0, width <= 32767, height <= 32767 else {
            throw RenderError.invalidPageSize(width: Double(width), height: Double(height), scale: 1)
        }
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height))!
        defer { cairo_surface_destroy(surface) }
        try checkCairo(cairo_surface_status(surface), "cairo_image_surface_create")
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!
        for y in 0..<height {
            let row = UnsafeMutableRawPointer(data + y * stride)
            for x in 0..<width {
                let i = (y * width + x) * 4
                let word = UInt32(pixels[i + 3]) << 24 | UInt32(pixels[i]) << 16
                    | UInt32(pixels[i + 1]) << 8 | UInt32(pixels[i + 2])
                row.storeBytes(of: word, toByteOffset: x * 4, as: UInt32.self)
            }
        }
        cairo_surface_mark_dirty(surface)
        return try PageRenderer.encodePNG(surface)
    }

    /// Copies an ARGB32 or RGB24 image surface. Cairo stores each pixel as one native-endian
    /// 32-bit word `A R G B` (alpha ignored for RGB24), so bytes are taken by shifting, not
    /// by memory order.
    static func fromImageSurface(_ surface: OpaquePointer) throws -> RasterImage {
        cairo_surface_flush(surface)
        let format = cairo_image_surface_get_format(surface)
        guard format == CAIRO_FORMAT_ARGB32 || format == CAIRO_FORMAT_RGB24 else {
            throw RenderError.invalidPNG(reason: "unsupported pixel format \(format.rawValue)")
        }
        let opaque = format == CAIRO_FORMAT_RGB24
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard width > 0, height > 0, let data = cairo_image_surface_get_data(surface) else {
            throw RenderError.invalidPNG(reason: "empty image")
        }
        var pixels = [UInt8](repeating: 0, count: width * height * 4)
        for y in 0..<height {
            let row = UnsafeRawPointer(data + y * stride)
            for x in 0..<width {
                let word = row.loadUnaligned(fromByteOffset: x * 4, as: UInt32.self)
                let i = (y * width + x) * 4
                pixels[i] = UInt8(truncatingIfNeeded: word >> 16)
                pixels[i + 1] = UInt8(truncatingIfNeeded: word >> 8)
                pixels[i + 2] = UInt8(truncatingIfNeeded: word)
                pixels[i + 3] = opaque ? 255 : UInt8(truncatingIfNeeded: word >> 24)
            }
        }
        return RasterImage(width: width, height: height, pixels: pixels)
    }
}
