import GDVizEngine

/// `{"type": "graph", "at": [0.5]}`: the computation graph of f at a point, with forward values
/// and reverse-mode adjoints, as a panel of its own.
package struct ComputationGraphPanelSpec: PanelSpecification {
    package static let kind = PanelKind(
        name: "graph", summary: "the computation graph of f at a point, with forward values and adjoints",
        dimensions: 1...2, keys: [PanelKind.titleKey] + ComputationGraphLayerSpec.keys)

    package var title: String?
    package var graph: ComputationGraphLayerSpec

    package init(title: String? = nil, _ graph: ComputationGraphLayerSpec) {
        self.title = title
        self.graph = graph
    }

    package static func read(_ input: SpecInput) -> ComputationGraphPanelSpec? {
        ComputationGraphPanelSpec(title: input.optional("title", default: nil, SceneReader.text),
                       input.reader.readGraph(input.members, at: input.path, dimension: input.dimension))
    }

    package struct Evaluated: EvaluatedPanelContent {
        package var title: String?
        package var graph: ComputationGraphLayerSpec.Evaluated

        package var tracedLayers: [EvaluatedLayer] { [graph] }
    }

    package func evaluate(_ context: PanelEvaluationContext) -> Evaluated {
        Evaluated(title: title, graph: graph.evaluate(LayerEvaluationContext(
            scene: context.scene, objective: context.objective, runs: context.runs, siblings: [], cache: context.cache)))
    }
}
