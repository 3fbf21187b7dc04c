import CCairo

/// Collects the bytes cairo writes through a `cairo_write_func_t`, so encoders never need
/// temporary files.
final class ByteSink {
    var bytes: [UInt8] = []

    /// Passes a write function and closure for `self` to `body`; `self` stays alive throughout.
    func withWriteFunc<R, E: Error>(_ body: (cairo_write_func_t, UnsafeMutableRawPointer) throws(E) -> R) throws(E) -> R {
        let closure = Unmanaged.passUnretained(self).toOpaque()
        return try withExtendedLifetime(self) { () throws(E) -> R in try body(Self.write, closure) }
    }

    private static let write: cairo_write_func_t = { closure, data, length in
        guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        if length > 0, let data {
            // A quarter of headroom when growing: cairo's SVG arrives as one large write followed by
            // a few closing tags, which would otherwise copy the whole document once more.
            let needed = sink.bytes.count + Int(length)
            if needed > sink.bytes.capacity { sink.bytes.reserveCapacity(max(2 * sink.bytes.capacity, needed + needed / 4)) }
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        }
        return CAIRO_STATUS_SUCCESS
    }
}

/// Feeds a byte array to cairo through a `cairo_read_func_t`; a read past the end fails,
/// which makes truncated input an error instead of a partial image.
final class ByteSource {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func withReadFunc<R, E: Error>(_ body: (cairo_read_func_t, UnsafeMutableRawPointer) throws(E) -> R) throws(E) -> R {
        let closure = Unmanaged.passUnretained(self).toOpaque()
        return try withExtendedLifetime(self) { () throws(E) -> R in try body(Self.read, closure) }
    }

    private static let read: cairo_read_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
        let source = Unmanaged<ByteSource>.fromOpaque(closure).takeUnretainedValue()
        let count = Int(length)
        if count == 0 { return CAIRO_STATUS_SUCCESS }
        guard source.bytes.count - source.offset >= count else { return CAIRO_STATUS_READ_ERROR }
        source.bytes.withUnsafeBufferPointer { buffer in
            data.update(from: buffer.baseAddress! + source.offset, count: count)
        }
        source.offset += count
        return CAIRO_STATUS_SUCCESS
    }
}
