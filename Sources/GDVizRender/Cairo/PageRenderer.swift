import CCairo

/// Renders one drawing closure into PNG, SVG or PDF bytes; the same code draws all three.
package enum PageRenderer {
    /// Largest side cairo accepts for an image surface.
    static let maxPixels = 32767.0

    /// Draws `draw` on a `width`×`height` page (device units) and returns the encoded file.
    ///
    /// - `scale` multiplies the pixel size of PNG output (`ceil(width·scale)` pixels wide; one
    ///   pixel per point at 1, i.e. 72 dpi) and the page size of SVG and PDF output (a
    ///   `width·scale` × `height·scale` pt page with everything on it scaled alike).
    /// - `svgInPoints`: the SVG's width and height in pt instead of CSS px (physical sizes).
    /// - `background` is painted over the whole page first; `nil` leaves it transparent.
    /// - `textAsGlyphs`: PDF text is real text (embedded subsets) and SVG text is cairo's glyph
    ///   symbols with a transparent, searchable `<text>` copy; false draws every glyph as a filled
    ///   outline (`"text": "paths"`). PNG text is always outlines.
    /// - `metadata`: PDF /Title and /Subject, SVG `<title>` and `<desc>`.
    /// - Output is deterministic: the same drawing gives the same bytes in any process state.
    package static func render(format: OutputFormat, width: Double, height: Double, scale: Double = 1,
                              background: Color? = .white, textFont: FontRole = .sans, svgInPoints: Bool = false,
                              textAsGlyphs: Bool = true, metadata: (title: String, subject: String)? = nil,
                              draw: (any Canvas) throws -> Void) throws -> [UInt8] {
        guard width.isFinite, height.isFinite, scale.isFinite, width > 0, height > 0, scale > 0 else {
            throw RenderError.invalidPageSize(width: width, height: height, scale: scale)
        }
        let fonts = try FontLibrary.shared()
        switch format {
        case .png:
            return try renderPNG(width: width, height: height, scale: scale, background: background,
                                 page: PageSettings(fonts: fonts, textFont: textFont), draw: draw)
        case .svg:
            return try renderVector(.svg, width: width, height: height, scale: scale, background: background,
                                    page: PageSettings(fonts: fonts, textFont: textFont, glyphsAsText: textAsGlyphs,
                                                       svgInPoints: svgInPoints),
                                    metadata: metadata, draw: draw)
        case .pdf:
            return try renderVector(.pdf, width: width, height: height, scale: scale, background: background,
                                    page: PageSettings(fonts: fonts, textFont: textFont, glyphsAsText: textAsGlyphs),
                                    metadata: metadata, draw: draw)
        }
    }

    /// Pixel count for `length` device units; a tolerance keeps float noise (400 × 1.1 =
    /// 440.00000000000006) from adding a column.
    static func pixels(_ length: Double, scale: Double) -> Double {
        (length * scale - 1e-9).rounded(.up)
    }

    private static func renderPNG(width: Double, height: Double, scale: Double, background: Color?,
                                  page: PageSettings, draw: (any Canvas) throws -> Void) throws -> [UInt8] {
        let w = pixels(width, scale: scale), h = pixels(height, scale: scale)
        guard w <= maxPixels, h <= maxPixels else {
            throw RenderError.invalidPageSize(width: width, height: height, scale: scale)
        }
        let buffer = try PageBuffer(width: Int(w), height: Int(h))
        // The surface lives as long as its buffer, which must outlast the encoding.
        return try withExtendedLifetime(buffer) {
            try drawPage(on: buffer.surface, scale: scale, background: background, page: page, draw: draw)
            cairo_surface_flush(buffer.surface)
            return try encodePNG(buffer.surface)
        }
    }

    /// Encodes an ARGB32 image surface as PNG (see `PNGEncoding` for the settings).
    static func encodePNG(_ surface: OpaquePointer) throws(RenderError) -> [UInt8] {
        try PNGEncoding.encode(surface)
    }

    /// `scale` multiplies the page and everything on it, as it multiplies a PNG's pixels.
    private static func renderVector(_ format: OutputFormat, width: Double, height: Double, scale: Double, background: Color?,
                                     page: PageSettings, metadata: (title: String, subject: String)? = nil,
                                     draw: (any Canvas) throws -> Void) throws -> [UInt8] {
        let (width, height) = (width * scale, height * scale)
        let sink = ByteSink()
        var textLayer: SVGTextLayer?
        try sink.withWriteFunc { (write, closure) throws in
            let surface: OpaquePointer
            if format == .svg {
                surface = cairo_svg_surface_create_for_stream(write, closure, width, height)!
                try checkCairo(cairo_surface_status(surface), "cairo_svg_surface_create_for_stream")
                VectorSettings.configureSVG(surface, points: page.svgInPoints)
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
            textLayer = try drawPage(on: surface, scale: scale, background: background, page: page,
                                     keepsText: format == .svg && page.glyphsAsText, draw: draw)
            cairo_surface_finish(surface)
            try checkCairo(cairo_surface_status(surface), "cairo_surface_finish")
        }
        switch format {
        case .svg:
            // One copy of the document: the canonical bytes get room for the inserted markup, which
            // then goes in place (a fresh megabyte buffer per step cost more in page faults than copying).
            let text = textLayer?.markup(scale: scale) ?? ""
            let header = metadata.map { SVGMetadata.markup(title: $0.title, description: $0.subject) } ?? ""
            var svg = SVGCanonicalizer.canonicalize(sink.bytes, extraCapacity: text.utf8.count + header.utf8.count)
            SVGTextLayer.insert(text, into: &svg)
            SVGMetadata.insert(header, into: &svg)
            return svg
        default: return sink.bytes
        }
    }

    /// How a page sets its text.
    struct PageSettings {
        var fonts: FontLibrary
        var textFont: FontRole
        var glyphsAsText = false
        var svgInPoints = false
    }

    /// Creates the context, paints the background and runs `draw`; throws if cairo refused
    /// anything on the way.
    /// With `keepsText`, returns each label's text and place for a searchable SVG copy.
    @discardableResult
    private static func drawPage(on surface: OpaquePointer, scale: Double, background: Color?,
                                 page: PageSettings, keepsText: Bool = false,
                                 draw: (any Canvas) throws -> Void) throws -> SVGTextLayer? {
        let canvas = try CairoCanvas(surface: surface, fonts: page.fonts)
        if keepsText { canvas.textLayer = SVGTextLayer() }
        canvas.glyphsAsText = page.glyphsAsText
        canvas.textFont = page.textFont
        if let background { canvas.paintBackground(background) }
        if scale != 1 { canvas.scale(by: scale) }
        try draw(canvas)
        try canvas.checkStatus()
        return canvas.textLayer
    }
}
