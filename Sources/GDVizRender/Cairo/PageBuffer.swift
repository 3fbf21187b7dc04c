import CCairo
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The pixels of a PNG page: zeroed memory that a cairo image surface draws into.
///
/// A page of a few megabytes is touched first by the background paint. In 4 KiB pages that is one
/// page fault per 4 KiB, several hundred per figure; on Linux the buffer is asked for in 2 MiB
/// transparent huge pages, so the kernel faults it in a few steps (a 3 MB page took 2.3 ms of
/// faults, 0.7 ms in huge pages). The contents, zero to start with, are the same either way.
final class PageBuffer {
    let surface: OpaquePointer
    /// The mapping the pixels lie in (nil: cairo allocated them).
    private let mapping: (base: UnsafeMutableRawPointer, length: Int)?

    /// Huge pages are 2 MiB on x86-64 and arm64 with 4 KiB base pages.
    static let hugePage = 2 << 20

    /// An ARGB32 surface of `width` × `height` pixels, all zero.
    init(width: Int, height: Int) throws(RenderError) {
        let stride = Int(cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, Int32(width)))
        if stride > 0, let mapping = Self.mapZeroed(stride * height) {
            let pixels = Self.alignedUp(mapping.base).assumingMemoryBound(to: UInt8.self)
            if let surface = cairo_image_surface_create_for_data(pixels, CAIRO_FORMAT_ARGB32, Int32(width), Int32(height),
                                                                 Int32(stride)) {
                if cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS {
                    self.surface = surface
                    self.mapping = mapping
                    return
                }
                cairo_surface_destroy(surface)
            }
            munmap(mapping.base, mapping.length)
        }
        // Elsewhere, or when the mapping failed: cairo's own allocation.
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height))!
        self.surface = surface
        self.mapping = nil
        try checkCairo(cairo_surface_status(surface), "cairo_image_surface_create")
    }

    deinit {
        // The surface goes first: it must not outlive the memory it draws into.
        cairo_surface_destroy(surface)
        if let mapping { munmap(mapping.base, mapping.length) }
    }

    /// Anonymous (zeroed) memory with room for `bytes` from the first huge-page boundary in it on,
    /// advised to use huge pages; nil where that is not available.
    private static func mapZeroed(_ bytes: Int) -> (base: UnsafeMutableRawPointer, length: Int)? {
        #if os(Linux)
        let (length, overflow) = bytes.addingReportingOverflow(hugePage)
        guard bytes > 0, !overflow,
              let base = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
              base != MAP_FAILED else { return nil }
        // Only advice: without transparent huge pages the buffer is ordinary memory.
        _ = madvise(base, length, MADV_HUGEPAGE)
        return (base, length)
        #else
        return nil
        #endif
    }

    private static func alignedUp(_ pointer: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer {
        let address = UInt(bitPattern: pointer), mask = UInt(hugePage - 1)
        return pointer + Int(((address + mask) & ~mask) - address)
    }
}
