import GDVizEngine

/// `{"type": "interval", "from": 0, "to": 1}`: a shaded vertical band a ≤ x ≤ b.
package struct IntervalLayerSpec: LayerSpecification {
    package static let kind = LayerKind(
        name: "interval", summary: "a shaded vertical band a ≤ x ≤ b", dimensions: 1...1,
        keys: [
            SettingKey("from", .number, required: true, "a"),
            SettingKey("to", .number, required: true, "b, greater than a"),
            labelKey, colorKey,
        ])

    package var from: Double
    package var to: Double
    package var label: String?
    package var color: SceneColor?

    package init(from: Double, to: Double, label: String? = nil, color: SceneColor? = nil) {
        self.from = from
        self.to = to
        self.label = label
        self.color = color
    }

    package static func read(_ input: SpecInput) -> IntervalLayerSpec? {
        let (a, b) = input.reader.readFromTo(input)
        return IntervalLayerSpec(from: a ?? 0, to: b ?? 1, label: input.label, color: input.color)
    }

    /// The band, as given.
    package struct Evaluated: EvaluatedLayerContent {
        package var spec: IntervalLayerSpec
    }

    package func evaluate(_ context: LayerEvaluationContext) -> Evaluated {
        Evaluated(spec: self)
    }
}
