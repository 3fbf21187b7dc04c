import GDVizEngine

/// `{"type": "grid_map", "map": ["u(x, y)", "v(x, y)"], "at": [x0, y0]}`: a map ℝ² → ℝ² shown by
/// a grid of the domain and its image, and at `at` a small square, its image and its image under
/// the Jacobian (the local linear map).
package struct GridMapLayerSpec: LayerSpecification {
    package static let kind = LayerKind(
        name: "grid_map", summary: "a map ℝ² → ℝ²: a grid, its image and the Jacobian at a point", dimensions: 2...2,
        keys: [
            SettingKey("map", .array(of: .expression(variables: ["x", "y"])), required: true,
                       "[u(x, y), v(x, y)]: the map's two components"),
            SettingKey("at", .point2, "where to show a small square, its image and the Jacobian's image of it; absent: none"),
            SettingKey("from", .domain, "the region the grid covers, as \"domain\"; absent: the panel's domain"),
            SettingKey("lines", .integer(2...60), default: "9", "grid lines per direction across the domain"),
            SettingKey("show", .choice(Show.allCases.map(\.rawValue)), default: "\"both\"",
                       "draw the grid, its image, or both (two panels can show one each)"),
            SettingKey("square", .positiveNumber, "side of the small square at `at`, in data units; absent: 1/10 of the domain's smaller side"),
            SettingKey("jacobian_label", .boolean, default: "true", "write the Jacobian matrix next to the image of the square"),
            SettingKey("params", .parameters, "named constants of the map"),
            labelKey, colorKey,
        ])

    package enum Show: String, CaseIterable, Sendable { case both, grid, image }

    /// u and v as expression text; the reader has checked they parse.
    package var map: [String]
    package var at: ScenePoint?
    package var lines: Int
    /// The grid's region; nil: the scene's top-level domain.
    package var from: Domain?
    package var show: Show
    package var square: Double?
    package var jacobianLabel: Bool
    package var parameters: [String: Double]
    package var label: String?
    package var color: SceneColor?

    package init(map: [String], at: ScenePoint? = nil, lines: Int = 9, show: Show = .both, square: Double? = nil,
                jacobianLabel: Bool = true, parameters: [String: Double] = [:], label: String? = nil, color: SceneColor? = nil) {
        self.map = map
        self.at = at
        self.lines = lines
        self.show = show
        self.square = square
        self.jacobianLabel = jacobianLabel
        self.parameters = parameters
        self.label = label
        self.color = color
    }

    package static func == (a: GridMapLayerSpec, b: GridMapLayerSpec) -> Bool {
        a.map == b.map && a.at == b.at && a.lines == b.lines && a.show == b.show && a.square == b.square
            && a.jacobianLabel == b.jacobianLabel && a.parameters == b.parameters && a.label == b.label
            && a.color == b.color && a.from?.description == b.from?.description
    }

    package static func read(_ input: SpecInput) -> GridMapLayerSpec? {
        let reader = input.reader, path = input.path
        let parameters = input["params"].map { reader.layerParameters($0, at: path.key("params"), variables: ["x", "y"]) } ?? [:]
        var map = ["x", "y"]
        let mapPath = path.key("map")
        switch input["map"] {
        case nil:
            reader.missing(mapPath, expected: #"two expressions ["u(x, y)", "v(x, y)"]"#)
        case .array(let items)? where items.count == 2:
            map = items.enumerated().map { index, item in
                reader.expressionText(item, at: mapPath.index(index), variables: ["x", "y"], parameters: parameters)
                    ?? (index == 0 ? "x" : "y")
            }
        case .some(let other):
            reader.expected(#"two expressions ["u(x, y)", "v(x, y)"]"#, got: other, at: mapPath)
        }
        let at = input["at"].flatMap { reader.readPoint($0, at: path.key("at"), dimension: 2) }
        let lines = input.optional("lines", default: 9) { reader.integer($0, at: $1, in: 2...60) }
        let show: Show = input.optional("show", default: Show.both) { reader.choice($0, at: $1) }
        let square = input["square"].flatMap { reader.positiveNumber($0, at: path.key("square")) }
        let jacobianLabel = input.optional("jacobian_label", default: true, SceneReader.bool)
        var spec = GridMapLayerSpec(map: map, at: at, lines: lines, show: show, square: square,
                                    jacobianLabel: jacobianLabel, parameters: parameters, label: input.label,
                                    color: input.color)
        spec.from = input["from"].map { reader.readDomain($0, at: path.key("from"), dimension: 2) }
        return spec
    }

    package struct Evaluated: EvaluatedLayerContent {
        package var spec: GridMapLayerSpec
        /// The grid's lines (vertical ones first) and their images, point for point.
        package var grid: [[Point2]]
        package var image: [[Point2]]
        /// At `at`: the square's outline, its exact image, and its image under the Jacobian
        /// (F(at) + J·(p − at)); the Jacobian [[∂u/∂x, ∂u/∂y], [∂v/∂x, ∂v/∂y]] and F(at).
        package var square: [Point2] = []
        package var squareImage: [Point2] = []
        package var linearImage: [Point2] = []
        package var jacobian: [[Double]]?
        package var center: Point2?
        package var centerImage: Point2?
    }

    /// Samples per grid line and per side of the square.
    static let samplesPerLine = 121

    package func evaluate(_ context: LayerEvaluationContext) -> Evaluated {
        guard let u = try? MathExpression.parse(map[0], variables: ["x", "y"], parameters: parameters),
              let v = try? MathExpression.parse(map[1], variables: ["x", "y"], parameters: parameters)
        else { return Evaluated(spec: self, grid: [], image: []) }
        let fu = Objective(u, dimension: 2), fv = Objective(v, dimension: 2)
        func apply(_ p: Point2) -> Point2 { Point2(fu.value(at: p), fv.value(at: p)) }
        let d = from ?? context.scene.domain
        let n = Self.samplesPerLine
        var grid: [[Point2]] = []
        for k in 0..<lines {
            let x = d.xMin + Double(k) / Double(lines - 1) * d.width
            grid.append((0..<n).map { Point2(x, d.yMin + Double($0) / Double(n - 1) * d.height) })
        }
        for k in 0..<lines {
            let y = d.yMin + Double(k) / Double(lines - 1) * d.height
            grid.append((0..<n).map { Point2(d.xMin + Double($0) / Double(n - 1) * d.width, y) })
        }
        var result = Evaluated(spec: self, grid: grid, image: grid.map { $0.map(apply) })
        guard let at else { return result }
        let c = at.point2
        let h = (square ?? 0.1 * min(d.width, d.height)) / 2
        let corners = [Point2(c.x - h, c.y - h), Point2(c.x + h, c.y - h), Point2(c.x + h, c.y + h), Point2(c.x - h, c.y + h)]
        var outline: [Point2] = []
        for k in 0..<4 {
            let a = corners[k], b = corners[(k + 1) % 4]
            for s in 0..<40 { outline.append(a + (Double(s) / 40) * (b - a)) }
        }
        outline.append(corners[0])
        let ju = fu.jet(at: c), jv = fv.jet(at: c)
        let jacobian = [[ju.gx, ju.gy], [jv.gx, jv.gy]]
        let fc = Point2(ju.value, jv.value)
        result.square = outline
        result.squareImage = outline.map(apply)
        result.linearImage = outline.map { p in
            let q = p - c
            return fc + Point2(jacobian[0][0] * q.x + jacobian[0][1] * q.y, jacobian[1][0] * q.x + jacobian[1][1] * q.y)
        }
        result.jacobian = jacobian
        result.center = c
        result.centerImage = fc
        return result
    }
}
