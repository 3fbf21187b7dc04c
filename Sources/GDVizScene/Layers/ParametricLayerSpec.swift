import GDVizEngine

/// `{"type": "parametric", "x": "cos(t)", "y": "sin(t)", "t": [0, 6.283]}`: the path (x(t), y(t)).
package struct ParametricLayerSpec: LayerSpecification {
    package static let kind = LayerKind(
        name: "parametric", summary: "the path (x(t), y(t)), with marked points and velocity arrows", dimensions: 2...2,
        keys: [
            SettingKey("x", .expression(variables: ["t"]), required: true, "x(t)"),
            SettingKey("y", .expression(variables: ["t"]), required: true, "y(t)"),
            SettingKey("t", .interval, required: true, "the parameter range [t_min, t_max]"),
            SettingKey("samples", .integer(sampleRange), default: "400", "points sampled from t_min to t_max"),
            SettingKey("params", .parameters, "named constants of x(t) and y(t)"),
            SettingKey("markers", .numbers, "parameter values t whose points are marked"),
            SettingKey("marker_labels", .strings, "one label per marker"),
            SettingKey("marker_label_side", .choice(TravelSide.self), default: "\"left\"",
                       "which side of the path marker labels go, looking along increasing t"),
            SettingKey("velocity", .boolean, default: "false", "draw the velocity (x′(t), y′(t)) at each marker"),
            SettingKey("velocity_scale", .positiveNumber, default: "1", "velocity arrows are this times (x′, y′)"),
            SettingKey("velocity_label", .nonEmptyString, "written beyond the first velocity arrow's tip"),
            labelKey, colorKey,
        ])

    static let sampleRange = 2...20000


    /// x(t) and y(t) as expression text in t and the names in `parameters`.
    package var x: String
    package var y: String
    package var parameters: [String: Double]
    package var tMin: Double
    package var tMax: Double
    /// Points sampled from tMin to tMax, both included. Default 400.
    package var samples: Int
    /// Parameter values t whose points (x(t), y(t)) are marked.
    package var markers: [Double]
    /// One label per marker, or `nil`.
    package var markerLabels: [String]?
    /// Default `left` of the direction of travel.
    package var markerLabelSide: TravelSide
    /// Draw the velocity (x′(t), y′(t)) at each marker. Default `false`.
    package var velocity: Bool
    /// Velocity arrows are `velocityScale` times (x′(t), y′(t)), in data units. Default 1.
    package var velocityScale: Double
    /// Written beyond the first velocity arrow's tip.
    package var velocityLabel: String?
    package var label: String?
    package var color: SceneColor?

    package init(x: String, y: String, parameters: [String: Double] = [:], tMin: Double, tMax: Double,
                samples: Int = 400, markers: [Double] = [], markerLabels: [String]? = nil,
                markerLabelSide: TravelSide = .left, velocity: Bool = false, velocityScale: Double = 1,
                velocityLabel: String? = nil, label: String? = nil, color: SceneColor? = nil) {
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

    package static func read(_ input: SpecInput) -> ParametricLayerSpec? {
        let reader = input.reader, path = input.path
        let parameters = input["params"].map { reader.layerParameters($0, at: path.key("params"), variables: ["t"]) } ?? [:]
        func coordinate(_ key: String) -> String? {
            input.required(key, expected: "an expression in t such as \"cos(t)\"").flatMap {
                reader.expressionText($0, at: path.key(key), variables: ["t"], parameters: parameters)
            }
        }
        let x = coordinate("x"), y = coordinate("y")
        let range = input.required("t", expected: "the parameter range [t_min, t_max]")
            .flatMap { reader.interval($0, at: path.key("t")) } ?? 0...1
        let markers = input["markers"].flatMap { reader.numbers($0, at: path.key("markers"), allowEmpty: true) } ?? []
        for (index, t) in markers.enumerated() where !range.contains(t) {
            reader.report(path.key("markers").index(index),
                          "expected a t within \"t\" [\(JSONValue.format(range.lowerBound)), \(JSONValue.format(range.upperBound))], got \(JSONValue.format(t))")
        }
        return ParametricLayerSpec(
            x: x ?? "0", y: y ?? "0", parameters: parameters, tMin: range.lowerBound, tMax: range.upperBound,
            samples: input.optional("samples", default: 400) { reader.integer($0, at: $1, in: Self.sampleRange) },
            markers: markers,
            markerLabels: input.optional("marker_labels", default: nil) { reader.texts($0, at: $1, count: markers.count) },
            markerLabelSide: input.optional("marker_label_side", default: .left) { reader.choice($0, at: $1) },
            velocity: input.optional("velocity", default: false, SceneReader.bool),
            velocityScale: input.optional("velocity_scale", default: 1, SceneReader.positiveNumber),
            velocityLabel: input.optional("velocity_label", default: nil, SceneReader.nonEmptyText),
            label: input.label, color: input.color)
    }

    /// `path` samples (x(t), y(t)); `markers` and `velocities` (x′(t), y′(t)) at the spec's marker t values.
    package struct Evaluated: EvaluatedLayerContent {
        package var spec: ParametricLayerSpec
        package var path: [Point2]
        package var markers: [Point2]
        package var velocities: [Point2]
    }

    /// Samples (x(t), y(t)) at `samples` equally spaced t from tMin to tMax, both included, and the
    /// markers' points and exact velocities (x′(t), y′(t)).
    package func evaluate(_ context: LayerEvaluationContext) -> Evaluated {
        guard let x = try? MathExpression.parse(x, variables: ["t"], parameters: parameters),
              let y = try? MathExpression.parse(y, variables: ["t"], parameters: parameters)
        else { return Evaluated(spec: self, path: [], markers: [], velocities: []) }
        func point(_ t: Double) -> Point2 { Point2(x.value(at: [t]), y.value(at: [t])) }
        let count = max(2, samples)
        let path = (0..<count).map { k -> Point2 in
            // The last sample is exactly tMax, whatever rounding the step has.
            let t = k == count - 1 ? tMax : tMin + Double(k) * (tMax - tMin) / Double(count - 1)
            return point(t)
        }
        let velocities = markers.map { t -> Point2 in
            let variable = [Jet2.variable(0, t)]
            return Point2(x.program.evaluate(variable).gx, y.program.evaluate(variable).gx)
        }
        return Evaluated(spec: self, path: path, markers: markers.map(point), velocities: velocities)
    }
}

/// Which side of a path a marker's label goes, looking along the direction of increasing t.
package enum TravelSide: String, Sendable, CaseIterable, Codable {
    case left, right
}
