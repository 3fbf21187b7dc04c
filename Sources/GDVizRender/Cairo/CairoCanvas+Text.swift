import CCairo
import GDVizEngine

/// Text on a cairo page: measuring, glyphs as paths or as real text, halos, math glyph runs,
/// and the note of each label for the SVG text layer.
extension CairoCanvas {
    /// `width` is the sum of unhinted advances (`cairo_text_extents().x_advance`), so it scales
    /// linearly with `size`. `ascent` and `descent` are the font's design values
    /// (`cairo_font_extents`), not the ink of this string: every label in one font and size
    /// gets the same box, so baselines and boxes line up whatever the characters.
    package func measure(_ text: String, font: FontRole, size: Double) -> TextExtents {
        guard size.isFinite, size > 0 else { return TextExtents(width: 0, ascent: 0, descent: 0) }
        cairo_save(cr)
        defer { cairo_restore(cr) }
        selectFont(font, size: size)
        var fontExtents = cairo_font_extents_t()
        cairo_font_extents(cr, &fontExtents)
        var textExtents = cairo_text_extents_t()
        if !text.isEmpty { cairo_text_extents(cr, text, &textExtents) }
        return TextExtents(width: textExtents.x_advance, ascent: fontExtents.ascent, descent: fontExtents.descent)
    }

    /// PNG: glyphs become a path that is filled, so output never depends on cairo's glyph rasterizer
    /// or glyph-position rounding (0 px drift between cairo 1.16 and 1.18, research §5.4). PDF and
    /// SVG with `glyphsAsText`: real glyphs of an embedded subset (PDF) or cairo's glyph symbols (SVG).
    package func drawText(_ text: String, font: FontRole, size: Double, at origin: Point2, angle: Double, color: Color) {
        guard !text.isEmpty, size.isFinite, size > 0, origin.isFinite, angle.isFinite else { return }
        cairo_save(cr)
        defer { cairo_restore(cr) }
        cairo_translate(cr, origin.x, origin.y)
        cairo_rotate(cr, -angle)  // y points down, so counter-clockwise on screen is negative
        selectFont(font, size: size)
        cairo_new_path(cr)
        cairo_move_to(cr, 0, 0)
        setSource(color)
        if glyphsAsText {
            cairo_show_text(cr, text)
        } else {
            cairo_text_path(cr, text)
            cairo_fill(cr)
        }
    }

    /// The glyph outlines stroked: a halo is outline only, so it is a path in every format.
    package func strokeText(_ text: String, font: FontRole, size: Double, at origin: Point2, angle: Double,
                           style: StrokeStyle) {
        guard !text.isEmpty, size.isFinite, size > 0, origin.isFinite, angle.isFinite,
              style.width.isFinite, style.width > 0 else { return }
        cairo_save(cr)
        defer { cairo_restore(cr) }
        // As drawText, stroked instead of filled: translation and rotation keep the line width.
        cairo_translate(cr, origin.x, origin.y)
        cairo_rotate(cr, -angle)
        selectFont(font, size: size)
        cairo_new_path(cr)
        cairo_move_to(cr, 0, 0)
        cairo_text_path(cr, text)
        if style.join == .round, UnchangedPixels.strokeChangesNothing(cr, width: style.width, color: style.color) {
            cairo_new_path(cr)
            return
        }
        setStrokeSource(style, dash: [])
        cairo_stroke(cr)
    }

    package func showMathGlyphs(_ glyphs: [TextBox.Glyph], at origin: Point2, angle: Double, color: Color) -> Bool {
        guard glyphsAsText else { return false }
        guard origin.isFinite, angle.isFinite else { return true }
        cairo_save(cr)
        defer { cairo_restore(cr) }
        cairo_translate(cr, origin.x, origin.y)
        cairo_rotate(cr, -angle)
        cairo_set_font_face(cr, fonts.face(.math))
        setSource(color)
        // One cairo call per run of glyphs of one size (a script level, a size variant).
        var start = 0
        while start < glyphs.count {
            let size = glyphs[start].size
            var end = start
            while end < glyphs.count, glyphs[end].size == size { end += 1 }
            if size.isFinite, size > 0 {
                let run = glyphs[start..<end].filter { $0.offset.isFinite }
                    .map { cairo_glyph_t(index: UInt($0.id), x: $0.offset.x, y: $0.offset.y) }
                cairo_set_font_size(cr, size)
                run.withUnsafeBufferPointer { cairo_show_glyphs(cr, $0.baseAddress, Int32($0.count)) }
            }
            start = end
        }
        return true
    }

    package func noteText(_ text: String, at origin: Point2, angle: Double, size: Double, width: Double) {
        guard textLayer != nil, origin.isFinite, angle.isFinite, size.isFinite, width.isFinite else { return }
        textLayer?.items.append(SVGTextLayer.Item(text: text, origin: origin, angle: angle, size: size, width: width))
    }

    private func selectFont(_ role: FontRole, size: Double) {
        cairo_set_font_face(cr, fonts.face(role))
        cairo_set_font_size(cr, size)
    }
}
