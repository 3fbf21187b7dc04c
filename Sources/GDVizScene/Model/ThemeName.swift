import GDVizEngine

/// Colours of the whole figure.
package enum ThemeName: String, Sendable, CaseIterable, Codable {
    /// White background (the default).
    case light
    /// Dark background for slides.
    case dark
    /// Black on white with greyscale-safe colour maps and dash patterns.
    case print
}

extension Domain {
    var description: String { "\(xMin) \(xMax) \(yMin) \(yMax)" }
}
