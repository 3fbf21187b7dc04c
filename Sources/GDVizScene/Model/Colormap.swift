/// Color scales for contour lines, spelled as in scene files (matplotlib's names).
package enum Colormap: String, Sendable, CaseIterable, Codable {
    /// Perceptually uniform dark blue → green → yellow. The default.
    case viridis
    /// Like viridis, also readable with red–green color blindness.
    case cividis
    /// Perceptually uniform black → purple → cream.
    case magma
    /// Black → light grey; prints well in black and white.
    case greys
}
