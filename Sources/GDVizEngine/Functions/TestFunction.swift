/// A classic optimization test function of (x, y): its formula with named parameters, their
/// default values, the region it is usually drawn on, and its known minima and saddle points.
///
/// The catalogue is in `TestFunction+Library.swift`; ``TestFunction/all`` lists it and
/// ``TestFunction/named(_:)`` finds an entry by its scene-file name.
public struct TestFunction: Sendable, Equatable {
    /// The scene-file names of the test functions.
    public enum Name: String, Sendable, CaseIterable, Codable {
        case rosenbrock, himmelblau, beale, booth, matyas
        case threeHumpCamel = "three_hump_camel"
        case sixHumpCamel = "six_hump_camel"
        case rastrigin
        case styblinskiTang = "styblinski_tang"
        case saddle
        case monkeySaddle = "monkey_saddle"
        case gradientCos = "3d-gradient-cos"
    }

    /// A named constant of the formula and its default value.
    public struct Parameter: Sendable, Equatable {
        public var name: String
        public var value: Double

        public init(_ name: String, _ value: Double) {
            self.name = name
            self.value = value
        }
    }

    /// A point where the gradient vanishes, with f there (for the default parameters).
    public struct KnownPoint: Sendable, Equatable {
        public enum Kind: String, Sendable, Equatable {
            /// The smallest value of f anywhere.
            case globalMinimum = "global minimum"
            case localMinimum = "local minimum"
            case saddle
        }

        public var point: Point2
        public var value: Double
        public var kind: Kind

        public init(_ x: Double, _ y: Double, value: Double, _ kind: Kind) {
            self.point = Point2(x, y)
            self.value = value
            self.kind = kind
        }
    }

    /// An override named a parameter the function does not have.
    public struct UnknownParameter: Error, Sendable, Equatable {
        /// The name given.
        public var name: String
        /// The function's parameter names, in order (possibly none).
        public var allowed: [String]
    }

    public let name: Name
    /// The formula as an expression in `x`, `y` and the parameter names, e.g.
    /// `(a - x)^2 + b*(y - x^2)^2`.
    public let formula: String
    /// The parameters with their default values, in the order they are documented.
    public let parameters: [Parameter]
    /// The region the function is usually drawn on; scenes use it when they give no `domain`.
    public let domain: Domain
    /// Stationary points for the default parameters: every global minimum inside ``domain``,
    /// and the well-known local minima and saddles. Coordinates are given to 17 significant
    /// digits where they are irrational, so the gradient there is zero up to rounding.
    public let knownPoints: [KnownPoint]

    /// The minima among ``knownPoints``, global ones first.
    public var minima: [KnownPoint] {
        knownPoints.filter { $0.kind == .globalMinimum } + knownPoints.filter { $0.kind == .localMinimum }
    }

    /// Other spellings accepted by ``named(_:)``.
    package static let aliases: [String: Name] = ["gradient_cos": .gradientCos]

    /// The test function with this scene-file name or alias, or `nil`.
    public static func named(_ text: String) -> TestFunction? {
        guard let name = Name(rawValue: text) ?? aliases[text] else { return nil }
        return TestFunction(name)
    }

    /// Every test function, in the order of ``Name/allCases``.
    public static var all: [TestFunction] { Name.allCases.map(TestFunction.init) }

    /// f as an expression in `x`, `y`, with `overrides` replacing the default parameter values.
    ///
    /// Throws ``UnknownParameter`` for a name that is not one of ``parameters``. Overrides may be
    /// any finite numbers; the ``knownPoints`` describe the defaults only.
    public func expression(parameters overrides: [String: Double] = [:]) throws(UnknownParameter) -> MathExpression {
        let names = parameters.map(\.name)
        for name in overrides.keys.sorted() where !names.contains(name) {
            throw UnknownParameter(name: name, allowed: names)
        }
        var values: [String: Double] = [:]
        for parameter in parameters { values[parameter.name] = overrides[parameter.name] ?? parameter.value }
        do {
            return try MathExpression.parse(formula, variables: ["x", "y"], parameters: values)
        } catch {
            // The catalogue's formulas are fixed text, checked by the tests.
            preconditionFailure("test function \(name.rawValue) does not parse: \(error)")
        }
    }
}
