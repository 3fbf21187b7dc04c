/// Layers for calculus figures: tangents, secants, chords and marked points on a 1-D graph;
/// constraint curves, parametric paths and vectors in the plane; free annotations.
/// Every `color` is lowercase `#rrggbb` or `nil` for the layer's default, every `label` may
/// contain `$…$` math and is drawn next to what it names.

/// `{"type": "tangent", "at": 1}`: the line f(x₀) + f′(x₀)(x − x₀) with (x₀, f(x₀)) marked.
public struct TangentLayerSpec: Sendable, Equatable {
    public var at: Double
    /// Extent of the drawn line in x, centred on x₀; `nil` draws it across the whole domain.
    public var length: Double?
    public var label: String?
    public var color: String?

    public init(at: Double, length: Double? = nil, label: String? = nil, color: String? = nil) {
        self.at = at
        self.length = length
        self.label = label
        self.color = color
    }
}

/// `{"type": "secant", "at": 1, "h": 0.5}`: the line through (x₀, f(x₀)) and (x₀ + h, f(x₀ + h)).
public struct SecantLayerSpec: Sendable, Equatable {
    public var at: Double
    /// The step h, non-zero (negative steps go left).
    public var h: Double
    /// Draw the dashed legs Δx = h and Δy = f(x₀ + h) − f(x₀). Default `true`.
    public var legs: Bool
    /// Labels of the two legs, Δx first; `nil` writes none.
    public var legLabels: [String]?
    public var label: String?
    public var color: String?

    public init(at: Double, h: Double, legs: Bool = true, legLabels: [String]? = nil, label: String? = nil,
                color: String? = nil) {
        self.at = at
        self.h = h
        self.legs = legs
        self.legLabels = legLabels
        self.label = label
        self.color = color
    }
}

/// Which side of a 1-D graph a point's label goes, along the graph's normal.
public enum GraphSide: String, Sendable, CaseIterable, Codable {
    case above, below
}

/// Which side of a path a marker's label goes, looking along the direction of increasing t.
public enum TravelSide: String, Sendable, CaseIterable, Codable {
    case left, right
}

/// `{"type": "points", "x": [-1, 1]}`: markers at (xᵢ, f(xᵢ)).
public struct PointsLayerSpec: Sendable, Equatable {
    public var x: [Double]
    /// One label per point, or `nil` for none.
    public var labels: [String]?
    /// Default `above`.
    public var labelSide: GraphSide
    public var color: String?

    public init(x: [Double], labels: [String]? = nil, labelSide: GraphSide = .above, color: String? = nil) {
        self.x = x
        self.labels = labels
        self.labelSide = labelSide
        self.color = color
    }
}

/// `{"type": "interval", "from": 0, "to": 1}`: a shaded vertical band a ≤ x ≤ b.
public struct IntervalLayerSpec: Sendable, Equatable {
    public var from: Double
    public var to: Double
    public var label: String?
    public var color: String?

    public init(from: Double, to: Double, label: String? = nil, color: String? = nil) {
        self.from = from
        self.to = to
        self.label = label
        self.color = color
    }
}

/// `{"type": "chord", "from": -1, "to": 2}`: the segment from (a, f(a)) to (b, f(b)).
public struct ChordLayerSpec: Sendable, Equatable {
    public var from: Double
    public var to: Double
    public var label: String?
    public var color: String?

    public init(from: Double, to: Double, label: String? = nil, color: String? = nil) {
        self.from = from
        self.to = to
        self.label = label
        self.color = color
    }
}

/// `{"type": "constraint", "g": "x + y - 1"}`: the curve g(x, y) = 0.
public struct ConstraintLayerSpec: Sendable, Equatable {
    /// g as expression text in x, y and the names in `parameters`; the reader has checked it parses.
    public var g: String
    public var parameters: [String: Double]
    public var label: String?
    public var color: String?
    public var lineWidth: Double

