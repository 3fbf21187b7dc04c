import GDVizEngine

/// `{"type": "vector", "at": [1, 2], "of": "gradient"}`: an arrow from a point.
package struct VectorLayerSpec: LayerSpecification {
    package static let kind = LayerKind(
        name: "vector", summary: "arrows of ∇f, −∇f or a fixed vector from points", dimensions: 2...2,
        keys: [
            SettingKey("at", .oneOf([.point2, .array(of: .point2)]), required: true, "the tail, or a list of tails"),
            SettingKey("of", .oneOf([.choice(["gradient", "descent"]), .point2]), required: true,
                       "∇f, −∇f, or a fixed vector [vx, vy]"),
            SettingKey("function", .expression(variables: ["x", "y"]),
                       "another function of (x, y) whose gradient to draw instead of f's"),
            SettingKey("params", .parameters, "named constants of function"),
            SettingKey("scale", .positiveNumber, default: "1", "the arrow is this times the vector, in data units"),
            labelKey, colorKey,
        ])

    /// What the arrow shows.
    package enum Direction: Sendable, Equatable {
        /// ∇f (or ∇ of `function` when given).
        case gradient
        /// −∇f (or −∇ of `function`).
        case descent
        /// A fixed vector.
        case fixed(x: Double, y: Double)
    }

    /// Tails of the arrows: one arrow per point.
    package var at: [ScenePoint]
    package var direction: Direction
    /// Another function of (x, y) whose gradient to draw instead of f's (e.g. a constraint g).
    package var function: String?
    package var parameters: [String: Double]
    /// The arrow is `scale` times the vector, in data units. Default 1.
    package var scale: Double
    package var label: String?
    package var color: SceneColor?

    package init(at: [ScenePoint], direction: Direction, function: String? = nil, parameters: [String: Double] = [:],
                scale: Double = 1, label: String? = nil, color: SceneColor? = nil) {
        self.at = at
        self.direction = direction
        self.function = function
        self.parameters = parameters
        self.scale = scale
        self.label = label
        self.color = color
    }

    package static func read(_ input: SpecInput) -> VectorLayerSpec? {
        let reader = input.reader, path = input.path
        var points: [ScenePoint] = []
        let atPath = path.key("at")
        switch input["at"] {
        case nil:
            reader.missing(atPath, expected: "a point [x, y] or a list of points [[x1, y1], [x2, y2]]")
        case .array(let items)? where items.first.map({ if case .array = $0 { return true } else { return false } }) ?? false:
            points = items.enumerated().compactMap { reader.readPoint($1, at: atPath.index($0), dimension: 2) }
        case .some(let other):
            points = reader.readPoint(other, at: atPath, dimension: 2).map { [$0] } ?? []
        }
        var direction = Direction.gradient
        let ofPath = path.key("of")
        switch input["of"] {
        case nil:
            reader.missing(ofPath, expected: #""gradient", "descent" or a vector [vx, vy]"#)
        case .string("gradient")?:
            direction = .gradient
        case .string("descent")?:
            direction = .descent
        case .array?:
            if let v = reader.readPoint(input["of"], at: ofPath, dimension: 2) { direction = .fixed(x: v.point2.x, y: v.point2.y) }
        case .some(let other):
            var message = #"expected "gradient", "descent" or a vector [vx, vy]; got \#(other.summary)"#
            if case .string(let text) = other { message += Suggestion.clause(for: text, among: ["gradient", "descent"]) }
            reader.report(ofPath, message)
        }
        let parameters = input["params"].map { reader.layerParameters($0, at: path.key("params"), variables: ["x", "y"]) } ?? [:]
        var function: String?
        if let source = input["function"] {
            if case .fixed = direction {
                input.report("function", #""function" goes with "of": "gradient" or "descent"; remove it"#)
            }
            function = reader.expressionText(source, at: path.key("function"), variables: ["x", "y"], parameters: parameters)
        } else if input["params"] != nil {
            input.report("params", #""params" names constants of "function"; give a "function" or remove it"#)
        }
        return VectorLayerSpec(
            at: points, direction: direction, function: function, parameters: parameters,
            scale: input.optional("scale", default: 1, SceneReader.positiveNumber),
            label: input.label, color: input.color)
    }

    /// One vector per tail (∇f, −∇f or the fixed vector), before `scale` is applied.
    package struct Evaluated: EvaluatedLayerContent {
        package var spec: VectorLayerSpec
        package var tails: [Point2]
        package var vectors: [Point2]
    }

    package func evaluate(_ context: LayerEvaluationContext) -> Evaluated {
        var field = context.objective
        if let source = function {
            guard let g = try? MathExpression.parse(source, variables: ["x", "y"], parameters: parameters)
            else { return Evaluated(spec: self, tails: [], vectors: []) }
            field = Objective(g, dimension: 2)
        }
        let tails = at.map(\.point2)
        let vectors = tails.map { tail -> Point2 in
            switch direction {
            case .gradient: return field.gradient(at: tail)
            case .descent: return -field.gradient(at: tail)
            case .fixed(let x, let y): return Point2(x, y)
            }
        }
        return Evaluated(spec: self, tails: tails, vectors: vectors)
    }
}
