import GDVizEngine

/// An optimizer run together with the iterates the engine computed for it.
public struct EvaluatedRun: Sendable {
    public var spec: RunSpec
    public var trajectory: Trajectory
    /// With `"repeat": n`, the runs with seeds seed + 1 … seed + n − 1 (`trajectory` has `seed`).
    public var repeats: [Trajectory] = []

    /// Every seed's trajectory, `trajectory` first.
    public var allTrajectories: [Trajectory] { [trajectory] + repeats }
}

/// Everything the engine computed for a scene: the next stage only draws it.
public struct EvaluatedScene: Sendable {
    public var scene: Scene
    public var objective: Objective
    public var runs: [EvaluatedRun]
    public var panels: [EvaluatedPanel]

    /// Every plot panel's layers, in order, with each graph panel's graph (what `gdviz trace` reports).
    public var layers: [EvaluatedLayer] {
        panels.flatMap(\.tracedLayers)
    }

    /// The first plot panel's domain; for 1-D scenes without a value range, y is fitted to the curve.
    public var plotDomain: Domain {
        panels.lazy.compactMap { ($0 as? PlotPanelSpec.Evaluated)?.domain }.first ?? scene.domain
    }
}
