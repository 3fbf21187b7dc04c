import GDVizEngine

/// `"function"` and `"dimension"`, read together: the dimension defaults to what the expression uses.
extension SceneReader {
    /// The expression text as found in the file, before parsing.
    private struct FunctionText {
        var source: String
        /// Where errors in the expression itself are reported: `$.function` or `$.function.expression`.
        var path: JSONPath
        var parameters: [String: Double]
    }

    static let functionObjectKeys = ["expression", "params"]

    private static let functionShape = #"an expression string such as "x^2 + 10*y^2", or an object {"expression": "a*x^2 + b*y^2", "params": {"a": 1, "b": 10}}"#

    /// The parsed function (`nil` if it has problems) and the scene's dimension (always 1 or 2,
    /// a best guess when the file has problems, so that later checks can still run).
    func readFunction(_ top: [String: JSONValue]) -> (ExpressionFunction?, Int) {
        let root = JSONPath.root
        let explicit = top["dimension"].flatMap { value -> Int? in
            guard case .number(let n) = value, n == 1 || n == 2 else {
                expected("1 or 2", got: value, at: root.key("dimension"))
                return nil
            }
            return Int(n)
        }

        guard let text = readFunctionText(top["function"], at: root.key("function")) else {
            return (nil, explicit ?? (Self.hasYRange(top["domain"]) ? 2 : 1))
        }
        let usesY: Bool
        do {
            let expression = try MathExpression.parse(text.source, variables: ["x", "y"], parameters: text.parameters)
            usesY = expression.usedVariables.contains("y")
        } catch {
            report(text.path, Self.message(for: error), detail: error.caretDiagram)
            return (nil, explicit ?? (Self.mentionsY(text.source) ? 2 : 1))
        }
        if explicit == 1, usesY {
            report(root.key("dimension"), "expected 2 because the function uses y, got 1")
            return (nil, 1)
        }
        let dimension = explicit ?? (usesY ? 2 : 1)
        do {
            return (try ExpressionFunction(source: text.source, parameters: text.parameters, dimension: dimension),
                    dimension)
        } catch {
            report(text.path, Self.message(for: error), detail: error.caretDiagram)
            return (nil, dimension)
        }
    }

    private func readFunctionText(_ value: JSONValue?, at path: JSONPath) -> FunctionText? {
        switch value {
        case nil:
            missing(path, expected: Self.functionShape)
            return nil
        case .string(let source):
            return FunctionText(source: source, path: path, parameters: [:])
        case .object(let object)?:
            guard let members = members(of: .object(object), at: path, allowed: Self.functionObjectKeys)
            else { return nil }
            let parameters = members["params"].map { readParameters($0, at: path.key("params")) } ?? [:]
            let expressionPath = path.key("expression")
            guard let expression = members["expression"] else {
                missing(expressionPath, expected: #"an expression string such as "a*x^2 + b*y^2""#)
                return nil
            }
            guard let source = string(expression, at: expressionPath) else { return nil }
            return FunctionText(source: source, path: expressionPath, parameters: parameters)
        case .some(let other):
            expected(Self.functionShape, got: other, at: path)
            return nil
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
