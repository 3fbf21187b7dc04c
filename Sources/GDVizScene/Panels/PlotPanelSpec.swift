import GDVizEngine

/// `{"title": "…", "layers": [...]}` (type `"plot"`, the default): a plot of f with its own layers.
package struct PlotPanelSpec: PanelSpecification {
    package static let kind = PanelKind(
        name: "plot", summary: "a plot of f with its own layers (the default panel type)", dimensions: 1...2,
        keys: [
            PanelKind.titleKey,
            SettingKey("layers", .layers, "the panel's layers, as the top-level \"layers\""),
            SettingKey("domain", .domain, "the panel's own domain, as the top-level \"domain\"; absent: the scene's"),
            SettingKey("function", .object("function"),
                       "the panel's own f, as the top-level \"function\" (1-D if it does not use y); absent: the scene's"),
            SettingKey("axes", .object("axes"), "the panel's axis labels, aspect and grid; absent: the scene's"),
            SettingKey("curves", .array(of: .object("panel_curve")),
                       "1-D panels: more functions of x drawn over f, each with a legend entry; absent: none"),
            PanelKind.legendKey,
        ])

    package var title: String?
    package var layers: [LayerSpec]
    /// Overrides the scene's domain when given.
    package var domain: Domain?
    /// The panel's own `"legend"`; nil: the scene's.
    package var legend: LegendOptions?
    /// The panel's own f and its dimension; nil: the scene's. Such a panel does not draw the
    /// scene's runs (they minimise the scene's f).
    package var function: FunctionSource?
    package var functionDimension: Int?
    /// The panel's own axes; nil: the scene's (or, with its own function, the defaults for it).
    package var axes: AxesOptions?
    /// More graphs of functions of x, drawn after the layers (1-D panels).
    package var curves: [PanelCurve] = []

    package init(title: String? = nil, layers: [LayerSpec], domain: Domain? = nil) {
        self.title = title
        self.layers = layers
        self.domain = domain
    }

    package static func == (a: PlotPanelSpec, b: PlotPanelSpec) -> Bool {
        a.title == b.title && a.layers == b.layers && a.domain?.description == b.domain?.description && a.legend == b.legend
            && a.function == b.function && a.functionDimension == b.functionDimension && a.axes == b.axes
            && a.curves == b.curves
    }

    package static func read(_ input: SpecInput) -> PlotPanelSpec? {
        let reader = input.reader, path = input.path
        let title = input.optional("title", default: nil, SceneReader.text)
        // A panel's own function decides its dimension, as the top-level function does the scene's.
        let own = input["function"].map { _ in reader.readFunction(input.members, at: path) }
        let dimension = own?.dimension ?? input.dimension
        let layers = reader.readLayers(input["layers"], at: path.key("layers"), dimension: dimension,
                                       runLabels: own == nil ? input.runLabels : [])
        if case .array(let items)? = input["layers"] {
            for (index, item) in items.enumerated() {
                guard case .object(let layer) = item, case .string(let type)? = layer["type"] else { continue }
                if type == ComputationGraphLayerSpec.kind.name {
                    reader.report(path.key("layers").index(index).key("type"),
                                  "a computation graph is drawn as a panel of its own, not inside a plot; "
                                  + #"use {"type": "graph", "at": [...]} in "panels""#)
                } else if own != nil, type == TrajectoryLayerSpec.kind.name {
                    reader.report(path.key("layers").index(index).key("type"),
                                  "the runs minimise the scene's function, not this panel's own \"function\"; "
                                  + "draw them in a panel without one")
                }
            }
        }
        let domain: Domain?
        if let own {
            domain = reader.readDomain(input["domain"], at: path.key("domain"), dimension: dimension,
                                       fallback: own.defaultDomain)
        } else {
            domain = input["domain"].map { reader.readDomain($0, at: path.key("domain"), dimension: dimension) }
        }
        var spec = PlotPanelSpec(title: title, layers: layers, domain: domain)
        spec.legend = input["legend"].flatMap { reader.readLegend($0, at: path.key("legend")) }
        spec.function = own?.source
        spec.functionDimension = own?.dimension
        if input["axes"] != nil || own != nil {
            spec.axes = reader.readAxes(input["axes"], at: path.key("axes"), dimension: dimension,
                                        labels: own?.source?.defaultAxisLabels)
        }
        spec.curves = input["curves"].map { reader.readPanelCurves($0, at: path.key("curves"), dimension: dimension) } ?? []
        return spec
    }

    package struct Evaluated: EvaluatedPanelContent {
        package var title: String?
        package var layers: [EvaluatedLayer]
        /// The panel's domain; for 1-D scenes without a value range, y is fitted to the curve.
        package var domain: Domain
        /// The legend options in force (the panel's, else the scene's).
        package var legend = LegendOptions()
        /// The axes in force (the panel's, else the scene's).
        package var axes: AxesOptions
        /// The panel's `"curves"`, sampled as f is.
        package var curves: [(curve: PanelCurve, samples: [Point2])] = []

        package var tracedLayers: [EvaluatedLayer] { layers }
    }

    package func evaluate(_ context: PanelEvaluationContext) -> Evaluated {
        var scene = context.scene
        var objective = context.objective, runs = context.runs, cache = context.cache
        if let function, let functionDimension {
            scene.function = function
            scene.dimension = functionDimension
            scene.runs = []
            objective = Objective(function.expression, dimension: functionDimension)
            runs = []
            // The shared cache is keyed by domain and holds the scene's f.
            cache = EvaluationCache()
        }
        if let domain { scene.domain = domain }
        if let axes { scene.axes = axes }
        let evaluated = SceneEvaluator.evaluateLayers(layers, scene: scene, objective: objective, runs: runs, cache: cache)
        let sampled = curves.map { (curve: $0, samples: $0.samples(over: scene.domain)) }
        var result = Evaluated(title: title, layers: evaluated,
                               domain: SceneEvaluator.plotDomain(scene, objective: objective,
                                                                 extraCurves: sampled.map(\.samples)),
                               axes: scene.axes)
        result.curves = sampled
        result.legend = legend ?? context.scene.legend
        return result
    }
}
