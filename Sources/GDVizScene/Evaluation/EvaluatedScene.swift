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
}

/// Everything the engine computed for a scene: the next stage only draws it.
public struct EvaluatedScene: Sendable {
    public var scene: Scene
    public var objective: Objective
    public var runs: [EvaluatedRun]
    public var layers: [EvaluatedLayer]
    /// The plotted domain; for 1-D scenes without a value range, y is fitted to the curve.
    public var plotDomain: Domain
}
