import GDVizEngine

/// `{"type": "secant", "at": 1, "h": 0.5}`: the line through (x₀, f(x₀)) and (x₀ + h, f(x₀ + h)).
package struct SecantLayerSpec: LayerSpecification {
    package static let kind = LayerKind(
        name: "secant", summary: "the secant of a 1-D graph through x₀ and x₀ + h, with its legs Δx, Δy",
        dimensions: 1...1,
        keys: [
            SettingKey("at", .oneOf([.number, .point]), required: true, "x₀"),
            SettingKey("h", .number, required: true, "the step, non-zero (negative goes left)"),
            SettingKey("legs", .boolean, default: "true", "draw the dashed legs Δx and Δy"),
            SettingKey("leg_labels", .strings, "two labels, Δx first; absent: none"),
            labelKey, colorKey,
        ])

    package var at: Double
    /// The step h, non-zero (negative steps go left).
    package var h: Double
    /// Draw the dashed legs Δx = h and Δy = f(x₀ + h) − f(x₀). Default `true`.
    package var legs: Bool
    /// Labels of the two legs, Δx first; `nil` writes none.
    package var legLabels: [String]?
    package var label: String?
    package var color: SceneColor?

    package init(at: Double, h: Double, legs: Bool = true, legLabels: [String]? = nil, label: String? = nil,
                color: SceneColor? = nil) {
        self.at = at
        self.h = h
        self.legs = legs
        self.legLabels = legLabels
        self.label = label
        self.color = color
    }

    package static func read(_ input: SpecInput) -> SecantLayerSpec? {
        var h = 1.0
        if let value = input.required("h", expected: "a non-zero step such as 0.5") {
            if case .number(let number) = value, number.isFinite, number != 0 {
                h = number
            } else {
                input.reader.expected("a non-zero number", got: value, at: input.path.key("h"))
            }
        }
        return SecantLayerSpec(
            at: input.reader.requiredAbscissa(input.members, "at", in: input.path) ?? 0, h: h,
            legs: input.optional("legs", default: true, SceneReader.bool),
            legLabels: input.optional("leg_labels", default: nil) { input.reader.texts($0, at: $1, count: 2) },
            label: input.label, color: input.color)
    }

    /// The secant through `from` = (x₀, f(x₀)) and `to` = (x₀ + h, f(x₀ + h)); `line` spans the domain.
    package struct Evaluated: EvaluatedLayerContent {
        package var spec: SecantLayerSpec
        package var from: Point2
        package var to: Point2
        package var line: [Point2]
    }

    package func evaluate(_ context: LayerEvaluationContext) -> Evaluated {
        let domain = context.scene.domain
        let from = SceneEvaluator.graphPoint(context.objective, at), to = SceneEvaluator.graphPoint(context.objective, at + h)
        let slope = (to.y - from.y) / (to.x - from.x)
        return Evaluated(spec: self, from: from, to: to,
                         line: [domain.xMin, domain.xMax].map { Point2($0, from.y + slope * ($0 - from.x)) })
    }
}
