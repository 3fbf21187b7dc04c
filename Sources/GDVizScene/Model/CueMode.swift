/// What tells runs apart in a figure, besides their label.
package enum CueMode: String, Sendable, CaseIterable, Codable {
    /// Colour, plus a marker shape and a dash pattern of each run's own (run 1: solid, circles),
    /// so a figure still reads in greyscale or with a colour-vision deficiency.
    case auto
    /// Colour only: every run solid with circle markers.
    case color
}
