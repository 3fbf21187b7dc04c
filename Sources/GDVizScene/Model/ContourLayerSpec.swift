/// Level curves {(x, y) : f(x, y) = c} for a set of levels c.
public struct ContourLayerSpec: Sendable, Equatable {
    /// Which levels c to draw.
    public var levels: LevelSpec
    /// Line width in device units. Default 1.0.
    public var lineWidth: Double
    /// How levels map to colors, lowest level first. Default ``Colormap/viridis``.
    public var colormap: Colormap
    /// Whether each level is written on its lines, set along straight stretches with the line
    /// broken under the text. Default false.
    public var labels: Bool
    /// Size of those labels in device units; `nil` means the theme's tick-label size × 0.8.
    public var labelSize: Double?

    public init(levels: LevelSpec = .count(SceneDefaults.contourLevelCount, spacing: .linear),
                lineWidth: Double = SceneDefaults.contourLineWidth, colormap: Colormap = .viridis,
                labels: Bool = false, labelSize: Double? = nil) {
        self.levels = levels
        self.lineWidth = lineWidth
        self.colormap = colormap
        self.labels = labels
        self.labelSize = labelSize
    }
}

/// The contour levels: a count to spread over the range of f, or explicit values.
public enum LevelSpec: Sendable, Equatable {
    /// `n` levels (2...200) between the smallest and largest sampled value of f, spaced as given.
    case count(Int, spacing: LevelSpacing)
    /// These levels exactly; strictly increasing and finite.
    case values([Double])
}

/// How a count of contour levels is spread over the range [f_min, f_max] of f.
public enum LevelSpacing: String, Sendable, CaseIterable, Codable {
    /// Equal steps in f. The default.
    case linear
    /// Equal steps in log(f − f_min): dense near the minimum, where an ill-conditioned
    /// quadratic's narrow valley lives.
    case log
}