    public init(g: String, parameters: [String: Double] = [:], label: String? = nil, color: String? = nil,
                lineWidth: Double = 2.5) {
        self.g = g
        self.parameters = parameters
        self.label = label
        self.color = color
        self.lineWidth = lineWidth
    }
}

/// `{"type": "parametric", "x": "cos(t)", "y": "sin(t)", "t": [0, 6.283]}`: the path (x(t), y(t)).
public struct ParametricLayerSpec: Sendable, Equatable {
    /// x(t) and y(t) as expression text in t and the names in `parameters`.
    public var x: String
    public var y: String
    public var parameters: [String: Double]
    public var tMin: Double
    public var tMax: Double
    /// Points sampled from tMin to tMax, both included. Default 400.
    public var samples: Int
    /// Parameter values t whose points (x(t), y(t)) are marked.
    public var markers: [Double]
    /// One label per marker, or `nil`.
    public var markerLabels: [String]?
    /// Default `left` of the direction of travel.
    public var markerLabelSide: TravelSide
    /// Draw the velocity (x′(t), y′(t)) at each marker. Default `false`.
    public var velocity: Bool
    /// Velocity arrows are `velocityScale` times (x′(t), y′(t)), in data units. Default 1.
    public var velocityScale: Double
    /// Written beyond the first velocity arrow's tip.
    public var velocityLabel: String?
    public var label: String?
    public var color: String?

    public init(x: String, y: String, parameters: [String: Double] = [:], tMin: Double, tMax: Double,
                samples: Int = 400, markers: [Double] = [], markerLabels: [String]? = nil,
                markerLabelSide: TravelSide = .left, velocity: Bool = false, velocityScale: Double = 1,
                velocityLabel: String? = nil, label: String? = nil, color: String? = nil) {
        self.x = x
        self.y = y
        self.parameters = parameters
        self.tMin = tMin
        self.tMax = tMax
        self.samples = samples
        self.markers = markers
        self.markerLabels = markerLabels
        self.markerLabelSide = markerLabelSide
        self.velocity = velocity
        self.velocityScale = velocityScale
        self.velocityLabel = velocityLabel
        self.label = label
        self.color = color
    }
}

/// `{"type": "vector", "at": [1, 2], "of": "gradient"}`: an arrow from a point.
public struct VectorLayerSpec: Sendable, Equatable {
    /// What the arrow shows.
    public enum Direction: Sendable, Equatable {
        /// ∇f (or ∇ of `function` when given).
        case gradient
        /// −∇f (or −∇ of `function`).
        case descent
        /// A fixed vector.
        case fixed(x: Double, y: Double)
    }

    /// Tails of the arrows: one arrow per point.
    public var at: [[Double]]
    public var direction: Direction
    /// Another function of (x, y) whose gradient to draw instead of f's (e.g. a constraint g).
    public var function: String?
    public var parameters: [String: Double]
    /// The arrow is `scale` times the vector, in data units. Default 1.
    public var scale: Double
    public var label: String?
    public var color: String?

    public init(at: [[Double]], direction: Direction, function: String? = nil, parameters: [String: Double] = [:],
                scale: Double = 1, label: String? = nil, color: String? = nil) {
        self.at = at
        self.direction = direction
        self.function = function
        self.parameters = parameters
        self.scale = scale
        self.label = label
        self.color = color
    }
}

/// `{"type": "annotation", "text": "minimum", "at": [1, 2], "arrow_to": [0, 0]}`: text in data
/// coordinates (1-D: x and the value axis), centred on `at`, with an optional arrow.
public struct AnnotationLayerSpec: Sendable, Equatable {
    public var text: String
    public var at: [Double]
    public var arrowTo: [Double]?
    public var color: String?

    public init(text: String, at: [Double], arrowTo: [Double]? = nil, color: String? = nil) {
        self.text = text
        self.at = at
        self.arrowTo = arrowTo
        self.color = color
    }
}
