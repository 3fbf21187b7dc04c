import GDVizEngine

/// `{"type": "gradient_field"}`: arrows of −∇f (or ∇f) at the centres of a grid of cells.
package struct GradientFieldLayerSpec: LayerSpecification {
    package static let kind = LayerKind(
        name: "gradient_field", summary: "arrows of −∇f (or ∇f) at the centres of a grid of cells", dimensions: 2...2,
        keys: [
            SettingKey("direction", .choice(FlowDirection.self), default: "\"descent\"", "−∇f (descent) or ∇f (ascent)"),
            SettingKey("grid", .integer(gridRange), default: "\(defaultGrid)", "arrows along the domain's longer side"),
            SettingKey("length", .choice(ArrowLength.self), default: "\"normalized\"", "equal lengths, or ∝ ‖∇f‖"),
            SettingKey("color", .color, "arrow colour; absent: the theme's foreground"),
            SettingKey("label", .string, "legend label; absent: $-\\nabla f$ and the scale; \"\" for none"),
        ])

    /// `.descent` draws −∇f, `.ascent` draws ∇f. Default descent.
    package var direction: FlowDirection
    /// Arrows along the longer side of the domain (the other side keeps cells square). Default 15.
    package var grid: Int
    /// Equal lengths, or lengths ∝ ‖∇f‖. Default normalised.
    package var length: ArrowLength
    /// Arrow colour as lowercase `#rrggbb`, or `nil` for the theme's.
    package var color: SceneColor?
    /// The legend label; `nil` for the default (`$-\nabla f$` and the scale), `""` for none.
    package var label: String?

    package static let defaultGrid = 15
    package static let gridRange = 2...80

    package init(direction: FlowDirection = .descent, grid: Int = Self.defaultGrid, length: ArrowLength = .normalized,
                color: SceneColor? = nil, label: String? = nil) {
        self.direction = direction
        self.grid = grid
        self.length = length
        self.color = color
        self.label = label
    }

    package static func read(_ input: SpecInput) -> GradientFieldLayerSpec? {
        var layer = GradientFieldLayerSpec()
        layer.direction = input.optional("direction", default: layer.direction) { input.reader.choice($0, at: $1) }
        layer.grid = input.optional("grid", default: layer.grid) { input.reader.integer($0, at: $1, in: Self.gridRange) }
        layer.length = input.optional("length", default: layer.length) { input.reader.choice($0, at: $1) }
        layer.color = input.color
        layer.label = input.optional("label", default: nil, SceneReader.text)
        return layer
    }

    /// ∓∇f at the cell centres, as arrows in data units.
    package struct Evaluated: EvaluatedLayerContent {
        package var spec: GradientFieldLayerSpec
        package var field: GradientField
    }

    package func evaluate(_ context: LayerEvaluationContext) -> Evaluated {
        Evaluated(spec: self, field: GradientField.sample(context.objective, in: context.scene.domain, grid: grid,
                                                          direction: direction, length: length))
    }
}
