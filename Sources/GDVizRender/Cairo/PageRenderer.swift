import CCairo

/// Renders one drawing closure into PNG, SVG or PDF bytes; the same code draws all three.
package enum PageRenderer {
    /// Largest side cairo accepts for an image surface.
    static let maxPixels = 32767.0

    /// Draws `draw` on a `width`×`height` page (device units) and returns the encoded file.
    ///
    /// - `scale` multiplies the pixel size of PNG output only (`ceil(width·scale)` pixels wide);
    ///   SVG and PDF pages are `width`×`height` px / pt whatever the scale.
    /// - `background` is painted over the whole page first; `nil` leaves it transparent.
    /// - Output is deterministic: the same drawing gives the same bytes in any process state.
    package static func render(format: OutputFormat, width: Double, height: Double, scale: Double = 1,
                              background: Color? = .white, metadata: (title: String, subject: String)? = nil,
                              draw: (any Canvas) throws -> Void) throws -> [UInt8] {
        guard width.isFinite, height.isFinite, scale.isFinite, width > 0, height > 0, scale > 0 else {
            throw RenderError.invalidPageSize(width: width, height: height, scale: scale)
        }
        let fonts = try FontLibrary.shared()
        switch format {
        case .png:
            return try renderPNG(width: width, height: height, scale: scale, background: background, fonts: fonts, draw: draw)
        case .svg:
            return try renderVector(.svg, width: width, height: height, background: background, fonts: fonts, draw: draw)
        case .pdf:
            return try renderVector(.pdf, width: width, height: height, background: background, fonts: fonts,
                                    metadata: metadata, draw: draw)
        }
    }

    /// Pixel count for `length` device units; a tolerance keeps float noise (400 × 1.1 =
    /// 440.00000000000006) from adding a column.
    static func pixels(_ length: Double, scale: Double) -> Double {
        (length * scale - 1e-9).rounded(.up)
    }

    private static func renderPNG(width: Double, height: Double, scale: Double, background: Color?,
                                  fonts: FontLibrary, draw: (any Canvas) throws -> Void) throws -> [UInt8] {
        let w = pixels(width, scale: scale), h = pixels(height, scale: scale)
        guard w <= maxPixels, h <= maxPixels else {
            throw RenderError.invalidPageSize(width: width, height: height, scale: scale)
        }
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(w), Int32(h))!
        defer { cairo_surface_destroy(surface) }
        try checkCairo(cairo_surface_status(surface), "cairo_image_surface_create")
        try drawPage(on: surface, scale: scale, background: background, fonts: fonts, draw: draw)
        cairo_surface_flush(surface)
        return try encodePNG(surface)
    }

    /// Encodes an ARGB32 image surface as PNG (see `PNGEncoding` for the settings).
    static func encodePNG(_ surface: OpaquePointer) throws(RenderError) -> [UInt8] {
        try PNGEncoding.encode(surface)
    }

    private static func renderVector(_ format: OutputFormat, width: Double, height: Double, background: Color?,
                                     fonts: FontLibrary, metadata: (title: String, subject: String)? = nil, draw: (any Canvas) throws -> Void) throws -> [UInt8] {
        let sink = ByteSink()
        try sink.withWriteFunc { (write, closure) throws in
            let surface: OpaquePointer
            if format == .svg {
                surface = cairo_svg_surface_create_for_stream(write, closure, width, height)!
                try checkCairo(cairo_surface_status(surface), "cairo_svg_surface_create_for_stream")
                VectorSettings.configureSVG(surface)
            } else {
                surface = cairo_pdf_surface_create_for_stream(write, closure, width, height)!
                try checkCairo(cairo_surface_status(surface), "cairo_pdf_surface_create_for_stream")
                VectorSettings.configurePDF(surface)
                if let metadata {
                    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, metadata.title)
                    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, metadata.subject)
                }
            }
            // Destroying also finishes, so the stream is never written after `sink` is gone.
            defer { cairo_surface_destroy(surface) }
            try drawPage(on: surface, scale: 1, background: background, fonts: fonts, glyphsAsText: format == .pdf, draw: draw)
            cairo_surface_finish(surface)
            try checkCairo(cairo_surface_status(surface), "cairo_surface_finish")
        }
        switch format {
        case .svg: return SVGCanonicalizer.canonicalize(sink.bytes)
        default: return sink.bytes
        }
    }

    /// Creates the context, paints the background and runs `draw`; throws if cairo refused
    /// anything on the way.
    private static func drawPage(on surface: OpaquePointer, scale: Double, background: Color?,
                                 fonts: FontLibrary, glyphsAsText: Bool = false, draw: (any Canvas) throws -> Void) throws {
        let canvas = try CairoCanvas(surface: surface, fonts: fonts)
        canvas.glyphsAsText = glyphsAsText
        if let background { canvas.paintBackground(background) }
        if scale != 1 { canvas.scale(by: scale) }
        try draw(canvas)
        try canvas.checkStatus()
    }
}
