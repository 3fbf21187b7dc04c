import GDVizEngine

/// `{"type": "taylor", "at": [1, 2], "orders": [1, 2]}`: Taylor approximations of f around a point.
package struct TaylorLayerSpec: LayerSpecification {
    package static let kind = LayerKind(
        name: "taylor", summary: "Taylor approximations of f around a point (2-D: their contours)", dimensions: 1...2,
        keys: [
            SettingKey("at", .point, required: true, "the expansion point, one number per dimension"),
            SettingKey("orders", .array(of: .integer(0...30)), required: true,
                       "the orders (degrees) to expand to, 0…30 in 1-D and 0…8 in 2-D"),
        ])

    /// The expansion point, one number per dimension.
    package var at: ScenePoint
    /// Orders (degrees) to expand to, each 0...30 (2-D: 0...8).
    package var orders: [Int]

    package init(at: ScenePoint, orders: [Int]) {
        self.at = at
        self.orders = orders
    }

    package static func read(_ input: SpecInput) -> TaylorLayerSpec? {
        let reader = input.reader, path = input.path
        let at = reader.readPoint(input["at"], at: path.key("at"), dimension: input.dimension)
        let maxOrder = input.dimension == 1 ? 30 : 8
        var orders: [Int] = []
        switch input["orders"] {
        case nil:
            reader.missing(path.key("orders"), expected: "an array of orders such as [1, 2]")
        case .array(let items)?:
            if items.isEmpty { input.report("orders", "expected at least one order, got []") }
            for (index, item) in items.enumerated() {
                if let order = reader.integer(item, at: path.key("orders").index(index), in: 0...maxOrder) {
                    orders.append(order)
                }
            }
        case .some(let other):
            reader.expected("an array of orders between 0 and \(maxOrder), such as [1, 2]", got: other,
                            at: path.key("orders"))
        }
        return TaylorLayerSpec(at: at ?? .origin(dimension: input.dimension), orders: orders)
    }

    /// One expansion per requested order; `curves` (1-D) holds each polynomial's samples and
    /// `contours` (2-D) each approximation's level sets at `levels`.
    package struct Evaluated: EvaluatedLayerContent {
        package var spec: TaylorLayerSpec
        package var expansions: [TaylorExpansion]
        package var curves: [[Point2]]
        package var contours: [[ContourLevel]]
        package var levels: [Double]
    }

    /// Expansions at each order; 1-D gets curves over the domain, 2-D gets contours of each
    /// approximation at the levels of the panel's first contour layer (or 12 linear levels).
    package func evaluate(_ context: LayerEvaluationContext) -> Evaluated {
        let scene = context.scene
        let center = at.point2
        let expansions = orders.map { Taylor.expand(context.objective, at: center, order: $0) }
        guard scene.dimension == 2 else {
            let samples = SceneEvaluator.curveSamples
            let curves = expansions.map { expansion in
                (0..<samples).map { k -> Point2 in
                    let x = scene.domain.xMin + Double(k) * scene.domain.width / Double(samples - 1)
                    return Point2(x, expansion.value(at: [x]))
                }
            }
            return Evaluated(spec: self, expansions: expansions, curves: curves, contours: [], levels: [])
        }
        let grid = context.sampledGrid()
        let levelSpec = context.siblings.lazy.compactMap { $0.content as? ContourLayerSpec }.first?.levels
            ?? .count(SceneDefaults.contourLevelCount, spacing: .linear)
        let values = SceneEvaluator.levels(levelSpec, grid: grid)
        let contours = expansions.map { expansion in
            let approximation = ScalarGrid(domain: scene.domain, columns: scene.resolution, rows: scene.resolution) {
                expansion.value(at: Point2($0, $1))
            }
            return MarchingSquares.contours(approximation, levels: values)
        }
        return Evaluated(spec: self, expansions: expansions, curves: [], contours: contours, levels: values)
    }
}
