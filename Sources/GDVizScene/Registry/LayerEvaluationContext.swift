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
    let grids: GridCache

    /// f sampled on the scene's `resolution` grid over the panel's domain; computed once per
    /// domain and shared by every layer that asks (so bands and contour lines coincide).
    package func sampledGrid() -> ScalarGrid {
        let key = scene.domain.description
        if let grid = grids.grids[key] { return grid }
        let grid = objective.sample(scene.domain, columns: scene.resolution, rows: scene.resolution)
        grids.grids[key] = grid
        return grid
    }

    /// The indices into `runs` of the runs labelled `labels`, or of every run for `nil`.
    package func runIndices(labelled labels: [String]?) -> [Int] {
        runs.indices.filter { labels?.contains(runs[$0].spec.label) ?? true }
    }
}

/// Grids of f by domain, shared by the panels of one evaluation.
final class GridCache {
    var grids: [String: ScalarGrid] = [:]
}
