import GDVizEngine

/// `{"type": "constraint", "g": "x + y - 1"}`: the curve g(x, y) = 0.
package struct ConstraintLayerSpec: LayerSpecification {
    package static let kind = LayerKind(
        name: "constraint", summary: "the curve g(x, y) = 0", dimensions: 2...2,
        keys: [
            SettingKey("g", .expression(variables: ["x", "y"]), required: true, "g(x, y)"),
            SettingKey("params", .parameters, "named constants of g"),
            labelKey, colorKey,
            SettingKey("line_width", .positiveNumber, default: "2.5", "line width in device units"),
        ])

    /// g as expression text in x, y and the names in `parameters`; the reader has checked it parses.
    package var g: String
    package var parameters: [String: Double]
    package var label: String?
    package var color: SceneColor?
    package var lineWidth: Double

    package init(g: String, parameters: [String: Double] = [:], label: String? = nil, color: SceneColor? = nil,
                lineWidth: Double = 2.5) {
        self.g = g
        self.parameters = parameters
        self.label = label
        self.color = color
        self.lineWidth = lineWidth
    }

    package static func read(_ input: SpecInput) -> ConstraintLayerSpec? {
        let reader = input.reader, path = input.path
        let parameters = input["params"].map { reader.layerParameters($0, at: path.key("params"), variables: ["x", "y"]) } ?? [:]
        let g = input.required("g", expected: #"an expression in x and y such as "x + y - 1""#)
            .flatMap { reader.expressionText($0, at: path.key("g"), variables: ["x", "y"], parameters: parameters) }
        return ConstraintLayerSpec(
            g: g ?? "0", parameters: parameters, label: input.label, color: input.color,
            lineWidth: input.optional("line_width", default: 2.5, SceneReader.positiveNumber))
    }

    /// The polylines of g(x, y) = 0 over the domain.
    package struct Evaluated: EvaluatedLayerContent {
        package var spec: ConstraintLayerSpec
        package var lines: [ContourLine]
    }

    package func evaluate(_ context: LayerEvaluationContext) -> Evaluated {
        guard let g = try? MathExpression.parse(g, variables: ["x", "y"], parameters: parameters) else {
            return Evaluated(spec: self, lines: [])
        }
        return Evaluated(spec: self, lines: Self.zeroSet(Objective(g, dimension: 2), in: context.scene.domain,
                                                                  resolution: context.scene.resolution))
    }

    /// The curve g = 0: marching squares on a grid over `domain`, then each vertex moved onto the
    /// curve by up to two Newton steps along ∇g,
    ///
    ///     p ← p − g(p) ∇g(p) / ‖∇g(p)‖²,
    ///
    /// which leaves |g| at rounding level for smooth g. A step longer than one grid cell (near a
    /// critical point of g, where ∇g ≈ 0) is not taken and the interpolated vertex is kept.
    static func zeroSet(_ g: Objective, in domain: Domain, resolution: Int) -> [ContourLine] {
        let grid = g.sample(domain, columns: resolution, rows: resolution)
        let cell = max(domain.width, domain.height) / Double(resolution - 1)
        return MarchingSquares.contour(grid, level: 0).lines.map { line in
            var projected = line
            projected.points = line.points.map { start in
                var p = start
                for _ in 0..<2 {
                    let jet = g.jet(at: p)
                    let squared = jet.gx * jet.gx + jet.gy * jet.gy
                    guard jet.value != 0, squared > 0, jet.value.isFinite else { break }
                    let next = p - (jet.value / squared) * jet.gradient
                    guard next.isFinite, next.distance(to: start) <= cell else { break }
                    p = next
                }
                return p
            }
            return projected
        }
    }
}
