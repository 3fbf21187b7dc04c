import GDVizEngine

/// An optimizer run together with the iterates the engine computed for it.
package struct EvaluatedRun: Sendable {
    package var spec: RunSpec
    package var trajectory: Trajectory
    /// With `"repeat": n`, the runs with seeds seed + 1 … seed + n − 1 (`trajectory` has `seed`).
    package var repeats: [Trajectory] = []

    /// Every seed's trajectory, `trajectory` first.
    package var allTrajectories: [Trajectory] { [trajectory] + repeats }
}

/// Everything the engine computed for a scene: the next stage only draws it.
package struct EvaluatedScene: Sendable {
    package var scene: Scene
    package var objective: Objective
    package var runs: [EvaluatedRun]
    package var panels: [EvaluatedPanel]

    /// Every plot panel's layers, in order, with each graph panel's graph (what `gdviz trace` reports).
    package var layers: [EvaluatedLayer] {
        panels.flatMap(\.tracedLayers)
    }

    /// The first plot panel's domain; for 1-D scenes without a value range, y is fitted to the curve.
    package var plotDomain: Domain {
        panels.lazy.compactMap { ($0 as? PlotPanelSpec.Evaluated)?.domain }.first ?? scene.domain
    }
}
