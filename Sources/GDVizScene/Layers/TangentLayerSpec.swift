import GDVizEngine

/// `{"type": "tangent", "at": 1}`: the line f(x₀) + f′(x₀)(x − x₀) with (x₀, f(x₀)) marked.
package struct TangentLayerSpec: LayerSpecification {
    package static let kind = LayerKind(
        name: "tangent", summary: "the tangent line of a 1-D graph at x₀, with (x₀, f(x₀)) marked", dimensions: 1...1,
        keys: [
            SettingKey("at", .oneOf([.number, .point]), required: true, "x₀"),
            SettingKey("length", .positiveNumber, "extent of the line in x, centred on x₀; absent: the whole domain"),
            labelKey, colorKey,
        ])

    package var at: Double
    /// Extent of the drawn line in x, centred on x₀; `nil` draws it across the whole domain.
    package var length: Double?
    package var label: String?
    package var color: SceneColor?

    package init(at: Double, length: Double? = nil, label: String? = nil, color: SceneColor? = nil) {
        self.at = at
        self.length = length
        self.label = label
        self.color = color
    }

    package static func read(_ input: SpecInput) -> TangentLayerSpec? {
        TangentLayerSpec(at: input.reader.requiredAbscissa(input.members, "at", in: input.path) ?? 0,
                         length: input.optional("length", default: nil, SceneReader.positiveNumber),
                         label: input.label, color: input.color)
    }

    /// The tangent at (x₀, f(x₀)) with slope f′(x₀); `line` holds the drawn segment's two ends.
    package struct Evaluated: EvaluatedLayerContent {
        package var spec: TangentLayerSpec
        package var point: Point2
        package var slope: Double
        package var line: [Point2]
    }

    package func evaluate(_ context: LayerEvaluationContext) -> Evaluated {
        let domain = context.scene.domain
        let jet = context.objective.jet(at: Point2(at, 0))
        let point = Point2(at, jet.value), slope = jet.gx
        let (x0, x1) = length.map { (at - $0 / 2, at + $0 / 2) } ?? (domain.xMin, domain.xMax)
        return Evaluated(spec: self, point: point, slope: slope,
                         line: [x0, x1].map { Point2($0, point.y + slope * ($0 - point.x)) })
    }
}
