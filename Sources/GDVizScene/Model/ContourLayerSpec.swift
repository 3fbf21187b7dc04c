/// Level curves {(x, y) : f(x, y) = c} for a set of levels c.
public struct ContourLayerSpec: Sendable, Equatable {
    /// Which levels c to draw.
    public var levels: LevelSpec
    /// Line width in device units. Default 1.0.
    public var lineWidth: Double
    /// How levels map to colors, lowest level first. Default ``Colormap/viridis``.
    public var colormap: Colormap

    public init(levels: LevelSpec = .count(SceneDefaults.contourLevelCount, spacing: .linear),
                lineWidth: Double = SceneDefaults.contourLineWidth, colormap: Colormap = .viridis) {
        self.levels = levels
        self.lineWidth = lineWidth
        self.colormap = colormap
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
