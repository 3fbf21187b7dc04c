/// What a piece of drawing is to the reader, so a checking canvas knows which colours must stand
/// out from the page. Cairo ignores it; the theme contrast test reads it.
package enum PaintRole: Sendable, Equatable {
    /// Marks that carry meaning (lines, markers, text): 3:1 against the background.
    case element
    /// Areas other marks sit on (filled bands, colour bars, surface faces, node boxes).
    case backdrop
    /// Deliberately faint helpers (grid lines, mesh edges, pane borders, band outlines).
    case decoration
}

extension Canvas {
    /// Runs `body` with everything it draws tagged `role`.
    package func withPaintRole(_ role: PaintRole, _ body: () -> Void) {
        beginPaintRole(role)
        body()
        endPaintRole()
    }
}
