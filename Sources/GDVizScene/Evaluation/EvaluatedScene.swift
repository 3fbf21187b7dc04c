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
    /// Isolated points, and curves of stationary points (valleys such as (x − y)²).
    case criticalPoints(CriticalPointsLayerSpec, points: [CriticalPoint], curves: [CriticalCurve])
    /// One expansion per requested order; `curves` (1-D) holds each polynomial's samples and
    /// `contours` (2-D) each approximation's level sets at `levels`.
    case taylor(TaylorLayerSpec, expansions: [TaylorExpansion], curves: [[Point2]], contours: [[ContourLevel]],
                levels: [Double])
    case graph(GraphLayerSpec, graph: ComputationGraph)
    /// The tangent at (x₀, f(x₀)) with slope f′(x₀); `line` holds the drawn segment's two ends.
    case tangent(TangentLayerSpec, point: Point2, slope: Double, line: [Point2])
    /// The secant through `from` = (x₀, f(x₀)) and `to` = (x₀ + h, f(x₀ + h)); `line` spans the domain.
    case secant(SecantLayerSpec, from: Point2, to: Point2, line: [Point2])
    /// (xᵢ, f(xᵢ)) and f′(xᵢ) (which way the graph runs there, for placing labels).
    case points(PointsLayerSpec, points: [Point2], slopes: [Double])
    case interval(IntervalLayerSpec)
    /// (a, f(a)) and (b, f(b)).
    case chord(ChordLayerSpec, from: Point2, to: Point2)
    /// The polylines of g(x, y) = 0 over the domain.
    case constraint(ConstraintLayerSpec, lines: [ContourLine])
    /// `path` samples (x(t), y(t)); `markers` and `velocities` (x′(t), y′(t)) at the spec's marker t values.
    case parametric(ParametricLayerSpec, path: [Point2], markers: [Point2], velocities: [Point2])
    /// One vector per tail (∇f, −∇f or the fixed vector), before `scale` is applied.
    case vector(VectorLayerSpec, tails: [Point2], vectors: [Point2])
    case annotation(AnnotationLayerSpec)
    /// Bands between `levels` of f sampled on `grid` (the scene's contour grid); `lines` holds the
    /// band boundaries when the spec asks for them.
    case filledContours(FilledContourLayerSpec, grid: ScalarGrid, levels: [Double], lines: [ContourLevel])
    /// ∓∇f at the cell centres, as arrows in data units.
    case gradientField(GradientFieldLayerSpec, field: GradientField)
    /// Evenly spaced curves of the gradient flow, each ordered along the spec's direction.
    case streamlines(StreamlineLayerSpec, lines: [Streamline])
}

/// A panel with what the engine computed for it.
public enum EvaluatedPanel: Sendable {
    case plot(title: String?, layers: [EvaluatedLayer], domain: Domain)
    /// `optimum` is f* for the `gap` quantity: the smallest minimum found or value reached.
    case iterations(title: String?, quantity: IterationQuantity, scale: IterationScale, runs: [Int], optimum: Double)
    /// A 3-D view of the graph of f.
    case surface(SurfacePanelSpec, EvaluatedSurface)
    /// A computation graph with its forward values and adjoints.
    case graph(title: String?, GraphLayerSpec, graph: ComputationGraph)
}

/// Everything the engine computed for a scene: the next stage only draws it.
public struct EvaluatedScene: Sendable {
    public var scene: Scene
    public var objective: Objective
    public var runs: [EvaluatedRun]
    public var panels: [EvaluatedPanel]

    /// Every plot panel's layers, in order, with each graph panel as a `graph` layer (what
    /// `gdviz trace` reports).
    public var layers: [EvaluatedLayer] {
        panels.flatMap { panel -> [EvaluatedLayer] in
            switch panel {
            case .plot(_, let layers, _): return layers
            case .graph(_, let spec, let graph): return [.graph(spec, graph: graph)]
            default: return []
            }
        }
    }

    /// The first plot panel's domain; for 1-D scenes without a value range, y is fitted to the curve.
    public var plotDomain: Domain {
        for case .plot(_, _, let domain) in panels { return domain }
        return scene.domain
    }
}
