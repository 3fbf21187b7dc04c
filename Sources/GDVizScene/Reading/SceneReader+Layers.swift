/// `"layers"`: what to draw, in order.
extension SceneReader {
    static let contourKeys = ["type", "levels", "spacing", "line_width", "colormap", "labels", "label_size"]
    static let trajectoryKeys = ["type", "runs", "markers", "step_numbers"]
    static let curveKeys = ["type", "color", "line_width", "label"]
    static let criticalPointKeys = ["type", "eigen_directions"]
    static let taylorKeys = ["type", "at", "orders"]
    static let graphKeys = ["type", "at", "partials", "digits"]

    func readLayers(_ value: JSONValue?, at path: JSONPath, dimension: Int, runLabels: [String]) -> [LayerSpec] {
        guard let value else { return LayerSpec.defaults(dimension: dimension) }
        guard case .array(let items) = value else {
            expected(#"an array of layers such as [{"type": "contours"}, {"type": "trajectories"}]"#,
                     got: value, at: path)
            return []
        }
        return items.enumerated().compactMap { index, item in
            readLayer(item, at: path.index(index), dimension: dimension, runLabels: runLabels)
        }
    }

    private func readLayer(_ value: JSONValue, at path: JSONPath, dimension: Int,
                           runLabels: [String]) -> LayerSpec? {
        guard case .object(let all) = value else {
            expected(#"a layer object such as {"type": "contours"}"#, got: value, at: path)
            return nil
        }
        let typePath = path.key("type")
        guard let typeValue = all["type"], typeValue != .null else {
            missing(typePath, expected: "one of \(Self.list(LayerSpec.Kind.allCases.map(\.rawValue)))")
            return nil
        }
        guard let kind: LayerSpec.Kind = choice(typeValue, at: typePath) else { return nil }
        if !kind.dimensions.contains(dimension) {
            let other: LayerSpec.Kind? = kind == .contours ? .curve : kind == .curve ? .contours : nil
            report(typePath, "\(JSONValue.quote(kind.rawValue)) layers need a \(kind.dimensions.lowerBound)-D scene, "
                   + "but this scene is \(dimension)-D"
                   + (other.map { "; did you mean \(JSONValue.quote($0.rawValue))?" } ?? ""))
        }
        switch kind {
        case .contours:
            guard let members = members(of: value, at: path, allowed: Self.contourKeys) else { return nil }
            return .contours(readContours(members, at: path))
        case .trajectories:
            guard let members = members(of: value, at: path, allowed: Self.trajectoryKeys) else { return nil }
            return .trajectories(readTrajectories(members, at: path, runLabels: runLabels))
        case .curve:
            guard let members = members(of: value, at: path, allowed: Self.curveKeys) else { return nil }
            return .curve(CurveLayerSpec(
                color: optional(members, "color", in: path, default: nil) { self.hexColor($0, at: $1) },
                lineWidth: optional(members, "line_width", in: path, default: SceneDefaults.curveLineWidth,
                                    positiveNumber),
                label: optional(members, "label", in: path, default: nil) { self.nonEmptyText($0, at: $1) }))
        case .criticalPoints:
            guard let members = members(of: value, at: path, allowed: Self.criticalPointKeys) else { return nil }
            return .criticalPoints(CriticalPointsLayerSpec(
                eigenDirections: optional(members, "eigen_directions", in: path, default: false, bool)))
        case .taylor:
            guard let members = members(of: value, at: path, allowed: Self.taylorKeys) else { return nil }
            let at = readPoint(members["at"], at: path.key("at"), dimension: dimension)
            let maxOrder = dimension == 1 ? 30 : 8
            var orders: [Int] = []
            switch members["orders"] {
            case nil:
                missing(path.key("orders"), expected: "an array of orders such as [1, 2]")
            case .array(let items)?:
                if items.isEmpty { report(path.key("orders"), "expected at least one order, got []") }
                for (index, item) in items.enumerated() {
                    if let order = integer(item, at: path.key("orders").index(index), in: 0...maxOrder) {
                        orders.append(order)
                    }
                }
            case .some(let other):
                expected("an array of orders between 0 and \(maxOrder), such as [1, 2]", got: other,
                         at: path.key("orders"))
            }
            return .taylor(TaylorLayerSpec(at: at ?? [], orders: orders))
        case .tangent, .secant, .points, .interval, .chord, .constraint, .parametric, .vector, .annotation:
            return readCalculusLayer(kind, value, at: path)
        case .filledContours, .gradientField, .streamlines:
            return readFieldLayer(kind, value, at: path)
        case .graph:
            guard let members = members(of: value, at: path, allowed: Self.graphKeys) else { return nil }
            return .graph(readGraph(members, at: path, dimension: dimension))
        }
    }

    /// The keys of a graph layer or panel: `at` (required), `partials`, `digits`.
    func readGraph(_ members: [String: JSONValue], at path: JSONPath, dimension: Int) -> GraphLayerSpec {
        GraphLayerSpec(
            at: readPoint(members["at"], at: path.key("at"), dimension: dimension) ?? [],
            partials: optional(members, "partials", in: path, default: false, bool),
            digits: optional(members, "digits", in: path, default: SceneDefaults.graphDigits) {
                self.integer($0, at: $1, in: SceneDefaults.graphDigitsRange)
            })
    }

    /// A required point with one finite coordinate per dimension.
    func readPoint(_ value: JSONValue?, at path: JSONPath, dimension: Int) -> [Double]? {
        let shape = dimension == 1 ? "[x]" : "[x, y]"
        guard let value else {
            missing(path, expected: "a point \(shape)")
            return nil
        }
        guard case .array(let items) = value, items.count == dimension else {
            expected("an array of \(dimension) number\(dimension == 1 ? "" : "s") \(shape)", got: value, at: path)
            return nil
        }
        let coordinates = items.enumerated().compactMap { finiteNumber($1, at: path.index($0)) }
        return coordinates.count == dimension ? coordinates : nil
    }

    private func readContours(_ members: [String: JSONValue], at path: JSONPath) -> ContourLayerSpec {
        var layer = ContourLayerSpec()
        layer.levels = readLevelSpec(members, at: path)
        layer.lineWidth = optional(members, "line_width", in: path, default: layer.lineWidth, positiveNumber)
        layer.colormap = optional(members, "colormap", in: path, default: layer.colormap) { self.choice($0, at: $1) }
        layer.labels = optional(members, "labels", in: path, default: layer.labels, bool)
        layer.labelSize = optional(members, "label_size", in: path, default: nil, labelSize)
        if members["label_size"] != nil, members["labels"] == .bool(false) || members["labels"] == nil {
            report(path.key("label_size"),
                   #""label_size" applies only to labelled contours; add "labels": true or remove it"#)
        }
        return layer
    }

    /// A contour label size in device units, inside ``SceneDefaults/contourLabelSizeRange``.
    private func labelSize(_ value: JSONValue, at path: JSONPath) -> Double? {
        let range = SceneDefaults.contourLabelSizeRange
        guard case .number(let size) = value, range.contains(size) else {
            expected("a size between \(JSONValue.format(range.lowerBound)) and \(JSONValue.format(range.upperBound))",
                     got: value, at: path)
            return nil
        }
        return size
    }

    /// `levels` (a count or explicit values) and `spacing` (only with a count) of a contour-like layer.
    func readLevelSpec(_ members: [String: JSONValue], at path: JSONPath) -> LevelSpec {
        var count = SceneDefaults.contourLevelCount
        var values: [Double]?
        switch members["levels"] {
        case nil:
            break
        case .array(let items)?:
            values = readLevelValues(items, at: path.key("levels"))
        case .number?:
            count = integer(members["levels"]!, at: path.key("levels"), in: SceneDefaults.contourLevelCountRange) ?? count
        case .some(let value):
            let range = SceneDefaults.contourLevelCountRange
            expected("a count between \(range.lowerBound) and \(range.upperBound) or an array of increasing levels",
                     got: value, at: path.key("levels"))
        }
        let spacing: LevelSpacing = optional(members, "spacing", in: path, default: .linear) { self.choice($0, at: $1) }
        if let values {
            if members["spacing"] != nil {
                report(path.key("spacing"), #""spacing" applies only when "levels" is a count; remove it or give a count"#)
            }
            return .values(values)
        }
        return .count(count, spacing: spacing)
    }

    /// Explicit levels: at least one, finite, strictly increasing.
    func readLevelValues(_ items: [JSONValue], at path: JSONPath) -> [Double] {
        if items.isEmpty {
            report(path, "expected a count or at least one level, got []")
        }
        var levels: [Double] = []
        for (index, item) in items.enumerated() {
            guard let level = finiteNumber(item, at: path.index(index)) else { continue }
            if let previous = levels.last, level <= previous {
                expected("a level greater than \(JSONValue.format(previous)) (levels must increase)",
                         got: item, at: path.index(index))
                continue
            }
            levels.append(level)
        }
        return levels
    }

    func readTrajectories(_ members: [String: JSONValue], at path: JSONPath,
                                  runLabels: [String]) -> TrajectoryLayerSpec {
        var layer = TrajectoryLayerSpec()
        if let value = members["runs"] {
            layer.runLabels = readRunReferences(value, at: path.key("runs"), runLabels: runLabels)
        }
        layer.markers = optional(members, "markers", in: path, default: layer.markers, bool)
        layer.stepNumbers = optional(members, "step_numbers", in: path, default: layer.stepNumbers, bool)
        return layer
    }

    /// Labels of existing runs.
    private func readRunReferences(_ value: JSONValue, at path: JSONPath, runLabels: [String]) -> [String]? {
        guard case .array(let items) = value else {
            expected("an array of run labels", got: value, at: path)
            return nil
        }
        var labels: [String] = []
        for (index, item) in items.enumerated() {
            guard let label = string(item, at: path.index(index)) else { continue }
            guard runLabels.contains(label) else {
                let known = runLabels.isEmpty ? "the scene has no runs" : "the run labels are \(Self.list(runLabels))"
                report(path.index(index), "no run labelled \(JSONValue.quote(label)); \(known)"
                       + Suggestion.clause(for: label, among: runLabels))
                continue
            }
            labels.append(label)
        }
        return labels
    }
}
