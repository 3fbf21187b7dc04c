import GDVizEngine

/// `{"title": "…", "layers": [...]}` (type `"plot"`, the default): a plot of f with its own layers.
package struct PlotPanelSpec: PanelSpecification {
    package static let kind = PanelKind(
        name: "plot", summary: "a plot of f with its own layers (the default panel type)", dimensions: 1...2,
        keys: [
            PanelKind.titleKey,
            SettingKey("layers", .layers, "the panel's layers, as the top-level \"layers\""),
            SettingKey("domain", .domain, "the panel's own domain, as the top-level \"domain\"; absent: the scene's"),
            PanelKind.legendKey,
        ])

    package var title: String?
    package var layers: [LayerSpec]
    /// Overrides the scene's domain when given.
    package var domain: Domain?
    /// The panel's own `"legend"`; nil: the scene's.
    package var legend: LegendOptions?

    package init(title: String? = nil, layers: [LayerSpec], domain: Domain? = nil) {
        self.title = title
        self.layers = layers
        self.domain = domain
    }

    package static func == (a: PlotPanelSpec, b: PlotPanelSpec) -> Bool {
        a.title == b.title && a.layers == b.layers && a.domain?.description == b.domain?.description && a.legend == b.legend
    }

    package static func read(_ input: SpecInput) -> PlotPanelSpec? {
        let reader = input.reader, path = input.path
        let title = input.optional("title", default: nil, SceneReader.text)
        let layers = reader.readLayers(input["layers"], at: path.key("layers"), dimension: input.dimension,
                                       runLabels: input.runLabels)
        if case .array(let items)? = input["layers"] {
            for (index, item) in items.enumerated() {
                guard case .object(let layer) = item, layer["type"] == .string(ComputationGraphLayerSpec.kind.name) else { continue }
                reader.report(path.key("layers").index(index).key("type"),
                              "a computation graph is drawn as a panel of its own, not inside a plot; "
                              + #"use {"type": "graph", "at": [...]} in "panels""#)
            }
        }
        let domain = input["domain"].map { reader.readDomain($0, at: path.key("domain"), dimension: input.dimension) }
        var spec = PlotPanelSpec(title: title, layers: layers, domain: domain)
        spec.legend = input["legend"].flatMap { reader.readLegend($0, at: path.key("legend")) }
        return spec
    }

    package struct Evaluated: EvaluatedPanelContent {
        package var title: String?
        package var layers: [EvaluatedLayer]
        /// The panel's domain; for 1-D scenes without a value range, y is fitted to the curve.
        package var domain: Domain
        /// The legend options in force (the panel's, else the scene's).
        package var legend = LegendOptions()

        package var tracedLayers: [EvaluatedLayer] { layers }
    }

    package func evaluate(_ context: PanelEvaluationContext) -> Evaluated {
        var scene = context.scene
        if let domain { scene.domain = domain }
        let evaluated = SceneEvaluator.evaluateLayers(layers, scene: scene, objective: context.objective,
                                                      runs: context.runs, grids: context.grids)
        var result = Evaluated(title: title, layers: evaluated,
                               domain: SceneEvaluator.plotDomain(scene, objective: context.objective))
        result.legend = legend ?? context.scene.legend
        return result
    }
}
