/// One thing drawn in the plot area. Layers are drawn in the order of the scene's `layers`.
public enum LayerSpec: Sendable, Equatable {
    /// Level curves of f (2-D only).
    case contours(ContourLayerSpec)
    /// The iterates of optimizer runs, as polylines with optional markers.
    case trajectories(TrajectoryLayerSpec)
    /// The graph of f (1-D only).
    case curve(CurveLayerSpec)
    case criticalPoints(CriticalPointsLayerSpec)
    case taylor(TaylorLayerSpec)
    case graph(GraphLayerSpec)
    /// Calculus figures (see CalculusLayerSpecs.swift).
    case tangent(TangentLayerSpec)
    case secant(SecantLayerSpec)
    case points(PointsLayerSpec)
    case interval(IntervalLayerSpec)
    case chord(ChordLayerSpec)
    case constraint(ConstraintLayerSpec)
    case parametric(ParametricLayerSpec)
    case vector(VectorLayerSpec)
    case annotation(AnnotationLayerSpec)
    /// Gradient figures (2-D only): filled bands between levels, arrows of ∇f, flow lines.
    case filledContours(FilledContourLayerSpec)
    case gradientField(GradientFieldLayerSpec)
    case streamlines(StreamlineLayerSpec)

    /// The spelling of each layer's `"type"` in scene files.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case contours, trajectories, curve
        case criticalPoints = "critical_points"
        case taylor, graph
        case tangent, secant, points, interval, chord, constraint, parametric, vector, annotation
        case filledContours = "filled_contours", gradientField = "gradient_field", streamlines

        /// The scene dimensions in which this layer makes sense.
        public var dimensions: ClosedRange<Int> {
            switch self {
            case .contours: 2...2
            case .trajectories: 1...2
            case .curve: 1...1
            case .criticalPoints, .taylor, .graph: 1...2
            case .tangent, .secant, .points, .interval, .chord: 1...1
            case .constraint, .parametric, .vector: 2...2
            case .annotation: 1...2
            case .filledContours, .gradientField, .streamlines: 2...2
            }
        }
    }

    public var kind: Kind {
        switch self {
        case .contours: .contours
        case .trajectories: .trajectories
        case .curve: .curve
        case .criticalPoints: .criticalPoints
        case .taylor: .taylor
        case .graph: .graph
        case .tangent: .tangent
        case .secant: .secant
        case .points: .points
        case .interval: .interval
        case .chord: .chord
        case .constraint: .constraint
        case .parametric: .parametric
        case .vector: .vector
        case .annotation: .annotation
        case .filledContours: .filledContours
        case .gradientField: .gradientField
        case .streamlines: .streamlines
        }
    }

    /// The layers of a scene without `"layers"`: contours then trajectories in 2-D,
    /// the curve then trajectories in 1-D.
    public static func defaults(dimension: Int) -> [LayerSpec] {
        dimension == 1
            ? [.curve(CurveLayerSpec()), .trajectories(TrajectoryLayerSpec())]
            : [.contours(ContourLayerSpec()), .trajectories(TrajectoryLayerSpec())]
    }
}

/// The iterates of some or all runs.
public struct TrajectoryLayerSpec: Sendable, Equatable {
    /// The labels of the runs to draw, or `nil` for every run.
    public var runLabels: [String]?
    /// Mark each iterate with a dot. Default `true`.
    public var markers: Bool
    /// Write the step number k beside each iterate x_k. Default `false`.
    public var stepNumbers: Bool

    public init(runLabels: [String]? = nil, markers: Bool = true, stepNumbers: Bool = false) {
        self.runLabels = runLabels
        self.markers = markers
        self.stepNumbers = stepNumbers
    }
}

/// The graph of a 1-D function.
public struct CurveLayerSpec: Sendable, Equatable {
    /// Line color as lowercase `#rrggbb`, or `nil` for the renderer's default.
    public var color: String?
    /// Line width in device units. Default 1.5.
    public var lineWidth: Double
    /// The curve's legend entry, e.g. `"$f(x) = \\sin x$"`; `nil` gives it none.
    public var label: String?

    public init(color: String? = nil, lineWidth: Double = SceneDefaults.curveLineWidth, label: String? = nil) {
        self.color = color
        self.lineWidth = lineWidth
        self.label = label
    }
}
