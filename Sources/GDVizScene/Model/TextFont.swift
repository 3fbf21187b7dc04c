/// The typeface of a figure's text (maths is always Latin Modern Math).
public enum TextFont: String, Sendable, CaseIterable, Codable {
    /// DejaVu Sans: wide and open, legible on projected slides (the default).
    case sans
    /// Latin Modern Roman: the body font of a LaTeX article.
    case serif
    /// Latin Modern Sans: the text font of a LaTeX beamer deck.
    case latinModernSans = "latin-modern-sans"
}
