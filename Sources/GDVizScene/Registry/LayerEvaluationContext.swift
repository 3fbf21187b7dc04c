import GDVizEngine

/// What a layer kind's ``LayerSpecification/evaluate(_:)`` may use: the panel's scene (its
/// domain already the panel's), f, the runs, the panel's other layers and the shared grid of f.
package struct LayerEvaluationContext {
    /// The scene, with the panel's domain when the panel overrides it.
    package let scene: Scene
    package let objective: Objective
    package let runs: [EvaluatedRun]
    /// The layers of the same panel, in order (a 2-D Taylor layer takes its levels from the first
    /// contour layer among them).
    package let siblings: [LayerSpec]
    let cache: EvaluationCache

    /// f sampled on the scene's `resolution` grid over the panel's domain; computed once per
    /// domain and shared by every layer that asks (so bands and contour lines coincide).
    package func sampledGrid() -> ScalarGrid {
        cache.grid(objective, scene.domain, resolution: scene.resolution)
    }

    /// The stationary set of f in the panel's domain, searched once per domain and evaluation.
    package func stationarySet() -> StationarySet {
        cache.stationarySet(objective, scene.domain)
    }

    /// The indices into `runs` of the runs labelled `labels`, or of every run for `nil`.
    package func runIndices(labelled labels: [String]?) -> [Int] {
        runs.indices.filter { labels?.contains(runs[$0].spec.label) ?? true }
    }
}
