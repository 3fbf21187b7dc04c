import GDVizEngine

/// `{"type": "chord", "from": -1, "to": 2}`: the segment from (a, f(a)) to (b, f(b)).
public struct ChordLayerSpec: LayerSpecification {
    package static let kind = LayerKind(
        name: "chord", summary: "the segment from (a, f(a)) to (b, f(b)) of a 1-D graph", dimensions: 1...1,
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

    package static func read(_ input: SpecInput) -> ChordLayerSpec? {
        let (a, b) = input.reader.readFromTo(input)
        return ChordLayerSpec(from: a ?? 0, to: b ?? 1, label: input.label, color: input.color)
    }

    /// (a, f(a)) and (b, f(b)).
    public struct Evaluated: EvaluatedLayerContent {
        public var spec: ChordLayerSpec
        public var from: Point2
        public var to: Point2
    }

    package func evaluate(_ context: LayerEvaluationContext) -> Evaluated {
        Evaluated(spec: self, from: SceneEvaluator.graphPoint(context.objective, from),
                  to: SceneEvaluator.graphPoint(context.objective, to))
    }
}
