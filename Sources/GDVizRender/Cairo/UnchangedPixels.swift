import CCairo

/// Whether stroking the current path on an image surface could change any pixel.
///
/// Text halos are strokes of glyph outlines in the page's colour (85 % white on a white page),
/// and most labels sit on an empty part of the page. White over white gives every pixel back
/// exactly, at any coverage, so when every pixel the stroke can reach is already the page's,
/// the stroke — the costliest call of a label — is skipped with identical output.
enum UnchangedPixels {
    /// True when `cr` targets an ARGB32 image surface, every pixel within the stroke's reach (the
    /// path's extents grown by half of `width`, plus one pixel for anti-aliasing) has one value,
    /// and `color` composited over it provably leaves it unchanged (``overChangesNothing``). Only for round
    /// joins, whose reach is half the width.
    static func strokeChangesNothing(_ cr: OpaquePointer, width: Double, color: Color) -> Bool {
        guard width.isFinite, width > 0, let source = premultiplied(color),
              let surface = cairo_get_target(cr), cairo_surface_get_type(surface) == CAIRO_SURFACE_TYPE_IMAGE,
              // Inside a pushed group the stroke would land on the group's surface, not the page read here.
              cairo_get_group_target(cr) == surface,
              cairo_image_surface_get_format(surface) == CAIRO_FORMAT_ARGB32 else { return false }
        var x1 = 0.0, y1 = 0.0, x2 = 0.0, y2 = 0.0
        cairo_path_extents(cr, &x1, &y1, &x2, &y2)
        let reach = width / 2
        var xs: [Double] = [], ys: [Double] = []
        for (x, y) in [(x1 - reach, y1 - reach), (x2 + reach, y1 - reach), (x2 + reach, y2 + reach), (x1 - reach, y2 + reach)] {
            var dx = x, dy = y
            cairo_user_to_device(cr, &dx, &dy)
            xs.append(dx); ys.append(dy)
        }
        guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max(),
              minX.isFinite, maxX.isFinite, minY.isFinite, maxY.isFinite else { return false }
        cairo_surface_flush(surface)
        let w = Int(cairo_image_surface_get_width(surface)), h = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { return false }
        let left = max(0, Int(minX.rounded(.down)) - 1), right = min(w - 1, Int(maxX.rounded(.up)) + 1)
        let top = max(0, Int(minY.rounded(.down)) - 1), bottom = min(h - 1, Int(maxY.rounded(.up)) + 1)
        guard left <= right, top <= bottom else { return true }  // entirely off the page
        let pixel = UnsafeRawPointer(data + top * stride).assumingMemoryBound(to: UInt32.self)[left]
        guard overChangesNothing(source, over: pixel) else { return false }
        for y in top...bottom {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in left...right where row[x] != pixel { return false }
        }
        return true
    }

    /// The premultiplied 32-bit pixel of a solid colour as cairo hands it to pixman: each
    /// component times alpha rounded to 16 bits, then its top 8 bits. nil when not finite.
    static func premultiplied(_ color: Color) -> UInt32? {
        guard color.r.isFinite, color.g.isFinite, color.b.isFinite, color.a.isFinite else { return nil }
        let a = min(1, max(0, color.a))
        func channel(_ v: Double) -> UInt32 { UInt32((v * 65535 + 0.5).rounded(.down)) >> 8 }
        return channel(a) << 24 | channel(min(1, max(0, color.r)) * a) << 16
            | channel(min(1, max(0, color.g)) * a) << 8 | channel(min(1, max(0, color.b)) * a)
    }

    /// Whether OVER with `source` leaves `destination` unchanged at every coverage. Holds for an
    /// opaque destination whose channels are each 0 or 255 (white, black) under a source of the
    /// same colour at any alpha: every product is then with 0 or 255, exact in each rounding
    /// cairo and pixman use. Other colours are not trusted: an opaque #F4F4F4 stroked over itself
    /// turns a few edge pixels to #F3F3F3 (cairo's blend of opaque spans rounds differently).
    static func overChangesNothing(_ source: UInt32, over destination: UInt32) -> Bool {
        guard destination >> 24 == 0xFF else { return false }
        let alpha = source >> 24
        for shift: UInt32 in [0, 8, 16] {
            let d = destination >> shift & 0xFF, s = source >> shift & 0xFF
            guard (d == 0 && s == 0) || (d == 255 && s == alpha) else { return false }
        }
        return true
    }
}
