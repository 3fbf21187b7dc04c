import GDVizEngine

/// `{"builtin": "rosenbrock", "params": {…}}`: a function of the test-function library.
extension SceneReader {
    /// The function (`nil` if it has problems) and its library entry (known whenever the name is).
    func readBuiltin(_ value: JSONValue, parameters: JSONValue?,
                             at path: JSONPath) -> (BuiltinFunction?, TestFunction?) {
        let namePath = path.key("builtin")
        let names = TestFunction.Name.allCases.map(\.rawValue)
        guard case .string(let text) = value else {
            expected("the name of a test function, one of \(Self.list(names))", got: value, at: namePath)
            return (nil, nil)
        }
        guard let definition = TestFunction.named(text) else {
            let candidates = names + TestFunction.aliases.keys.sorted()
            report(namePath, "expected one of \(Self.list(names)); got \(JSONValue.quote(text))"
                   + Suggestion.clause(for: text, among: candidates))
            return (nil, nil)
        }
        let values = parameters.map { readBuiltinParameters($0, of: definition, at: path.key("params")) }
        guard let overrides = values ?? [:] else { return (nil, definition) }
        do {
            return (try BuiltinFunction(definition.name, parameters: overrides), definition)
        } catch {
            // Names were checked above.
            report(path.key("params"), "unknown parameter \(JSONValue.quote(error.name))")
            return (nil, definition)
        }
    }

    /// The overrides, or `nil` after reporting unknown names and values that are not numbers.
    private func readBuiltinParameters(_ value: JSONValue, of definition: TestFunction,
                                       at path: JSONPath) -> [String: Double]? {
        let allowed = definition.parameters.map(\.name)
        let example = allowed.isEmpty ? "" : #", e.g. {"\#(allowed[0])": \#(JSONValue.format(definition.parameters[0].value))}"#
        guard case .object(let all) = value else {
            expected("an object of named numbers\(example)", got: value, at: path)
            return nil
        }
        var overrides: [String: Double] = [:]
        var valid = true
        let function = JSONValue.quote(definition.name.rawValue)
        for name in all.keys.sorted() where !name.hasPrefix("_") {
            let namePath = path.key(name)
            guard allowed.contains(name) else {
                let known = allowed.isEmpty ? "\(function) has no parameters"
                                            : "the parameters of \(function) are \(Self.list(allowed))"
                report(namePath, "unknown parameter \(JSONValue.quote(name)); \(known)"
                       + Suggestion.clause(for: name, among: allowed))
                valid = false
                continue
            }
            if all[name] == .null { continue }
            if let number = finiteNumber(all[name]!, at: namePath) {
                overrides[name] = number
            } else {
                valid = false
            }
        }
        return valid ? overrides : nil
    }
}
