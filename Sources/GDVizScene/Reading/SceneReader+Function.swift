import GDVizEngine

/// What the reader learned from `"function"` and `"dimension"`, also when they have problems,
/// so that the domain, axes and runs can still be checked sensibly.
struct FunctionReading {
    /// Which form `"function"` has, or `nil` when it is missing or has no recognisable form.
    enum Form: Equatable {
        case expression, quadratic, builtin, leastSquares

        /// How messages name the form: `this scene's function is an expression`.
        var description: String {
            switch self {
            case .expression: "an expression"
            case .quadratic: "a quadratic form"
            case .builtin: "a built-in test function"
            case .leastSquares: "a least-squares loss"
            }
        }
    }

    /// The function, or `nil` if it has problems.
    var source: FunctionSource?
    /// Always 1 or 2: a best guess when the file has problems.
    var dimension: Int
    var form: Form?
    /// The region to use when the scene gives no `"domain"` (built-in test functions).
    var defaultDomain: Domain?
}

/// `"function"` and `"dimension"`, read together: the dimension defaults to what the function uses.
extension SceneReader {
    /// The expression text as found in the file, before parsing.
    private struct FunctionText {
        var source: String
        /// Where errors in the expression itself are reported: `$.function` or `$.function.expression`.
        var path: JSONPath
        var parameters: [String: Double]
    }

    /// The keys that choose the form of a function object; exactly one must be present.
    static let functionForms = ["expression", "quadratic", "builtin", "least_squares"]
    /// Every key a function object may have.
    static let functionObjectKeys = functionForms + ["params"]
    static let quadraticKeys = SceneKeys.quadratic.map(\.name)
    static let leastSquaresKeys = SceneKeys.leastSquares.map(\.name)

    private static let functionShape = #"an expression string such as "x^2 + 10*y^2", or an object with one of "expression", "quadratic", "builtin", "least_squares""#
    private static let matrixShape = "a 1×1 or 2×2 matrix as an array of rows, e.g. [[2, 1], [1, 20]] or [[4]]"

    /// `top` is the scene's top level, or a plot panel with its own function (`base` its path;
    /// a panel has no `"dimension"`, so its function's own variables decide).
    func readFunction(_ top: [String: JSONValue], at base: JSONPath = .root) -> FunctionReading {
        let root = base
        let explicit = top["dimension"].flatMap { value -> Int? in
            guard case .number(let n) = value, n == 1 || n == 2 else {
                expected("1 or 2", got: value, at: root.key("dimension"))
                return nil
            }
            return Int(n)
        }
        let path = root.key("function")
        let guess = explicit ?? (Self.hasYRange(top["domain"]) ? 2 : 1)
        switch top["function"] {
        case nil:
            missing(path, expected: Self.functionShape)
            return FunctionReading(dimension: guess)
        case .string(let source)?:
            return readExpression(FunctionText(source: source, path: path, parameters: [:]), explicit: explicit)
        case .object(let object)?:
            return readFunctionObject(object, at: path, explicit: explicit, guess: guess)
        case .some(let other):
            expected(Self.functionShape, got: other, at: path)
            return FunctionReading(dimension: guess)
        }
    }

    // MARK: The form of a function object

