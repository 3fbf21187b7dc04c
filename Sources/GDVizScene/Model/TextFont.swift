/// The typeface of a figure's text (maths is always Latin Modern Math).
package enum TextFont: String, Sendable, CaseIterable, Codable {
    /// DejaVu Sans: wide and open, legible on projected slides (the default).
    case sans
    /// Latin Modern Roman: the body font of a LaTeX article.
    case serif
    /// Latin Modern Sans: the text font of a LaTeX beamer deck.
    case latinModernSans = "latin-modern-sans"
}

/// How SVG and PDF output write text (PNG text is always filled outlines).
package enum TextMode: String, Sendable, CaseIterable, Codable {
    /// PDF: real text from embedded font subsets, searchable and selectable, maths included.
    /// SVG: cairo's glyph symbols with a transparent `<text>` copy that can be searched and selected.
    case glyphs
    /// Every glyph a filled outline, for venues that refuse embedded fonts.
    case paths
}
