import CCairo
import CPNGEncoder
import Dispatch

/// PNG output through libpng directly (cairo's own writer filters every row adaptively at zlib
/// level 6, the slowest choice for figures that are mostly flat colour).
///
/// Settings chosen by measurement on the 21 gallery references (one core, libpng 1.6.39):
/// no row filter at zlib level 1 encodes them in 142 ms and 3.33 MB, against 597 ms and 3.65 MB
/// for cairo's writer; adaptive filters at level 1 take 371 ms for 3.80 MB, no filter at level 6
/// 339 ms for 3.10 MB. Flat areas compress well without filtering, and filtering anti-aliased
/// edges only spreads them. The decoded pixels are exactly cairo's (same un-premultiplication).
///
/// The rows are deflated in chunks of a size fixed by the image (see png_encoder.c), on up to
/// all cores through Dispatch: the bytes do not depend on the thread count, and inside an
/// already parallel loop (several scenes rendered at once) Dispatch runs the chunks on the
/// calling thread instead of adding threads. With the second core free, two threads encode
/// gradient-cos-3d in 8.3 ms against 14.6 ms on one (fastest of 30 each; 0.56–0.62× for it,
/// rosenbrock-optimizers and gd-quadratic; nothing gained while another process holds that
/// core). The chunks cost 0.3 % in size (gallery: 5.99 MB for 5.97 MB). Filters re-measured
/// with the chunks on those three: Up gives 434/362/130 KB for 427/307/96 KB unfiltered and is
/// slower on one thread (16.7/14.8/6.6 ms for 14.9/13.0/5.5 ms); Sub and Paeth are bigger and slower
/// still; so still no filter.
enum PNGEncoding {
    static let filter = Int32(GDVIZ_PNG_FILTER_NONE)
    static let zlibLevel: Int32 = 1

    /// Encodes an ARGB32 image surface (flushed by the caller).
    static func encode(_ surface: OpaquePointer, concurrently: Bool = true, byteLimit: Int = .max) throws(RenderError) -> [UInt8] {
        guard cairo_image_surface_get_format(surface) == CAIRO_FORMAT_ARGB32,
              let data = cairo_image_surface_get_data(surface) else {
            throw RenderError.pngEncoding(reason: "not an ARGB32 image surface")
        }
        return try encode(argb32: data, width: Int(cairo_image_surface_get_width(surface)),
                          height: Int(cairo_image_surface_get_height(surface)),
                          stride: Int(cairo_image_surface_get_stride(surface)), concurrently: concurrently, byteLimit: byteLimit)
    }

    /// `concurrently: false` compresses the chunks one after the other on the calling thread
    /// (same bytes); `byteLimit` makes writes past it fail, as a full disk would.
    static func encode(argb32 data: UnsafePointer<UInt8>, width: Int, height: Int, stride: Int,
                       concurrently: Bool = true, byteLimit: Int = .max) throws(RenderError) -> [UInt8] {
        guard width > 0, height > 0, width <= Int(Int32.max) / 4, height <= Int(Int32.max), stride <= Int(Int32.max) else {
            throw RenderError.pngEncoding(reason: "invalid image size \(width)×\(height)")
        }
        let sink = LimitedSink(limit: byteLimit)
        var message = [CChar](repeating: 0, count: 256)
        let status = withExtendedLifetime(sink) {
            message.withUnsafeMutableBufferPointer { text in
                run(data, width: Int32(width), height: Int32(height), stride: Int32(stride), concurrently: concurrently,
                    context: Unmanaged.passUnretained(sink).toOpaque(), message: text)
            }
        }
        guard status == 0 else {
            let reason = status == -2 ? "invalid image size \(width)×\(height)"
                : String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            throw RenderError.pngEncoding(reason: reason.isEmpty ? "libpng failed" : reason)
        }
        return sink.bytes
    }

    /// Compresses and writes the chunks batch by batch; returns the C status (0 for success).
    private static func run(_ data: UnsafePointer<UInt8>, width: Int32, height: Int32, stride: Int32, concurrently: Bool,
                            context: UnsafeMutableRawPointer, message: UnsafeMutableBufferPointer<CChar>) -> Int32 {
        var status: Int32 = 0
        guard let encoder = gdviz_png_encoder_create(data, width, height, stride, filter, zlibLevel, LimitedSink.write,
                                                     context, message.baseAddress, message.count, &status) else {
            return status == 0 ? -1 : status
        }
        defer { gdviz_png_encoder_destroy(encoder) }
        let count = Int(gdviz_png_encoder_chunk_count(encoder)), batch = Int(gdviz_png_encoder_batch_size(encoder))
        // Each chunk writes only its own state in the encoder.
        let address = UInt(bitPattern: encoder)
        for first in Swift.stride(from: 0, to: count, by: batch) {
            let size = min(batch, count - first)
            if concurrently && size > 1 {
                DispatchQueue.concurrentPerform(iterations: size) { i in
                    gdviz_png_encoder_compress_chunk(OpaquePointer(bitPattern: address), Int32(first + i))
                }
            } else {
                for i in first..<first + size { gdviz_png_encoder_compress_chunk(encoder, Int32(i)) }
            }
            status = gdviz_png_encoder_write_batch(encoder, Int32(first), Int32(size))
            if status != 0 { return status }
        }
        return 0
    }
}

/// Collects the encoded bytes; a write that would pass `limit` fails.
private final class LimitedSink {
    var bytes: [UInt8] = []
    let limit: Int

    init(limit: Int) { self.limit = limit }

    static let write: gdviz_png_write_fn = { context, bytes, length in
        guard let context, let bytes else { return 1 }
        let sink = Unmanaged<LimitedSink>.fromOpaque(context).takeUnretainedValue()
        guard length <= sink.limit - sink.bytes.count else { return 1 }
        sink.bytes.append(contentsOf: UnsafeBufferPointer(start: bytes, count: length))
        return 0
    }
}
