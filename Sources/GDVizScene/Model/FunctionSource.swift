import GDVizEngine

/// Where the scene's function f comes from. Every form compiles to one ``MathExpression``
/// (``expression``), so differentiation, Taylor expansions and contours treat them alike.
package enum FunctionSource: Sendable, Equatable {
    /// f written as an expression in `x` (1-D) or `x` and `y` (2-D), with named constants.
    case expression(ExpressionFunction)
    /// f(x) = ½ xᵀAx − bᵀx + c with A 1×1 (1-D) or 2×2 (2-D).
    case quadratic(QuadraticForm)
    /// A named test function (Rosenbrock, Himmelblau, …) of (x, y), possibly with changed parameters.
    case builtin(BuiltinFunction)
    /// The mean squared error L(θ) of a model fitted to data, in one or two parameters θ.
    case leastSquares(LeastSquares)

    /// f, compiled. Its variables are the scene's axes in order (for least squares, the parameters).
    package var expression: MathExpression {
        switch self {
        case .expression(let function): function.expression
        case .quadratic(let form): form.expression
        case .builtin(let function): function.expression
        case .leastSquares(let problem): problem.loss
        }
    }

    /// The region to draw when the scene gives no `"domain"`: the test function's usual one.
    /// `nil` for the other forms, which need a domain.
    package var defaultDomain: Domain? {
        if case .builtin(let function) = self { return function.definition.domain }
        return nil
    }

    /// Default axis labels, or `nil` for the scene's usual `$x$`, `$y$` / `$f(x)$`. Least squares
    /// labels its axes with the parameters as math (`theta0` → `$\theta_0$`) and, in 1-D, the
    /// value axis `$L(\theta_0)$`.
    package var defaultAxisLabels: (x: String, y: String)? {
        guard case .leastSquares(let problem) = self else { return nil }
        let names = problem.parameters.map(Self.math)
        return names.count == 2 ? ("$\(names[0])$", "$\(names[1])$") : ("$\(names[0])$", "$L(\(names[0]))$")
    }

    package static func == (a: FunctionSource, b: FunctionSource) -> Bool {
        switch (a, b) {
        case (.expression(let p), .expression(let q)): p == q
        case (.quadratic(let p), .quadratic(let q)): p == q
        case (.builtin(let p), .builtin(let q)): p == q
        case (.leastSquares(let p), .leastSquares(let q)):
            p.x == q.x && p.y == q.y && p.model == q.model && p.parameters == q.parameters
        default: false
        }
    }

    /// Greek letter names written out in parameter names, as TeX commands.
    private static let greek: Set<String> = [
        "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta",
        "iota", "kappa", "lambda", "mu", "nu", "xi", "rho", "sigma", "tau", "upsilon", "phi", "varphi",
        "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi",
        "Psi", "Omega",
    ]

    /// A parameter name as TeX math: a leading Greek letter name becomes its command, a trailing
    /// number or `_suffix` a subscript, and a longer word is set upright:
    /// `theta0` → `\theta_0`, `w_1` → `w_1`, `beta_hat` → `\beta_{hat}`, `slope` → `\mathrm{slope}`.
    static func math(_ name: String) -> String {
        var stem = name, subscriptText = ""
        if let underscore = name.firstIndex(of: "_"), underscore != name.startIndex {
            stem = String(name[..<underscore])
            subscriptText = String(name[name.index(after: underscore)...])
        } else if let firstDigit = name.firstIndex(where: \.isNumber), name[firstDigit...].allSatisfy(\.isNumber) {
            stem = String(name[..<firstDigit])
            subscriptText = String(name[firstDigit...])
        }
        var text = greek.contains(stem) ? "\\" + stem : stem.count > 1 ? "\\mathrm{\(stem)}" : stem
        if !subscriptText.isEmpty {
            text += subscriptText.count == 1 ? "_\(subscriptText)" : "_{\(subscriptText)}"
        }
        return text
    }
}

/// f as text, e.g. `a*x^2 + b*y^2` with parameters `["a": 1, "b": 10]`.
package struct ExpressionFunction: Sendable, Equatable {
    /// The expression exactly as written in the scene file.
    package let source: String
    /// Named constants the expression may use, from the file's `"params"`.
    package let parameters: [String: Double]
    /// The parsed expression in the scene's variables: `["x"]` in 1-D, `["x", "y"]` in 2-D.
    package let expression: MathExpression

    /// Parses `source` in the variables of a scene of this dimension.
    package init(source: String, parameters: [String: Double] = [:], dimension: Int) throws(ExpressionError) {
        self.source = source
        self.parameters = parameters
        self.expression = try MathExpression.parse(source, variables: SceneDefaults.variables(dimension: dimension),
                                                   parameters: parameters)
    }

    package static func == (a: ExpressionFunction, b: ExpressionFunction) -> Bool {
        a.source == b.source && a.parameters == b.parameters && a.expression.variables == b.expression.variables
    }
}

/// A test function from the engine's library with the parameter values the scene chose.
package struct BuiltinFunction: Sendable, Equatable {
    /// The library entry: formula, default parameters, domain, known minima.
    package let definition: TestFunction
    /// The parameters the scene file changed (`"params"`); the others keep their defaults.
    package let parameters: [String: Double]
    /// f in `x`, `y` with every parameter's value filled in.
    package let expression: MathExpression

    /// Throws when `parameters` names a parameter the function does not have.
    package init(_ name: TestFunction.Name, parameters: [String: Double] = [:]) throws(TestFunction.UnknownParameter) {
        definition = TestFunction(name)
        self.parameters = parameters
        expression = try definition.expression(parameters: parameters)
    }

    package static func == (a: BuiltinFunction, b: BuiltinFunction) -> Bool {
        a.definition.name == b.definition.name && a.parameters == b.parameters
    }
}
