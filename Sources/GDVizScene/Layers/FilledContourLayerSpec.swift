import GDVizEngine

/// `{"type": "filled_contours"}`: the bands between contour levels, filled with colours.
package struct FilledContourLayerSpec: LayerSpecification {
    package static let kind = LayerKind(
        name: "filled_contours", summary: "the bands between contour levels of f, filled with colours", dimensions: 2...2,
        keys: ContourLayerSpec.levelKeys + [
            SettingKey("colormap", .choice(FillColormap.self), default: "\"viridis\"", "how bands map to colours"),
            SettingKey("center", .number, default: "0", "the value the diverging map shows white (only with \"diverging\")"),
            SettingKey("colorbar", .boolean, default: "true", "a colour bar with the level values right of the plot"),
            SettingKey("lines", .boolean, default: "false", "thin dark lines on the band boundaries"),
        ])

    /// The band boundaries, chosen as for `contours`.
    package var levels: LevelSpec
    /// How bands map to colours. Default ``FillColormap/viridis``.
    package var colormap: FillColormap
    /// The value of f that the diverging map shows white. Only with `.diverging`; default 0.
    package var center: Double
    /// Draw a colour bar with the level values to the right of the plot. Default `true`.
    package var colorbar: Bool
    /// Draw thin dark lines on the band boundaries. Default `false`.
    package var lines: Bool

    package init(levels: LevelSpec = .count(SceneDefaults.contourLevelCount, spacing: .linear),
                colormap: FillColormap = .viridis, center: Double = 0, colorbar: Bool = true, lines: Bool = false) {
        self.levels = levels
        self.colormap = colormap
        self.center = center
        self.colorbar = colorbar
        self.lines = lines
    }

    package static func read(_ input: SpecInput) -> FilledContourLayerSpec? {
        var layer = FilledContourLayerSpec()
        layer.levels = input.reader.readLevelSpec(input.members, at: input.path)
        layer.colormap = input.optional("colormap", default: layer.colormap) { input.reader.choice($0, at: $1) }
        layer.center = input.optional("center", default: layer.center, SceneReader.finiteNumber)
        if input["center"] != nil, layer.colormap != .diverging {
            input.report("center", #""center" applies only to "colormap": "diverging"; remove it or use that colormap"#)
        }
        layer.colorbar = input.optional("colorbar", default: layer.colorbar, SceneReader.bool)
        layer.lines = input.optional("lines", default: layer.lines, SceneReader.bool)
        return layer
    }

    /// Bands between `levels` of f sampled on `grid` (the panel's contour grid); `lines` holds the
    /// band boundaries when the spec asks for them.
    package struct Evaluated: EvaluatedLayerContent {
        package var spec: FilledContourLayerSpec
        package var grid: ScalarGrid
        package var levels: [Double]
        package var lines: [ContourLevel]
    }

    /// `grid` is shared with `contours`, so bands and contour lines at the same levels coincide.
    package func evaluate(_ context: LayerEvaluationContext) -> Evaluated {
        let samples = context.sampledGrid()
        let values = SceneEvaluator.levels(levels, grid: samples)
        return Evaluated(spec: self, grid: samples, levels: values,
                         lines: lines ? MarchingSquares.contours(samples, levels: values) : [])
    }
}

/// Colour scales for filled bands: the sequential maps of ``Colormap`` and a diverging one.
package enum FillColormap: String, Sendable, CaseIterable, Codable {
    case viridis, cividis, magma, greys
    /// Blue below the centre value, white at it, red above (ColorBrewer RdBu, reversed):
    /// for functions with both signs, such as saddles.
    case diverging
}
