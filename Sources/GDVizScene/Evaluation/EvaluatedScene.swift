import GDVizEngine

/// An optimizer run together with the iterates the engine computed for it.
public struct EvaluatedRun: Sendable {
    public var spec: RunSpec
    public var trajectory: Trajectory
}

/// A layer with the engine results it draws.
public enum EvaluatedLayer: Sendable {
    case contours(ContourLayerSpec, levels: [ContourLevel])
    /// Indices into `EvaluatedScene.runs`.
    case trajectories(TrajectoryLayerSpec, runs: [Int])
    case curve(CurveLayerSpec, samples: [Point2])
    case criticalPoints(CriticalPointsLayerSpec, points: [CriticalPoint])
    /// One expansion per requested order; `curves` (1-D) holds each polynomial's samples and
    /// `contours` (2-D) each approximation's level sets at `levels`.
    case taylor(TaylorLayerSpec, expansions: [TaylorExpansion], curves: [[Point2]], contours: [[ContourLevel]],
                levels: [Double])
    case graph(GraphLayerSpec, graph: ComputationGraph)
}

/// A panel with what the engine computed for it.
public enum EvaluatedPanel: Sendable {
    case plot(title: String?, layers: [EvaluatedLayer], domain: Domain)
    /// `optimum` is f* for the `gap` quantity: the smallest minimum found or value reached.
    case iterations(title: String?, quantity: IterationQuantity, scale: IterationScale, runs: [Int], optimum: Double)
}

/// Everything the engine computed for a scene: the next stage only draws it.
public struct EvaluatedScene: Sendable {
    public var scene: Scene
    public var objective: Objective
    public var runs: [EvaluatedRun]
    public var panels: [EvaluatedPanel]

    /// Every plot panel's layers, in order (what `gdviz trace` reports).
    public var layers: [EvaluatedLayer] {
        panels.flatMap { panel -> [EvaluatedLayer] in
            if case .plot(_, let layers, _) = panel { return layers }
            return []
        }
    }

    /// The first plot panel's domain; for 1-D scenes without a value range, y is fitted to the curve.
    public var plotDomain: Domain {
        for case .plot(_, _, let domain) in panels { return domain }
        return scene.domain
    }
}
