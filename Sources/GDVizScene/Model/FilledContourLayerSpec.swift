/// `{"type": "filled_contours"}`: the bands between contour levels, filled with colours.
public struct FilledContourLayerSpec: Sendable, Equatable {
    /// The band boundaries, chosen as for `contours`.
    public var levels: LevelSpec
    /// How bands map to colours. Default ``FillColormap/viridis``.
    public var colormap: FillColormap
    /// The value of f that the diverging map shows white. Only with `.diverging`; default 0.
    public var center: Double
    /// Draw a colour bar with the level values to the right of the plot. Default `true`.
    public var colorbar: Bool
    /// Draw thin dark lines on the band boundaries. Default `false`.
    public var lines: Bool

    public init(levels: LevelSpec = .count(SceneDefaults.contourLevelCount, spacing: .linear),
                colormap: FillColormap = .viridis, center: Double = 0, colorbar: Bool = true, lines: Bool = false) {
        self.levels = levels
        self.colormap = colormap
        self.center = center
        self.colorbar = colorbar
        self.lines = lines
    }
}

/// Colour scales for filled bands: the sequential maps of ``Colormap`` and a diverging one.
public enum FillColormap: String, Sendable, CaseIterable, Codable {
    case viridis, cividis, magma, greys
    /// Blue below the centre value, white at it, red above (ColorBrewer RdBu, reversed):
    /// for functions with both signs, such as saddles.
    case diverging
}
