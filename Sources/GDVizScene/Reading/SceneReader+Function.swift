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

    static func problem(withParameterName name: String) -> String? {
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
