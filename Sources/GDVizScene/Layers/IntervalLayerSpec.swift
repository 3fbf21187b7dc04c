import GDVizEngine

/// `{"type": "interval", "from": 0, "to": 1}`: a shaded vertical band a ≤ x ≤ b.
public struct IntervalLayerSpec: LayerSpecification {
    package static let kind = LayerKind(
        name: "interval", summary: "a shaded vertical band a ≤ x ≤ b", dimensions: 1...1,
        keys: [
            SettingKey("from", .number, required: true, "a"),
            SettingKey("to", .number, required: true, "b, greater than a"),
            labelKey, colorKey,
        ])

    public var from: Double
    public var to: Double
    public var label: String?
    public var color: String?

    public init(from: Double, to: Double, label: String? = nil, color: String? = nil) {
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
    public struct Evaluated: EvaluatedLayerContent {
        public var spec: IntervalLayerSpec
    }

    package func evaluate(_ context: LayerEvaluationContext) -> Evaluated {
        Evaluated(spec: self)
    }
}
