import GDVizEngine

/// `{"type": "streamlines"}`: evenly spaced curves of the gradient flow, with arrowheads.
package struct StreamlineLayerSpec: LayerSpecification {
    package static let kind = LayerKind(
        name: "streamlines", summary: "evenly spaced curves of the gradient flow, with arrowheads", dimensions: 2...2,
        keys: [
            SettingKey("direction", .choice(FlowDirection.self), default: "\"descent\"",
                       "which way the arrowheads point: along −∇f (descent) or ∇f (ascent)"),
            SettingKey("separation", .positiveNumber,
                       "distance between neighbouring curves in data units; absent: 1/20 of the domain's longer side"),
            SettingKey("color", .color, "line colour; absent: the theme's foreground at 70 %"),
            SettingKey("line_width", .positiveNumber, default: "1", "line width in device units"),
            SettingKey("arrows", .boolean, default: "true", "arrowheads along each curve"),
            SettingKey("label", .nonEmptyString, "legend label; absent: no legend entry"),
        ])

    /// Which way the arrowheads point: along −∇f (descent, default) or ∇f.
    package var direction: FlowDirection
    /// The distance between neighbouring curves in data units; `nil` for 1/20 of the domain's
    /// longer side.
    package var separation: Double?
    /// Line colour as lowercase `#rrggbb`, or `nil` for the theme's.
    package var color: SceneColor?
    /// Line width in device units. Default 1.
    package var lineWidth: Double
    /// Arrowheads along each curve. Default `true`.
    package var arrows: Bool
    /// A legend label, or `nil` for no legend entry.
    package var label: String?

    /// The default separation as a fraction of the domain's longer side.
    package static let separationFraction = 1.0 / 20

    package init(direction: FlowDirection = .descent, separation: Double? = nil, color: SceneColor? = nil,
                lineWidth: Double = 1, arrows: Bool = true, label: String? = nil) {
        self.direction = direction
        self.separation = separation
        self.color = color
        self.lineWidth = lineWidth
        self.arrows = arrows
        self.label = label
    }

    package static func read(_ input: SpecInput) -> StreamlineLayerSpec? {
        var layer = StreamlineLayerSpec()
        layer.direction = input.optional("direction", default: layer.direction) { input.reader.choice($0, at: $1) }
        layer.separation = input.optional("separation", default: nil, SceneReader.positiveNumber)
        layer.color = input.color
        layer.lineWidth = input.optional("line_width", default: layer.lineWidth, SceneReader.positiveNumber)
        layer.arrows = input.optional("arrows", default: layer.arrows, SceneReader.bool)
        layer.label = input.label
        return layer
    }

    /// Evenly spaced curves of the gradient flow, each ordered along the spec's direction.
    package struct Evaluated: EvaluatedLayerContent {
        package var spec: StreamlineLayerSpec
        package var lines: [Streamline]
    }

    package func evaluate(_ context: LayerEvaluationContext) -> Evaluated {
        let domain = context.scene.domain
        return Evaluated(spec: self, lines: Streamlines.evenlySpaced(context.objective, in: domain,
                                                                     separation: separation(in: domain),
                                                                     direction: direction))
    }

    /// The separation used on `domain`.
    package func separation(in domain: Domain) -> Double {
        separation ?? Self.separationFraction * max(domain.width, domain.height)
    }
}
