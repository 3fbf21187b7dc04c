/// `"layers"`: what to draw, in order.
extension SceneReader {

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
        let names = LayerTable.kinds.map(\.name)
        guard let typeValue = all["type"], typeValue != .null else {
            missing(typePath, expected: "one of \(Self.list(names))")
            return nil
        }
        guard let name = choice(typeValue, among: names, at: typePath), let type = LayerTable.type(named: name)
        else { return nil }
        let kind = type.kind
        if !kind.dimensions.contains(dimension) {
            let other = kind.name == "contours" ? "curve" : kind.name == "curve" ? "contours" : nil
            report(typePath, "\(JSONValue.quote(kind.name)) layers need a \(kind.dimensions.lowerBound)-D scene, "
                   + "but this scene is \(dimension)-D"
                   + (other.map { "; did you mean \(JSONValue.quote($0))?" } ?? ""))
        }
        guard let members = members(of: value, at: path, allowed: kind.allowedKeys) else { return nil }
        let input = SpecInput(reader: self, members: members, path: path, dimension: dimension, runLabels: runLabels)
        return Self.read(type, input)
    }

    private static func read<Kind: LayerSpecification>(_ type: Kind.Type, _ input: SpecInput) -> LayerSpec? {
        Kind.read(input).map(LayerSpec.init)
    }

    /// The keys of a graph layer or panel: `at` (required), `partials`, `digits`.
    func readGraph(_ members: [String: JSONValue], at path: JSONPath, dimension: Int) -> ComputationGraphLayerSpec {
        ComputationGraphLayerSpec(
            at: readPoint(members["at"], at: path.key("at"), dimension: dimension) ?? .origin(dimension: dimension),
            partials: optional(members, "partials", in: path, default: false, bool),
            digits: optional(members, "digits", in: path, default: SceneDefaults.graphDigits) {
                self.integer($0, at: $1, in: SceneDefaults.graphDigitsRange)
            })
    }

    /// A contour label size in device units, inside ``SceneDefaults/contourLabelSizeRange``.
    func labelSize(_ value: JSONValue, at path: JSONPath) -> Double? {
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

    /// Labels of existing runs.
    func readRunReferences(_ value: JSONValue, at path: JSONPath, runLabels: [String]) -> [String]? {
        guard case .array(let items) = value else {
            expected("an array of run labels", got: value, at: path)
            return nil
        }
        var labels: [String] = []
        for (index, item) in items.enumerated() {
            guard let name = string(item, at: path.index(index)) else { continue }
            // A run's id, or its label (ids win: an id never equals another run's label).
            if let label = runIDs[name] ?? (runLabels.contains(name) ? name : nil) {
                labels.append(label)
                continue
            }
            let ids = runIDs.keys.sorted()
            var known = runLabels.isEmpty ? "the scene has no runs" : "the run labels are \(Self.list(runLabels))"
            if !ids.isEmpty { known += " and the run ids \(Self.list(ids))" }
            let what = ids.isEmpty ? "no run labelled" : "no run with id or label"
            report(path.index(index), "\(what) \(JSONValue.quote(name)); \(known)"
                   + Suggestion.clause(for: name, among: ids + runLabels))
        }
        return labels
    }
}
