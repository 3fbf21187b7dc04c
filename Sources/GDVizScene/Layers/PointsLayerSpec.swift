import GDVizEngine

/// `{"type": "points", "x": [-1, 1]}`: markers at (xᵢ, f(xᵢ)).
package struct PointsLayerSpec: LayerSpecification {
    package static let kind = LayerKind(
        name: "points", summary: "markers at (xᵢ, f(xᵢ)) on a 1-D graph", dimensions: 1...1,
        keys: [
            SettingKey("x", .numbers, required: true, "the x values"),
            SettingKey("labels", .strings, "one label per point; absent: none"),
            SettingKey("label_side", .choice(GraphSide.self), default: "\"above\"", "which side of the graph labels go"),
            colorKey,
        ])

    package var x: [Double]
    /// One label per point, or `nil` for none.
    package var labels: [String]?
    /// Default `above`.
    package var labelSide: GraphSide
    package var color: SceneColor?

    package init(x: [Double], labels: [String]? = nil, labelSide: GraphSide = .above, color: SceneColor? = nil) {
        self.x = x
        self.labels = labels
        self.labelSide = labelSide
        self.color = color
    }

    package static func read(_ input: SpecInput) -> PointsLayerSpec? {
        let xs = input.required("x", expected: "an array of x values such as [-1, 0, 2]")
            .flatMap { input.reader.numbers($0, at: input.path.key("x")) } ?? []
        return PointsLayerSpec(
            x: xs,
            // Without valid x values there is no count to check the labels against.
            labels: input.optional("labels", default: nil) {
                input.reader.texts($0, at: $1, count: xs.isEmpty ? nil : xs.count)
            },
            labelSide: input.optional("label_side", default: .above) { input.reader.choice($0, at: $1) },
            color: input.color)
    }

    /// (xᵢ, f(xᵢ)) and f′(xᵢ) (which way the graph runs there, for placing labels).
    package struct Evaluated: EvaluatedLayerContent {
        package var spec: PointsLayerSpec
        package var points: [Point2]
        package var slopes: [Double]
    }

    package func evaluate(_ context: LayerEvaluationContext) -> Evaluated {
        let jets = x.map { context.objective.jet(at: Point2($0, 0)) }
        return Evaluated(spec: self, points: zip(x, jets).map { Point2($0, $1.value) }, slopes: jets.map(\.gx))
    }
}

/// Which side of a 1-D graph a point's label goes, along the graph's normal.
package enum GraphSide: String, Sendable, CaseIterable, Codable {
    case above, below
}
