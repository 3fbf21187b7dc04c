import GDVizEngine

/// `{"type": "curve"}`: the graph of a 1-D function.
package struct CurveLayerSpec: LayerSpecification {
    package static let kind = LayerKind(
        name: "curve", summary: "the graph of f", dimensions: 1...1,
        keys: [
            SettingKey("color", .color, "line colour; absent: dark blue (black in the print theme)"),
            SettingKey("line_width", .positiveNumber, default: "1.5", "line width in device units"),
            SettingKey("label", .nonEmptyString, "legend entry such as \"$f(x) = \\\\sin x$\"; absent: none"),
        ])

    /// Line color, or `nil` for the renderer's default.
    package var color: SceneColor?
    /// Line width in device units. Default 1.5.
    package var lineWidth: Double
    /// The curve's legend entry, e.g. `"$f(x) = \\sin x$"`; `nil` gives it none.
    package var label: String?

    package init(color: SceneColor? = nil, lineWidth: Double = SceneDefaults.curveLineWidth, label: String? = nil) {
        self.color = color
        self.lineWidth = lineWidth
        self.label = label
    }

    package static func read(_ input: SpecInput) -> CurveLayerSpec? {
        CurveLayerSpec(color: input.color,
                       lineWidth: input.optional("line_width", default: SceneDefaults.curveLineWidth,
                                                 SceneReader.positiveNumber),
                       label: input.label)
    }

    package struct Evaluated: EvaluatedLayerContent {
        package var spec: CurveLayerSpec
        /// (x, f(x)) at equally spaced x across the domain.
        package var samples: [Point2]
    }

    package func evaluate(_ context: LayerEvaluationContext) -> Evaluated {
        Evaluated(spec: self, samples: SceneEvaluator.curve(context.objective, context.scene.domain))
    }
}
