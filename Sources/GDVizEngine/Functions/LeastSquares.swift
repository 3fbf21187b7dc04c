/// The mean-squared-error loss of a model fitted to data (x_i, y_i), i = 1 … N, as a function of
/// the model's one or two parameters θ:
///
///     ℓ_i(θ) = (m(x_i; θ) − y_i)²
///     L(θ)   = (1/N) Σ_i ℓ_i(θ)
///
/// The model m is an expression in the data variable `x` and the parameters, e.g.
/// `theta0 + theta1*x`; the parameters become the variables of L (the plotted axes).
///
/// Normalisation: the seed notes write the loss as a sum, L = Σ (y_n − f(x_n, θ))² (lecture 1.1),
/// and batch gradient descent as the *mean* of the per-sample gradients, ∇_total = (1/n) Σ ∇_i
/// (algorithm 2-4). The mean is used here so that full-batch gradient descent on L, SGD
/// (one ℓ_i per step) and minibatch descent (the mean over a batch) all follow the same
/// learning-rate scale; a minibatch of all N samples is exactly a step on L. The minimiser is
/// the same as for the sum.
///
/// L and every ℓ_i are compiled ``MathExpression``s with the data written in as constants, so they
/// are differentiated exactly like typed expressions. L's `source` is that text, a sum paired
/// up in parentheses so that its tree stays shallow for large N.
package struct LeastSquares: Sendable {
    /// A data set and model that do not define a loss.
    package enum DefinitionError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The model text has a mistake; the column is in the model's own text.
        case model(ExpressionError)
        case noData
        case lengthMismatch(x: Int, y: Int)
        /// A data value at this (0-based) index is NaN or infinite.
        case nonFiniteX(index: Int)
        case nonFiniteY(index: Int)
        /// 0 or more than 2 parameters: the loss must be a function of one or two variables.
        case parameterCount(Int)
        case invalidParameterName(String)
        case duplicateParameter(String)
        case unusedParameter(String)

        package var description: String {
            switch self {
            case .model(let error): "model: \(error)"
            case .noData: "expected at least one data point"
            case .lengthMismatch(let x, let y): "x has \(x) values but y has \(y); give one y per x"
            case .nonFiniteX(let i): "x[\(i)] is not a finite number"
            case .nonFiniteY(let i): "y[\(i)] is not a finite number"
            case .parameterCount(let n): "expected 1 or 2 parameters (the plotted axes), got \(n)"
            case .invalidParameterName(let name):
                "'\(name)' cannot be a parameter: \(LeastSquares.problem(withParameterName: name) ?? "")"
            case .duplicateParameter(let name): "parameter '\(name)' is listed twice"
            case .unusedParameter(let name): "the model does not use parameter '\(name)'"
            }
        }
    }

    /// The model most lectures start with: a straight line.
    package static let defaultModel = "theta0 + theta1*x"
    /// The name of the data variable in models.
    package static let dataVariable = "x"

    /// x_1 … x_N.
    package let x: [Double]
    /// y_1 … y_N.
    package let y: [Double]
    /// The model as written, in `x` and the parameters.
    package let model: String
    /// The parameter names in axis order: parameters[0] is the horizontal axis.
    package let parameters: [String]
    /// L(θ), in the variables ``parameters``.
    package let loss: MathExpression
    /// ℓ_i(θ) for each data point, in the variables ``parameters``: the samples SGD draws from.
    package let sampleLosses: [MathExpression]

    /// Checks the data and the model and builds L and the ℓ_i.
    package init(x: [Double], y: [Double], model: String = LeastSquares.defaultModel,
                parameters: [String]) throws(DefinitionError) {
        guard !x.isEmpty else { throw .noData }
        guard x.count == y.count else { throw .lengthMismatch(x: x.count, y: y.count) }
        if let i = x.firstIndex(where: { !$0.isFinite }) { throw .nonFiniteX(index: i) }
        if let i = y.firstIndex(where: { !$0.isFinite }) { throw .nonFiniteY(index: i) }
        guard parameters.count == 1 || parameters.count == 2 else { throw .parameterCount(parameters.count) }
        for name in parameters where Self.problem(withParameterName: name) != nil {
            throw .invalidParameterName(name)
        }
        if parameters.count == 2, parameters[0] == parameters[1] { throw .duplicateParameter(parameters[0]) }

        let modelExpression: MathExpression
        do {
            modelExpression = try MathExpression.parse(model, variables: parameters + [Self.dataVariable])
        } catch {
            throw .model(error)
        }
        let used = modelExpression.usedVariables
        if let unused = parameters.first(where: { !used.contains($0) }) { throw .unusedParameter(unused) }

        self.x = x
        self.y = y
        self.model = model
        self.parameters = parameters
        do {
            var samples: [String] = []
            samples.reserveCapacity(x.count)
            for (xi, yi) in zip(x, y) {
                let fitted = try ExpressionText.substituting(Self.dataVariable, with: ExpressionText.number(xi), in: model)
                samples.append("((\(fitted)) - \(ExpressionText.number(yi)))^2")
            }
            sampleLosses = try samples.map { text throws(ExpressionError) in
                try MathExpression.parse(text, variables: parameters, limits: .generated)
            }
            let mean = "(\(ExpressionText.balancedSum(samples)))/\(x.count)"
            loss = try MathExpression.parse(mean, variables: parameters, limits: .generated)
        } catch {
            // The model parsed above, and the data are finite numbers: the generated text parses.
            preconditionFailure("least-squares text does not parse: \(error)")
        }
    }

    /// N, the number of data points.
    package var count: Int { x.count }

    /// The parameters a model uses when the scene does not list them: its names other than `x`,
    /// functions, `pi` and `e`, sorted by ``naturalOrder(_:_:)`` (`theta0`, `theta1`, … `theta10`;
    /// `a` before `b`). The result may have any length; ``init(x:y:model:parameters:)`` checks it.
    package static func parameterNames(in model: String) throws(ExpressionError) -> [String] {
        try ExpressionText.freeNames(in: model).filter { $0 != dataVariable }.sorted(by: naturalOrder)
    }

    /// Names compared with runs of digits as numbers: `theta2` < `theta10`.
    package static func naturalOrder(_ a: String, _ b: String) -> Bool {
        func chunks(_ s: String) -> [(text: String, number: Int?)] {
            var result: [(String, Int?)] = []
            var current = ""
            var digits = false
            for c in s {
                if !current.isEmpty, c.isNumber != digits {
                    result.append((current, digits ? Int(current) : nil))
                    current = ""
                }
                digits = c.isNumber
                current.append(c)
            }
            if !current.isEmpty { result.append((current, digits ? Int(current) : nil)) }
            return result
        }
        let p = chunks(a), q = chunks(b)
        for (u, v) in zip(p, q) where u.text != v.text {
            if let m = u.number, let n = v.number, m != n { return m < n }
            return u.text < v.text
        }
        return p.count < q.count
    }

    /// Why `name` cannot name a parameter, or `nil` if it can: parameters are made of letters,
    /// digits and `_`, do not start with a digit, and are not `x` (the data), `y` (the targets),
    /// `pi`, `e` or a function name.
    package static func problem(withParameterName name: String) -> String? {
        let scalars = Array(name.unicodeScalars)
        let letter: (Unicode.Scalar) -> Bool = { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || $0 == "_" }
        guard let first = scalars.first, letter(first), scalars.allSatisfy({ letter($0) || ("0"..."9").contains($0) })
        else { return "a parameter name is made of letters, digits and _, and does not start with a digit" }
        switch name {
        case dataVariable: return "'x' is the data variable of the model"
        case "y": return "'y' names the data targets"
        case "pi", "e": return "'\(name)' is a built-in constant"
        default: return MathFunction(rawValue: name) != nil ? "'\(name)' is a function name" : nil
        }
    }
}
