import GDVizEngine

/// Marks a ``KindEntry`` as a panel's.
package enum PanelStage {}

/// A kind of panel's entry in the table of kinds (``PanelTable``).
package typealias PanelKind = KindEntry<PanelStage>

extension KindEntry where Stage == PanelStage {
    /// The `title` key every panel has.
    static var titleKey: SettingKey { SettingKey("title", .string, "the panel's title; may contain $…$ math; absent: none") }
    static var legendKey: SettingKey { SettingKey(
        "legend", .oneOf([.choice(LegendPosition.allCases.map(\.rawValue)), .object("legend")]),
        "the panel's legend: a position (\"auto\", \"upper left\", …, \"outside right\", \"outside bottom\", "
            + "\"none\") or {\"position\": …, \"columns\": n}; absent: the top-level \"legend\"") }
}

/// A panel's settings: one type per kind of panel, in its own file under `GDVizScene/Panels/`,
/// listed once in ``PanelTable/all``. Its drawing lives in the rendering module, in an
/// extension of ``Evaluated``.
package protocol PanelSpecification: Sendable, Equatable {
    associatedtype Evaluated: EvaluatedPanelContent
    static var kind: PanelKind { get }
    /// Reads the panel's members (unknown keys already reported); `nil` when there is nothing to draw.
    static func read(_ input: SpecInput) -> Self?
    var title: String? { get }
    func evaluate(_ context: PanelEvaluationContext) -> Evaluated
}

/// What a panel kind's evaluation hands to the renderer.
package protocol EvaluatedPanelContent: Sendable {
    /// The layers `gdviz trace` reports for this panel.
    var tracedLayers: [EvaluatedLayer] { get }
}

extension EvaluatedPanelContent {
    package var tracedLayers: [EvaluatedLayer] { [] }
}

extension PanelSpecification {
    func isEqual(to other: any PanelSpecification) -> Bool {
        guard let other = other as? Self else { return false }
        return self == other
    }

    func evaluateErased(_ context: PanelEvaluationContext) -> any EvaluatedPanelContent {
        evaluate(context)
    }
}

/// One panel of a multi-panel figure: a value of one of the kinds in ``PanelTable``.
package struct PanelSpec: Sendable, Equatable {
    package var content: any PanelSpecification

    package init(_ content: some PanelSpecification) {
        self.content = content
    }

    package var title: String? { content.title }
    /// The spelling of the panel's `"type"`.
    package var typeName: String { kind.name }
    package var kind: PanelKind { type(of: content).kind }

    package static func == (a: PanelSpec, b: PanelSpec) -> Bool {
        a.content.isEqual(to: b.content)
    }
}

/// A panel as the engine evaluated it; the renderer casts it to the kind's `Evaluated` type.
package typealias EvaluatedPanel = any EvaluatedPanelContent

/// What a panel kind's evaluation may use.
package struct PanelEvaluationContext {
    package let scene: Scene
    package let objective: Objective
    package let runs: [EvaluatedRun]
    let cache: EvaluationCache

    /// The indices into `runs` of the runs labelled `labels`, or of every run for `nil`.
    package func runIndices(labelled labels: [String]?) -> [Int] {
        runs.indices.filter { labels?.contains(runs[$0].spec.label) ?? true }
    }

    /// The stationary set of f in the scene's domain, searched once per evaluation.
    package func stationarySet() -> StationarySet {
        cache.stationarySet(objective, scene.domain)
    }
}

/// The table of panel kinds, as ``LayerTable`` is for layers.
package enum PanelTable {
    package static var all: [any PanelSpecification.Type] {
        [PlotPanelSpec.self, IterationsPanelSpec.self, SurfacePanelSpec.self, ComputationGraphPanelSpec.self, DataPanelSpec.self]
    }

    package static var kinds: [PanelKind] { all.map { $0.kind } }

    package static func type(named name: String) -> (any PanelSpecification.Type)? {
        all.first { $0.kind.name == name }
    }
}
