/// A number type an expression can be evaluated in: plain `Double`, or a type that carries
/// derivatives along (forward-mode automatic differentiation).
///
/// Every elementary operation is implemented exactly by the chain rule, so derivatives are
/// exact up to floating-point rounding; nothing here uses finite differences.
package protocol ADScalar: Sendable {
    init(constant: Double)
    /// The primal value.
    var value: Double { get }

    static func + (a: Self, b: Self) -> Self
    static func - (a: Self, b: Self) -> Self
    static func * (a: Self, b: Self) -> Self
    static func / (a: Self, b: Self) -> Self
    static prefix func - (a: Self) -> Self

    /// `a^c` for a constant exponent `c` (the common case, `x^2`): defined for negative `a`
    /// when `c` is an integer.
    static func power(_ a: Self, _ c: Double) -> Self
    /// An elementary function applied to `a`.
    static func apply(_ f: MathFunction, _ a: Self) -> Self
}

extension ADScalar {
    /// `a^b` for a non-constant exponent, as exp(b·log a) (defined for a > 0).
    package static func power(_ a: Self, variableExponent b: Self) -> Self {
        apply(.exp, b * apply(.log, a))
    }
}

extension Double: ADScalar {
    package init(constant: Double) { self = constant }
    package var value: Double { self }

    package static func power(_ a: Double, _ c: Double) -> Double { Elementary.power(a, c) }

    package static func apply(_ f: MathFunction, _ a: Double) -> Double {
        Elementary.derivatives(f, at: a, order: 0).0
    }
}
