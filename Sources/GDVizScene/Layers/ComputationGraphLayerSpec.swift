import GDVizEngine

/// `{"type": "graph", "at": [0.5]}`: the expression's computation graph with forward values and
/// reverse-mode adjoints at a point. Drawn as a panel of its own (a graph has no place in data axes):
/// `{"type": "graph", …}` in `"panels"`, or a top-level graph layer (see `Scene.drawnPanels`).
package struct ComputationGraphLayerSpec: LayerSpecification {
    package static let kind = LayerKind(
        name: "graph", summary: "the computation graph of f at a point, with values and adjoints (a panel of its own)",
        dimensions: 1...2, keys: keys)

    /// The keys of a graph layer and of a graph panel.
    static let keys = [
        SettingKey("at", .point, required: true, "the point, one number per dimension"),
        SettingKey("partials", .boolean, default: "false", "label each edge with its local partial derivative"),
        SettingKey("digits", .integer(SceneDefaults.graphDigitsRange), default: "\(SceneDefaults.graphDigits)",
                   "significant digits of the numbers shown"),
    ]

    /// The point, one number per dimension.
    package var at: ScenePoint
    /// Label each edge with its local partial derivative ∂(consumer)/∂(operand). Default `false`.
    package var partials: Bool
    /// Significant digits of the numbers shown, `2...8`. Default 4.
    package var digits: Int

    package init(at: ScenePoint, partials: Bool = false, digits: Int = SceneDefaults.graphDigits) {
        self.at = at
        self.partials = partials
        self.digits = digits
    }

    package static func read(_ input: SpecInput) -> ComputationGraphLayerSpec? {
        input.reader.readGraph(input.members, at: input.path, dimension: input.dimension)
    }

    package struct Evaluated: EvaluatedLayerContent {
        package var spec: ComputationGraphLayerSpec
        package var graph: ComputationGraph
    }

    package func evaluate(_ context: LayerEvaluationContext) -> Evaluated {
        Evaluated(spec: self, graph: ComputationGraph.build(context.objective.expression, at: at.coordinates))
    }
}
