import CCairo
import GDVizEngine

/// `Canvas` drawn onto one cairo context.
///
/// Inputs cairo would reject (negative dashes, zero font sizes, unbalanced restores) put a
/// cairo context into a sticky error state that silently blanks the rest of the page, so they
/// are filtered here: such a call draws nothing. `status` reports anything cairo still refused.
package final class CairoCanvas: Canvas {
    let cr: OpaquePointer  // cairo_t*
    let fonts: FontLibrary
    private var clipDepth = 0
    /// Text as real glyphs (PDF: embedded font subsets, searchable and selectable; SVG: glyph
    /// symbols) instead of filled outlines. Off for PNG, whose pixels then never depend on
    /// cairo's glyph rasterizer, and with `"text": "paths"`.
    var glyphsAsText = false
    /// The figure's text font, set before drawing.
    package var textFont: FontRole = .sans
    /// Collects each label's text for a searchable SVG copy; nil when not wanted.
    var textLayer: SVGTextLayer?

    /// Drawing into pixels (PNG, animation frames) rather than a vector page.
    private let rasterizes: Bool

    /// Creates a context on `surface` with gdviz's text settings.
    init(surface: OpaquePointer, fonts: FontLibrary) throws(RenderError) {
        guard let cr = cairo_create(surface) else { throw .cairo(operation: "cairo_create", status: "no context") }
        self.cr = cr
        self.fonts = fonts
        rasterizes = cairo_surface_get_type(surface) == CAIRO_SURFACE_TYPE_IMAGE
        try checkCairo(cairo_status(cr), "cairo_create")
        Self.applyFontOptions(cr)
    }

    deinit { cairo_destroy(cr) }

    /// Gray antialiasing and no hinting, set explicitly so neither the surface type nor
    /// fontconfig defaults (hinted metrics on image surfaces) change advances or outlines.
    private static func applyFontOptions(_ cr: OpaquePointer) {
        let options = cairo_font_options_create()
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_set_font_options(cr, options)  // copies the options
        cairo_font_options_destroy(options)
    }

    /// Cairo's sticky status; checked once after the page is drawn.
    func checkStatus() throws(RenderError) {
        try checkCairo(cairo_status(cr), "drawing")
    }

    /// Scales user space; used once, before drawing, for raster output.
    func scale(by factor: Double) { cairo_scale(cr, factor, factor) }

    /// Paints the whole surface with `color`, replacing whatever is there.
    func paintBackground(_ color: Color) {
        cairo_save(cr)
        cairo_set_operator(cr, CAIRO_OPERATOR_SOURCE)
        setSource(color)
        cairo_paint(cr)
        cairo_restore(cr)
    }

    // MARK: Canvas

    package func fill(_ path: Path, color: Color) {
        guard appendPath(path) else { return }
        fillCurrentPath(color)
    }

    /// Fills the path just appended, non-zero winding, and clears it.
    private func fillCurrentPath(_ color: Color) {
        setSource(color)
        cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING)
        cairo_fill(cr)
    }

    package func stroke(_ path: Path, style: StrokeStyle) {
        guard style.width.isFinite, style.width > 0, appendPath(path) else {
            cairo_new_path(cr)
            return
        }
        setStrokeSource(style, dash: style.dash)
        cairo_stroke(cr)
    }

    /// In pixels, two fills: the polygon grown by half the band in the band's colour, then shrunk
    /// by half the band in the fill colour (cairo fills a small polygon about four times faster
    /// than it strokes one); one too thin to shrink is all band. A polygon that is not convex is
    /// drawn as a fill and a stroke, as vector pages always are (one element).
    package func fillBanded(_ corners: [Point2], fill: Color, band: Color, bandWidth: Double) {
        guard rasterizes, bandWidth.isFinite, bandWidth > 0,
              let outer = PolygonOffset.offset(corners, by: bandWidth / 2) else {
            fillBandedByStroking(corners, fill: fill, band: band, bandWidth: bandWidth)
            return
        }
        fillPolygon(outer, color: band)
        if let inner = PolygonOffset.offset(corners, by: -bandWidth / 2) {
            fillPolygon(inner, color: fill)
        }
    }

    /// `fill(.polyline(points, closed: true), color:)` without building the path: a surface's
    /// thousands of faces are two such fills each.
    private func fillPolygon(_ points: [Point2], color: Color) {
        guard points.count >= 2, points.allSatisfy(\.isFinite) else {
            self.fill(.polyline(points, closed: true), color: color)
            return
        }
        cairo_new_path(cr)
        cairo_move_to(cr, points[0].x, points[0].y)
        for p in points.dropFirst() { cairo_line_to(cr, p.x, p.y) }
        cairo_close_path(cr)
        fillCurrentPath(color)
    }

    package func pushClip(_ rect: DeviceRect) {
        cairo_save(cr)
        clipDepth += 1
        cairo_new_path(cr)
        cairo_rectangle(cr, rect.x, rect.y, max(rect.width, 0), max(rect.height, 0))
        cairo_clip(cr)
    }

    package func popClip() {
        // A restore without a save would put the context into an error state.
        guard clipDepth > 0 else { return }
        clipDepth -= 1
        cairo_restore(cr)
    }

    /// Raster pages: the scale set by `scale(by:)` (read back from cairo's matrix). Vector pages:
    /// 3, so an embedded image stays sharp when the page is enlarged threefold.
    package var pixelScale: Double {
        guard let target = cairo_get_target(cr), cairo_surface_get_type(target) == CAIRO_SURFACE_TYPE_IMAGE else {
            return Self.vectorImageScale
        }
        var dx = 1.0, dy = 0.0
        cairo_user_to_device_distance(cr, &dx, &dy)
        let scale = (dx * dx + dy * dy).squareRoot()
        return scale.isFinite && scale > 0 ? scale : 1
    }

    static let vectorImageScale = 3.0

    /// Copies the pixels into an ARGB32 surface (cairo's native-endian `A R G B` words) and paints
    /// it over `rect`; padded edges keep the border pixels from fading into transparency.
    package func drawImage(_ image: RasterImage, in rect: DeviceRect, smooth: Bool) {
        guard image.width > 0, image.height > 0, image.width <= 32767, image.height <= 32767,
              rect.width > 0, rect.height > 0, rect.x.isFinite, rect.y.isFinite, rect.width.isFinite, rect.height.isFinite,
              let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(image.width), Int32(image.height))
        else { return }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let data = cairo_image_surface_get_data(surface)
        else { return }
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        image.pixels.withUnsafeBufferPointer { pixels in
            for y in 0..<image.height {
                let row = UnsafeMutableRawPointer(data + y * stride)
                for x in 0..<image.width {
                    let i = (y * image.width + x) * 4
                    let word = UInt32(pixels[i + 3]) << 24 | UInt32(pixels[i]) << 16
                        | UInt32(pixels[i + 1]) << 8 | UInt32(pixels[i + 2])
                    row.storeBytes(of: word, toByteOffset: x * 4, as: UInt32.self)
                }
            }
        }
        cairo_surface_mark_dirty(surface)
        cairo_save(cr)
        defer { cairo_restore(cr) }
        cairo_new_path(cr)
        cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
        cairo_clip(cr)
        cairo_translate(cr, rect.x, rect.y)
        cairo_scale(cr, rect.width / Double(image.width), rect.height / Double(image.height))
        cairo_set_source_surface(cr, surface, 0, 0)
        let pattern = cairo_get_source(cr)
        cairo_pattern_set_filter(pattern, smooth ? CAIRO_FILTER_BILINEAR : CAIRO_FILTER_NEAREST)
        cairo_pattern_set_extend(pattern, CAIRO_EXTEND_PAD)
        cairo_paint(cr)
    }

    // MARK: Helpers

    /// Colour, width, cap, join and `dash` of `style` for the next stroke.
    func setStrokeSource(_ style: StrokeStyle, dash: [Double]) {
        setSource(style.color)
        cairo_set_line_width(cr, style.width)
        cairo_set_line_cap(cr, Self.cairoCap(style.cap))
        cairo_set_line_join(cr, Self.cairoJoin(style.join))
        setDash(dash)
    }

    func setSource(_ c: Color) {
        cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a)
    }

    /// Replaces the current path with `path`; false if nothing drawable remains. A non-finite
    /// point ends the subpath and the next finite point starts a new one, so NaN regions of a
    /// curve become gaps instead of garbage coordinates.
    private func appendPath(_ path: Path) -> Bool {
        cairo_new_path(cr)
        var broken = true  // no current point yet
        var drew = false
        for element in path.elements {
            switch element {
            case let .move(p):
                guard p.isFinite else { broken = true; continue }
                cairo_move_to(cr, p.x, p.y)
                broken = false
            case let .line(p):
                guard p.isFinite else { broken = true; continue }
                if broken { cairo_move_to(cr, p.x, p.y) } else { cairo_line_to(cr, p.x, p.y); drew = true }
                broken = false
            case let .curve(c1, c2, p):
                guard c1.isFinite, c2.isFinite, p.isFinite else { broken = true; continue }
                if broken {
                    cairo_move_to(cr, p.x, p.y)
                } else {
                    cairo_curve_to(cr, c1.x, c1.y, c2.x, c2.y, p.x, p.y)
                    drew = true
                }
                broken = false
            case .close:
                if !broken { cairo_close_path(cr) }
            }
        }
        return drew
    }

    /// Cairo rejects negative or all-zero dash arrays with a sticky error; those become solid.
    func setDash(_ dash: [Double]) {
        let valid = !dash.isEmpty && dash.allSatisfy { $0.isFinite && $0 >= 0 } && dash.contains { $0 > 0 }
        if valid {
            cairo_set_dash(cr, dash, Int32(dash.count), 0)
        } else {
            cairo_set_dash(cr, nil, 0, 0)
        }
    }

    static func cairoCap(_ cap: LineCap) -> cairo_line_cap_t {
        switch cap {
        case .butt: CAIRO_LINE_CAP_BUTT
        case .round: CAIRO_LINE_CAP_ROUND
        case .square: CAIRO_LINE_CAP_SQUARE
        }
    }

    static func cairoJoin(_ join: LineJoin) -> cairo_line_join_t {
        switch join {
        case .miter: CAIRO_LINE_JOIN_MITER
        case .round: CAIRO_LINE_JOIN_ROUND
        case .bevel: CAIRO_LINE_JOIN_BEVEL
        }
    }
}
