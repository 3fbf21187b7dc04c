import GDVizEngine

/// `{"least_squares": {"x": …, "y": …, "model": …}}`: a mean squared residual over a data set.
extension SceneReader {
    /// The loss (`nil` if it has problems) and its number of parameters, a best guess (2) when
    /// it cannot be told.
    func readLeastSquares(_ value: JSONValue, at path: JSONPath) -> (LeastSquares?, Int) {
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
}
