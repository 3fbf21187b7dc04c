import GDVizEngine

/// The calculus layers: `tangent`, `secant`, `points`, `interval`, `chord` (1-D), `constraint`,
/// `parametric`, `vector` (2-D) and `annotation` (both).
extension SceneReader {
    static let tangentKeys = ["type", "at", "length", "label", "color"]
    static let secantKeys = ["type", "at", "h", "legs", "leg_labels", "label", "color"]
    static let pointsKeys = ["type", "x", "labels", "label_side", "color"]
    static let intervalKeys = ["type", "from", "to", "label", "color"]
    static let chordKeys = ["type", "from", "to", "label", "color"]
    static let constraintKeys = ["type", "g", "params", "label", "color", "line_width"]
    static let parametricKeys = ["type", "x", "y", "t", "samples", "params", "markers", "marker_labels",
                                 "marker_label_side", "velocity", "velocity_scale", "velocity_label", "label", "color"]
    static let vectorKeys = ["type", "at", "of", "function", "params", "scale", "label", "color"]
    static let annotationKeys = ["type", "text", "at", "arrow_to", "color"]

    static let parametricSampleRange = 2...20000

    /// One calculus layer whose `"type"` has been read as `kind`; `nil` for other kinds.
    func readCalculusLayer(_ kind: LayerSpec.Kind, _ value: JSONValue, at path: JSONPath) -> LayerSpec? {
        switch kind {
        case .tangent:
            guard let m = members(of: value, at: path, allowed: Self.tangentKeys) else { return nil }
            return .tangent(TangentLayerSpec(
                at: requiredAbscissa(m, "at", in: path) ?? 0,
                length: optional(m, "length", in: path, default: nil, positiveNumber),
                label: label(m, in: path), color: color(m, in: path)))
        case .secant:
            guard let m = members(of: value, at: path, allowed: Self.secantKeys) else { return nil }
            var h = 1.0
            if let value = required(m, "h", in: path, expected: "a non-zero step such as 0.5") {
                if case .number(let number) = value, number.isFinite, number != 0 {
                    h = number
                } else {
                    expected("a non-zero number", got: value, at: path.key("h"))
                }
            }
            return .secant(SecantLayerSpec(
                at: requiredAbscissa(m, "at", in: path) ?? 0, h: h,
                legs: optional(m, "legs", in: path, default: true, bool),
                legLabels: optional(m, "leg_labels", in: path, default: nil) { self.strings($0, at: $1, count: 2) },
                label: label(m, in: path), color: color(m, in: path)))
        case .points:
            guard let m = members(of: value, at: path, allowed: Self.pointsKeys) else { return nil }
            let xs = required(m, "x", in: path, expected: "an array of x values such as [-1, 0, 2]")
                .flatMap { numbers($0, at: path.key("x")) } ?? []
            return .points(PointsLayerSpec(
                x: xs,
                // Without valid x values there is no count to check the labels against.
                labels: optional(m, "labels", in: path, default: nil) {
                    self.strings($0, at: $1, count: xs.isEmpty ? nil : xs.count)
                },
                labelSide: optional(m, "label_side", in: path, default: .above) { self.choice($0, at: $1) },
                color: color(m, in: path)))
        case .interval, .chord:
            let keys = kind == .interval ? Self.intervalKeys : Self.chordKeys
            guard let m = members(of: value, at: path, allowed: keys) else { return nil }
            let a = requiredNumber(m, "from", in: path), b = requiredNumber(m, "to", in: path)
            if let a, let b, a >= b {
                report(path.key("to"), "expected a number greater than \"from\" (\(JSONValue.format(a))), got \(JSONValue.format(b))")
            }
            if kind == .interval {
                return .interval(IntervalLayerSpec(from: a ?? 0, to: b ?? 1, label: label(m, in: path),
                                                   color: color(m, in: path)))
            }
            return .chord(ChordLayerSpec(from: a ?? 0, to: b ?? 1, label: label(m, in: path), color: color(m, in: path)))
        case .constraint:
            guard let m = members(of: value, at: path, allowed: Self.constraintKeys) else { return nil }
            let parameters = m["params"].map { layerParameters($0, at: path.key("params"), variables: ["x", "y"]) } ?? [:]
            let g = required(m, "g", in: path, expected: #"an expression in x and y such as "x + y - 1""#)
                .flatMap { expressionText($0, at: path.key("g"), variables: ["x", "y"], parameters: parameters) }
            return .constraint(ConstraintLayerSpec(
                g: g ?? "0", parameters: parameters, label: label(m, in: path), color: color(m, in: path),
                lineWidth: optional(m, "line_width", in: path, default: 2.5, positiveNumber)))
        case .parametric:
            return readParametric(value, at: path)
        case .vector:
            return readVector(value, at: path)
        case .annotation:
            guard let m = members(of: value, at: path, allowed: Self.annotationKeys) else { return nil }
            let text = required(m, "text", in: path, expected: "the text to write").flatMap {
                nonEmptyText($0, at: path.key("text"))
            }
            let at = readPoint(m["at"], at: path.key("at"), dimension: 2)
            let arrow = m["arrow_to"].flatMap { readPoint($0, at: path.key("arrow_to"), dimension: 2) }
            return .annotation(AnnotationLayerSpec(text: text ?? "", at: at ?? [0, 0], arrowTo: arrow,
                                                   color: color(m, in: path)))
        default:
            return nil
        }
    }

    private func readParametric(_ value: JSONValue, at path: JSONPath) -> LayerSpec? {
        guard let m = members(of: value, at: path, allowed: Self.parametricKeys) else { return nil }
        let parameters = m["params"].map { layerParameters($0, at: path.key("params"), variables: ["t"]) } ?? [:]
        func coordinate(_ key: String) -> String? {
            required(m, key, in: path, expected: "an expression in t such as \"cos(t)\"").flatMap {
                expressionText($0, at: path.key(key), variables: ["t"], parameters: parameters)
            }
        }
        let x = coordinate("x"), y = coordinate("y")
        let range = required(m, "t", in: path, expected: "the parameter range [t_min, t_max]")
            .flatMap { interval($0, at: path.key("t")) } ?? 0...1
        let markers = m["markers"].flatMap { numbers($0, at: path.key("markers"), allowEmpty: true) } ?? []
        for (index, t) in markers.enumerated() where !range.contains(t) {
            report(path.key("markers").index(index),
                   "expected a t within \"t\" [\(JSONValue.format(range.lowerBound)), \(JSONValue.format(range.upperBound))], got \(JSONValue.format(t))")
        }
        return .parametric(ParametricLayerSpec(
            x: x ?? "0", y: y ?? "0", parameters: parameters, tMin: range.lowerBound, tMax: range.upperBound,
            samples: optional(m, "samples", in: path, default: 400) { self.integer($0, at: $1, in: Self.parametricSampleRange) },
            markers: markers,
            markerLabels: optional(m, "marker_labels", in: path, default: nil) {
                self.strings($0, at: $1, count: markers.count)
            },
            markerLabelSide: optional(m, "marker_label_side", in: path, default: .left) { self.choice($0, at: $1) },
            velocity: optional(m, "velocity", in: path, default: false, bool),
            velocityScale: optional(m, "velocity_scale", in: path, default: 1, positiveNumber),
            velocityLabel: optional(m, "velocity_label", in: path, default: nil) { self.nonEmptyText($0, at: $1) },
            label: label(m, in: path), color: color(m, in: path)))
    }

    private func readVector(_ value: JSONValue, at path: JSONPath) -> LayerSpec? {
        guard let m = members(of: value, at: path, allowed: Self.vectorKeys) else { return nil }
        var points: [[Double]] = []
        let atPath = path.key("at")
        switch m["at"] {
        case nil:
            missing(atPath, expected: "a point [x, y] or a list of points [[x1, y1], [x2, y2]]")
        case .array(let items)? where items.first.map({ if case .array = $0 { return true } else { return false } }) ?? false:
            points = items.enumerated().compactMap { readPoint($1, at: atPath.index($0), dimension: 2) }
        case .some(let other):
            points = readPoint(other, at: atPath, dimension: 2).map { [$0] } ?? []
        }
        var direction = VectorLayerSpec.Direction.gradient
        let ofPath = path.key("of")
        switch m["of"] {
        case nil:
            missing(ofPath, expected: #""gradient", "descent" or a vector [vx, vy]"#)
        case .string("gradient")?:
            direction = .gradient
        case .string("descent")?:
            direction = .descent
        case .array?:
            if let v = readPoint(m["of"], at: ofPath, dimension: 2) { direction = .fixed(x: v[0], y: v[1]) }
        case .some(let other):
            var message = #"expected "gradient", "descent" or a vector [vx, vy]; got \#(other.summary)"#
            if case .string(let text) = other { message += Suggestion.clause(for: text, among: ["gradient", "descent"]) }
            report(ofPath, message)
        }
        let parameters = m["params"].map { layerParameters($0, at: path.key("params"), variables: ["x", "y"]) } ?? [:]
        var function: String?
        if let source = m["function"] {
            if case .fixed = direction {
                report(path.key("function"), #""function" goes with "of": "gradient" or "descent"; remove it"#)
            }
            function = expressionText(source, at: path.key("function"), variables: ["x", "y"], parameters: parameters)
        } else if m["params"] != nil {
            report(path.key("params"), #""params" names constants of "function"; give a "function" or remove it"#)
        }
        return .vector(VectorLayerSpec(
            at: points, direction: direction, function: function, parameters: parameters,
            scale: optional(m, "scale", in: path, default: 1, positiveNumber),
            label: label(m, in: path), color: color(m, in: path)))
    }

    // MARK: Values

    private func label(_ m: [String: JSONValue], in path: JSONPath) -> String? {
        optional(m, "label", in: path, default: nil) { self.nonEmptyText($0, at: $1) }
    }

    private func color(_ m: [String: JSONValue], in path: JSONPath) -> String? {
        optional(m, "color", in: path, default: nil) { self.hexColor($0, at: $1) }
    }

    /// The value of a required key, reporting it missing otherwise.
    private func required(_ m: [String: JSONValue], _ key: String, in path: JSONPath, expected what: String) -> JSONValue? {
        guard let value = m[key] else {
            missing(path.key(key), expected: what)
            return nil
        }
        return value
    }

    private func requiredNumber(_ m: [String: JSONValue], _ key: String, in path: JSONPath) -> Double? {
        required(m, key, in: path, expected: "a number").flatMap { finiteNumber($0, at: path.key(key)) }
    }

    /// An x value written as a number, `1.5`, or as a 1-D point, `[1.5]`.
    private func requiredAbscissa(_ m: [String: JSONValue], _ key: String, in path: JSONPath) -> Double? {
        guard let value = required(m, key, in: path, expected: "an x value such as 1.5") else { return nil }
        if case .array(let items) = value, items.count == 1 { return finiteNumber(items[0], at: path.key(key).index(0)) }
        guard case .number(let number) = value, number.isFinite else {
            expected("an x value such as 1.5", got: value, at: path.key(key))
            return nil
        }
        return number
    }

    /// A non-empty array of finite numbers (empty allowed when asked).
    private func numbers(_ value: JSONValue, at path: JSONPath, allowEmpty: Bool = false) -> [Double]? {
        guard case .array(let items) = value, allowEmpty || !items.isEmpty else {
            expected(allowEmpty ? "an array of numbers" : "a non-empty array of numbers", got: value, at: path)
            return nil
        }
        let values = items.enumerated().compactMap { finiteNumber($1, at: path.index($0)) }
        return values.count == items.count ? values : nil
    }

    /// An array of strings, exactly `count` of them when a count is given.
    private func strings(_ value: JSONValue, at path: JSONPath, count: Int?) -> [String]? {
        guard case .array(let items) = value, count.map({ items.count == $0 }) ?? true else {
            let what = count.map { "an array of \($0) string\($0 == 1 ? "" : "s")" } ?? "an array of strings"
            expected(what, got: value, at: path)
            return nil
        }
        let texts = items.enumerated().compactMap { text($1, at: path.index($0)) }
        return texts.count == items.count ? texts : nil
    }

    /// Expression text that parses in `variables` and `parameters`; errors carry the column and a caret.
    private func expressionText(_ value: JSONValue, at path: JSONPath, variables: [String],
                                parameters: [String: Double]) -> String? {
        guard let source = string(value, at: path) else { return nil }
        do {
            _ = try MathExpression.parse(source, variables: variables, parameters: parameters)
            return source
        } catch {
            report(path, Self.message(for: error), detail: error.caretDiagram)
            return nil
        }
    }

    /// `"params"` of a layer's own expressions: named finite numbers. A bad value is kept as 0 so
    /// that the expression's use of the name is not reported a second time.
    private func layerParameters(_ value: JSONValue, at path: JSONPath, variables: [String]) -> [String: Double] {
        guard case .object(let all) = value else {
            expected(#"an object of named numbers, e.g. {"a": 1, "b": 10}"#, got: value, at: path)
            return [:]
        }
        var parameters: [String: Double] = [:]
        for name in all.keys.sorted() {
            if variables.contains(name) || name == "pi" || name == "e" || MathFunction(rawValue: name) != nil {
                report(path.key(name), "\(JSONValue.quote(name)) is a variable, constant or function name and cannot be a parameter")
                continue
            }
            parameters[name] = finiteNumber(all[name]!, at: path.key(name)) ?? 0
        }
        return parameters
    }
}
