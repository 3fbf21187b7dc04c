import GDVizEngine

/// `{"type": "contours"}`: level curves {(x, y) : f(x, y) = c} for a set of levels c.
package struct ContourLayerSpec: LayerSpecification {
    package static let kind = LayerKind(
        name: "contours", summary: "level curves of f, coloured by level", dimensions: 2...2,
        keys: levelKeys + [
            SettingKey("line_width", .positiveNumber, default: "1", "line width in device units"),
            SettingKey("colormap", .choice(Colormap.self), default: "\"viridis\"", "how levels map to colours, lowest first"),
            SettingKey("labels", .boolean, default: "false", "write each level on its lines"),
            SettingKey("label_size", .positiveNumber,
                       "size of the level labels in device units (4…72); absent: 0.8 × the tick-label size"),
        ])

    /// `levels` and `spacing`, shared with `filled_contours`.
    static let levelKeys = [
        SettingKey("levels", .oneOf([.integer(SceneDefaults.contourLevelCountRange), .numbers]),
                   default: "\(SceneDefaults.contourLevelCount)",
                   "a count of levels spread over the range of f, or the increasing levels themselves"),
        SettingKey("spacing", .choice(LevelSpacing.self), default: "\"linear\"",
                   "how a count of levels is spread: equal steps in f, or in log(f − f_min)"),
    ]

    /// Which levels c to draw.
    package var levels: LevelSpec
    /// Line width in device units. Default 1.0.
    package var lineWidth: Double
    /// How levels map to colors, lowest level first. Default ``Colormap/viridis``.
    package var colormap: Colormap
    /// Whether each level is written on its lines, set along straight stretches with the line
    /// broken under the text. Default false.
    package var labels: Bool
    /// Size of those labels in device units; `nil` means the theme's tick-label size × 0.8.
    package var labelSize: Double?

    package init(levels: LevelSpec = .count(SceneDefaults.contourLevelCount, spacing: .linear),
                lineWidth: Double = SceneDefaults.contourLineWidth, colormap: Colormap = .viridis,
                labels: Bool = false, labelSize: Double? = nil) {
        self.levels = levels
        self.lineWidth = lineWidth
        self.colormap = colormap
        self.labels = labels
        self.labelSize = labelSize
    }

    package static func read(_ input: SpecInput) -> ContourLayerSpec? {
        var layer = ContourLayerSpec()
        layer.levels = input.reader.readLevelSpec(input.members, at: input.path)
        layer.lineWidth = input.optional("line_width", default: layer.lineWidth, SceneReader.positiveNumber)
        layer.colormap = input.optional("colormap", default: layer.colormap) { input.reader.choice($0, at: $1) }
        layer.labels = input.optional("labels", default: layer.labels, SceneReader.bool)
        layer.labelSize = input.optional("label_size", default: nil, SceneReader.labelSize)
        if input["label_size"] != nil, input["labels"] == .bool(false) || input["labels"] == nil {
            input.report("label_size", #""label_size" applies only to labelled contours; add "labels": true or remove it"#)
        }
        return layer
    }

    /// The level curves of f on the panel's grid.
    package struct Evaluated: EvaluatedLayerContent {
        package var spec: ContourLayerSpec
        package var levels: [ContourLevel]
    }

    package func evaluate(_ context: LayerEvaluationContext) -> Evaluated {
        let grid = context.sampledGrid()
        return Evaluated(spec: self,
                         levels: MarchingSquares.contours(grid, levels: SceneEvaluator.levels(levels, grid: grid)))
    }
}

/// The contour levels: a count to spread over the range of f, or explicit values.
package enum LevelSpec: Sendable, Equatable {
    /// `n` levels (2...200) between the smallest and largest sampled value of f, spaced as given.
    case count(Int, spacing: LevelSpacing)
    /// These levels exactly; strictly increasing and finite.
    case values([Double])
}

/// How a count of contour levels is spread over the range [f_min, f_max] of f.
package enum LevelSpacing: String, Sendable, CaseIterable, Codable {
    /// Equal steps in f. The default.
    case linear
    /// Equal steps in log(f − f_min): dense near the minimum, where an ill-conditioned
    /// quadratic's narrow valley lives.
    case log
}