    private func readFunctionObject(_ object: [String: JSONValue], at path: JSONPath, explicit: Int?,
                                    guess: Int) -> FunctionReading {
        let forms = Self.functionForms.filter { object[$0] != nil && object[$0] != .null }
        guard let form = forms.first else {
            _ = members(of: .object(object), at: path, allowed: Self.functionObjectKeys)
            let hasUnknownKey = object.keys.contains { !$0.hasPrefix("_") && !Self.functionObjectKeys.contains($0) }
            if !hasUnknownKey {
                missing(path.key("expression"), expected: "one of \(Self.list(Self.functionForms)) in the function object")
            }
            return FunctionReading(dimension: guess)
        }
        if forms.count > 1 {
            report(path, "expected only one of \(Self.list(Self.functionForms)), got \(Self.list(forms))")
            return FunctionReading(dimension: guess)
        }
        let takesParameters = form == "expression" || form == "builtin"
        let hasParameters = object["params"] != nil && object["params"] != .null
        if hasParameters, !takesParameters {
            report(path.key("params"), #""params" goes with "expression" or "builtin"; remove it"#)
        }
        guard let members = members(of: .object(object), at: path, allowed: [form, "params"]) else {
            return FunctionReading(dimension: guess)
        }
        let value = members[form]!
        switch form {
        case "expression":
            let parameters = members["params"].map { readParameters($0, at: path.key("params")) } ?? [:]
            let expressionPath = path.key("expression")
            guard let source = string(value, at: expressionPath) else { return FunctionReading(dimension: guess) }
            return readExpression(FunctionText(source: source, path: expressionPath, parameters: parameters),
                                  explicit: explicit)
        case "quadratic":
            let (form, size) = readQuadratic(value, at: path.key("quadratic"))
            return settle(form.map(FunctionSource.quadratic), .quadratic, natural: size,
                          because: "A is \(size)×\(size)", explicit: explicit)
        case "builtin":
            let (function, definition) = readBuiltin(value, parameters: members["params"], at: path)
            var reading = settle(function.map(FunctionSource.builtin), .builtin, natural: 2,
                                 because: "test functions are functions of x and y", explicit: explicit)
            // Without a known name the domain is still optional: a placeholder keeps it from being
            // reported missing when the name is what is wrong.
            reading.defaultDomain = definition?.domain ?? Domain(xMin: -1, xMax: 1, yMin: -1, yMax: 1)
            return reading
        default:
            let (problem, count) = readLeastSquares(value, at: path.key("least_squares"))
            return settle(problem.map(FunctionSource.leastSquares), .leastSquares, natural: count,
                          because: "the model has \(count) parameter\(count == 1 ? "" : "s")", explicit: explicit)
        }
    }

    /// Quadratics, test functions and least squares have a fixed number of variables; an
    /// explicit `"dimension"` must match it.
    private func settle(_ source: FunctionSource?, _ form: FunctionReading.Form, natural: Int, because reason: String,
                        explicit: Int?) -> FunctionReading {
        if let explicit, explicit != natural {
            report(JSONPath.root.key("dimension"), "expected \(natural) because \(reason), got \(explicit)")
            return FunctionReading(dimension: explicit, form: form)
        }
        return FunctionReading(source: source, dimension: natural, form: form)
    }

    // MARK: Expressions

    private func readExpression(_ text: FunctionText, explicit: Int?) -> FunctionReading {
        let root = JSONPath.root
        let usesY: Bool
        do {
            let expression = try MathExpression.parse(text.source, variables: ["x", "y"], parameters: text.parameters)
            usesY = expression.usedVariables.contains("y")
        } catch {
            report(text.path, Self.message(for: error), detail: error.caretDiagram)
            return FunctionReading(dimension: explicit ?? (Self.mentionsY(text.source) ? 2 : 1), form: .expression)
        }
        if explicit == 1, usesY {
            report(root.key("dimension"), "expected 2 because the function uses y, got 1")
            return FunctionReading(dimension: 1, form: .expression)
        }
        let dimension = explicit ?? (usesY ? 2 : 1)
        do {
            let function = try ExpressionFunction(source: text.source, parameters: text.parameters, dimension: dimension)
            return FunctionReading(source: .expression(function), dimension: dimension, form: .expression)
        } catch {
            report(text.path, Self.message(for: error), detail: error.caretDiagram)
            return FunctionReading(dimension: dimension, form: .expression)
        }
    }

    /// Named constants. A parameter with a bad value is still returned (as 0) so that the
    /// expression's use of it is not reported a second time as an unknown name.
    private func readParameters(_ value: JSONValue, at path: JSONPath) -> [String: Double] {
        guard case .object(let all) = value else {
            expected(#"an object of named numbers, e.g. {"a": 1, "b": 10}"#, got: value, at: path)
            return [:]
        }
        var parameters: [String: Double] = [:]
        for name in all.keys.sorted() {
            let namePath = path.key(name)
            if let problem = Self.problem(withParameterName: name) {
                report(namePath, problem)
                continue
            }
            parameters[name] = finiteNumber(all[name]!, at: namePath) ?? 0
        }
        return parameters
    }

    private static func problem(withParameterName name: String) -> String? {
        let scalars = Array(name.unicodeScalars)
        let letter: (Unicode.Scalar) -> Bool = { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || $0 == "_" }
        guard let first = scalars.first, letter(first),
              scalars.allSatisfy({ letter($0) || ("0"..."9").contains($0) })
        else {
            return "expected a parameter name made of letters, digits and _ (not starting with a digit), got \(JSONValue.quote(name))"
        }
        if name == "x" || name == "y" {
            return "\(JSONValue.quote(name)) is a variable and cannot be a parameter"
        }
        if name == "pi" || name == "e" {
            return "\(JSONValue.quote(name)) is a built-in constant and cannot be a parameter"
        }
        if MathFunction(rawValue: name) != nil {
            return "\(JSONValue.quote(name)) is a function name and cannot be a parameter"
        }
        return nil
    }

    // MARK: Quadratic forms

    /// The form (`nil` if it has problems) and its size n, a best guess when A is malformed.
    private func readQuadratic(_ value: JSONValue, at path: JSONPath) -> (QuadraticForm?, Int) {
        guard let members = members(of: value, at: path, allowed: Self.quadraticKeys,
                                    expected: #"an object such as {"A": [[2, 1], [1, 20]], "b": [5, 3]}"#)
        else { return (nil, 2) }
        guard let aValue = members["A"] else {
            missing(path.key("A"), expected: Self.matrixShape)
            return (nil, 2)
        }
        let a = readMatrix(aValue, at: path.key("A"))
        let n = a?.count ?? Self.rowCount(aValue)
        var b: [Double]? = Array(repeating: 0, count: n)
        if let bValue = members["b"] {
            b = readVector(bValue, count: n, at: path.key("b"))
        }
        var c: Double? = 0
        if let cValue = members["c"] {
            c = finiteNumber(cValue, at: path.key("c"))
        }
        guard let a, let b, let c else { return (nil, n) }
        return (QuadraticForm(a: a, b: b, c: c), n)
    }

    /// A: 1×1 or 2×2 finite numbers, by rows.
    private func readMatrix(_ value: JSONValue, at path: JSONPath) -> [[Double]]? {
        guard case .array(let rows) = value, rows.count == 1 || rows.count == 2,
              rows.allSatisfy({ if case .array(let row) = $0 { row.count == rows.count } else { false } })
        else {
            expected(Self.matrixShape, got: value, at: path)
            return nil
        }
        var matrix: [[Double]] = []
        var complete = true
        for (i, row) in rows.enumerated() {
            guard case .array(let entries) = row else { continue }
            let numbers = entries.enumerated().compactMap { j, entry in finiteNumber(entry, at: path.index(i).index(j)) }
            complete = complete && numbers.count == entries.count
            matrix.append(numbers)
        }
        return complete ? matrix : nil
    }

    /// b: one finite number per row of A.
    private func readVector(_ value: JSONValue, count n: Int, at path: JSONPath) -> [Double]? {
        guard case .array(let entries) = value, entries.count == n else {
            let shape = n == 1 ? "an array of 1 number" : "an array of \(n) numbers"
            expected("\(shape) (one per row of A)", got: value, at: path)
            return nil
        }
        let numbers = entries.enumerated().compactMap { i, entry in finiteNumber(entry, at: path.index(i)) }
        return numbers.count == n ? numbers : nil
    }

    /// The size a malformed A most likely meant: 1 for `[[…]]` or `[…]` of one entry, else 2.
    private static func rowCount(_ value: JSONValue) -> Int {
        guard case .array(let rows) = value else { return 2 }
        return rows.count == 1 ? 1 : 2
    }

    // MARK: Test functions

    /// The function (`nil` if it has problems) and its library entry (known whenever the name is).
    private func readBuiltin(_ value: JSONValue, parameters: JSONValue?,
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

    // MARK: Least squares

    /// The loss (`nil` if it has problems) and its number of parameters, a best guess (2) when
    /// it cannot be told.
    private func readLeastSquares(_ value: JSONValue, at path: JSONPath) -> (LeastSquares?, Int) {
        guard let members = members(of: value, at: path, allowed: Self.leastSquaresKeys,
                                    expected: #"an object such as {"x": [0, 1, 2], "y": [1.1, 2.9, 5.2], "model": "theta0 + theta1*x"}"#)
        else { return (nil, 2) }
        let xPath = path.key("x"), yPath = path.key("y")
        let modelPath = path.key("model"), parametersPath = path.key("parameters")
        var x: [Double]?, y: [Double]?
        if let value = members["x"] { x = readData(value, at: xPath) } else {
            missing(xPath, expected: "the inputs x_i, an array of numbers")
        }
        if let value = members["y"] { y = readData(value, at: yPath) } else {
            missing(yPath, expected: "the targets y_i, an array of numbers, one per x")
        }
        if let xs = x, let ys = y, xs.count != ys.count {
            report(yPath, "expected \(xs.count) number\(xs.count == 1 ? "" : "s"), one per x value; got \(ys.count)")
            y = nil
        }
        var model: String? = LeastSquares.defaultModel
        if let value = members["model"] {
            model = string(value, at: modelPath)
        }
        // nil: not given; .some(nil): given, with a problem already reported.
        let listed: [String]?? = members["parameters"].map { readParameterList($0, at: parametersPath) }
        guard let model else { return (nil, 2) }

        let parameters: [String]
        if let listed {
            guard let names = listed else { return (nil, 2) }
            if members["model"] == nil, names != ["theta0", "theta1"] {
                report(parametersPath, "the default model \(JSONValue.quote(LeastSquares.defaultModel)) has the "
                       + #"parameters "theta0", "theta1"; give a "model" in \#(Self.list(names))"#)
                return (nil, names.count)
            }
            parameters = names
        } else {
            let names: [String]
            do {
                names = try LeastSquares.parameterNames(in: model)
            } catch {
                report(modelPath, Self.message(for: error), detail: error.caretDiagram)
                return (nil, 2)
            }
            guard names.count == 1 || names.count == 2 else {
                report(modelPath, names.isEmpty
                       ? "expected a model with 1 or 2 parameters to fit, got none besides x"
                       : "expected a model with 1 or 2 parameters (the plotted axes), got \(names.count): \(Self.list(names))")
                return (nil, 2)
            }
            parameters = names
        }
        guard let x, let y else { return (nil, parameters.count) }
        do {
            return (try LeastSquares(x: x, y: y, model: model, parameters: parameters), parameters.count)
        } catch {
            switch error {
            case .model(let expressionError):
                report(modelPath, Self.message(for: expressionError), detail: expressionError.caretDiagram)
            case .unusedParameter(let name):
                let index = parameters.firstIndex(of: name) ?? 0
                report(parametersPath.index(index), "the model does not use \(JSONValue.quote(name)); "
                       + "every parameter must appear in the model")
            default:
                // The data and the names were checked above.
                report(path, error.description)
            }
            return (nil, parameters.count)
        }
    }

    /// x or y: 1 to ``SceneDefaults/dataPointRange`` finite numbers.
    private func readData(_ value: JSONValue, at path: JSONPath) -> [Double]? {
        let range = SceneDefaults.dataPointRange
        guard case .array(let items) = value, range.contains(items.count) else {
            expected("an array of \(range.lowerBound) to \(range.upperBound) numbers", got: value, at: path)
            return nil
        }
        let numbers = items.enumerated().compactMap { i, item in finiteNumber(item, at: path.index(i)) }
        return numbers.count == items.count ? numbers : nil
    }

    /// `"parameters"`: 1 or 2 distinct names. `.some(nil)` after reporting a problem.
    private func readParameterList(_ value: JSONValue, at path: JSONPath) -> [String]? {
        guard case .array(let items) = value, items.count == 1 || items.count == 2 else {
            expected(#"an array of 1 or 2 parameter names (the plotted axes), e.g. ["theta0", "theta1"]"#,
                     got: value, at: path)
            return nil
        }
        var names: [String] = []
        for (i, item) in items.enumerated() {
            guard let name = string(item, at: path.index(i)) else { continue }
            if let problem = LeastSquares.problem(withParameterName: name) {
                report(path.index(i), "\(JSONValue.quote(name)) cannot be a parameter: \(problem)")
            } else if names.contains(name) {
                report(path.index(i), "\(JSONValue.quote(name)) is listed twice")
            } else {
                names.append(name)
            }
        }
        return names.count == items.count ? names : nil
    }

    // MARK: Helpers

    /// `unknown name 'z' at column 5; expected one of …`: the column goes right after the
    /// part of the message that names the culprit.
    static func message(for error: ExpressionError) -> String {
        let at = " at column \(error.column)"
        guard let semicolon = error.message.firstIndex(of: ";") else { return error.message + at }
        return error.message[..<semicolon] + at + error.message[semicolon...]
    }

    /// Whether the domain gives a y range: the best guess at the dimension without a function.
    static func hasYRange(_ domain: JSONValue?) -> Bool {
        guard case .object(let members)? = domain, let y = members["y"] else { return false }
        return y != .null
    }

    /// Whether `y` appears as a name in text that does not parse: the best guess at the dimension.
    static func mentionsY(_ source: String) -> Bool {
        var name = ""
        for character in source + " " {
            if character.isLetter || character == "_" || (character.isNumber && !name.isEmpty) {
                name.append(character)
            } else {
                if name == "y" { return true }
                name = ""
            }
        }
        return false
    }
}
