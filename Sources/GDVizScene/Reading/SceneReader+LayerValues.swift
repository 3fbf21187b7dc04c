import GDVizEngine

/// Values that several layer kinds read: x values, arrays, expressions and their parameters.
extension SceneReader {
    /// One of `names`, with a suggestion when the string is close to one.
    func choice(_ value: JSONValue, among names: [String], at path: JSONPath) -> String? {
        if case .string(let text) = value, names.contains(text) { return text }
        var message = "expected one of \(Self.list(names)); got \(value.summary)"
        if case .string(let text) = value { message += Suggestion.clause(for: text, among: names) }
        report(path, message)
        return nil
    }

    /// `from` and `to` of an interval-like layer, with `from < to`.
    func readFromTo(_ input: SpecInput) -> (Double?, Double?) {
        func number(_ key: String) -> Double? {
            input.required(key, expected: "a number").flatMap { finiteNumber($0, at: input.path.key(key)) }
        }
        let a = number("from"), b = number("to")
        if let a, let b, a >= b {
            input.report("to", "expected a number greater than \"from\" (\(JSONValue.format(a))), got \(JSONValue.format(b))")
        }
        return (a, b)
    }

    /// An x value written as a number, `1.5`, or as a 1-D point, `[1.5]`.
    func requiredAbscissa(_ m: [String: JSONValue], _ key: String, in path: JSONPath) -> Double? {
        guard let value = m[key] else {
            missing(path.key(key), expected: "an x value such as 1.5")
            return nil
        }
        if case .array(let items) = value, items.count == 1 { return finiteNumber(items[0], at: path.key(key).index(0)) }
        guard case .number(let number) = value, number.isFinite else {
            expected("an x value such as 1.5", got: value, at: path.key(key))
            return nil
        }
        return number
    }

    /// A non-empty array of finite numbers (empty allowed when asked).
    func numbers(_ value: JSONValue, at path: JSONPath, allowEmpty: Bool = false) -> [Double]? {
        guard case .array(let items) = value, allowEmpty || !items.isEmpty else {
            expected(allowEmpty ? "an array of numbers" : "a non-empty array of numbers", got: value, at: path)
            return nil
        }
        let values = items.enumerated().compactMap { finiteNumber($1, at: path.index($0)) }
        return values.count == items.count ? values : nil
    }

    /// An array of strings, exactly `count` of them when a count is given.
    func strings(_ value: JSONValue, at path: JSONPath, count: Int?) -> [String]? {
        guard case .array(let items) = value, count.map({ items.count == $0 }) ?? true else {
            let what = count.map { "an array of \($0) string\($0 == 1 ? "" : "s")" } ?? "an array of strings"
            expected(what, got: value, at: path)
            return nil
        }
        let texts = items.enumerated().compactMap { string($1, at: path.index($0)) }
        return texts.count == items.count ? texts : nil
    }

    /// Expression text that parses in `variables` and `parameters`; errors carry the column and a caret.
    func expressionText(_ value: JSONValue, at path: JSONPath, variables: [String],
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
    func layerParameters(_ value: JSONValue, at path: JSONPath, variables: [String]) -> [String: Double] {
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
