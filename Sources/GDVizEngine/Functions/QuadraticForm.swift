/// A quadratic function in the lectures' convention,
///
///     f(x) = ½ xᵀAx − bᵀx + c,
///
/// in one variable (A is 1×1) or two (A is 2×2). A need not be symmetric: ½xᵀAx is taken
/// literally, which is the same function as with the symmetric part S = ½(A + Aᵀ), so
///
///     ∇f(x) = S x − b        (= Ax − b for symmetric A)
///     ∇²f(x) = S.
///
/// f is compiled to a ``MathExpression`` in `x` (1-D) or `x`, `y` (2-D), so it is differentiated,
/// expanded and drawn exactly like a typed expression. Its `source` is the text of that expression,
/// e.g. for A = [[2, 1], [1, 20]], b = (5, 3), c = 0:
///
///     0.5*(x*(2*x + 1*y) + y*(1*x + 20*y)) - (5*x + 3*y)
package struct QuadraticForm: Sendable, Equatable {
    /// A by rows: `[[a11]]` or `[[a11, a12], [a21, a22]]`.
    package let a: [[Double]]
    /// b, one entry per variable.
    package let b: [Double]
    package let c: Double
    /// f as an expression in `variables`.
    package let expression: MathExpression

    /// The variable names, `["x"]` or `["x", "y"]`.
    package static func variables(dimension: Int) -> [String] {
        dimension == 1 ? ["x"] : ["x", "y"]
    }

    /// `nil` unless A is 1×1 or 2×2, b has one entry per row of A, and every number is finite.
    /// `b` defaults to zeros.
    package init?(a: [[Double]], b: [Double]? = nil, c: Double = 0) {
        let n = a.count
        guard n == 1 || n == 2, a.allSatisfy({ $0.count == n }) else { return nil }
        let b = b ?? Array(repeating: 0, count: n)
        guard b.count == n, c.isFinite, a.joined().allSatisfy(\.isFinite), b.allSatisfy(\.isFinite) else { return nil }
        self.a = a
        self.b = b
        self.c = c
        let variables = Self.variables(dimension: n)
        let source = Self.source(a: a, b: b, c: c, variables: variables)
        do {
            expression = try MathExpression.parse(source, variables: variables)
        } catch {
            // The text is generated from finite numbers and two variable names; it always parses.
            preconditionFailure("quadratic form text does not parse: \(error) in \(source)")
        }
    }

    /// 1 or 2.
    package var dimension: Int { a.count }

    /// S = ½(A + Aᵀ), the Hessian.
    package var symmetricPart: [[Double]] {
        (0..<dimension).map { i in (0..<dimension).map { j in 0.5 * (a[i][j] + a[j][i]) } }
    }

    /// The stationary point x* solving S x* = b, or `nil` when S is singular (|det S| below
    /// 1e-12 times the square of its largest entry). It is the minimizer when S is positive definite.
    package var stationaryPoint: [Double]? {
        let s = symmetricPart
        let scale = s.joined().map(abs).max() ?? 0
        guard scale > 0 else { return nil }
        if dimension == 1 { return [b[0] / s[0][0]] }
        let det = s[0][0] * s[1][1] - s[0][1] * s[1][0]
        guard abs(det) > 1e-12 * scale * scale else { return nil }
        return [(s[1][1] * b[0] - s[0][1] * b[1]) / det, (s[0][0] * b[1] - s[1][0] * b[0]) / det]
    }

    package static func == (p: QuadraticForm, q: QuadraticForm) -> Bool {
        p.a == q.a && p.b == q.b && p.c == q.c
    }

    /// `0.5*(x*(a11*x + a12*y) + y*(a21*x + a22*y)) - (b1*x + b2*y) + c`, leaving out the b and c
    /// terms when they are zero.
    private static func source(a: [[Double]], b: [Double], c: Double, variables v: [String]) -> String {
        let n = v.count
        let rows = (0..<n).map { i in
            let row = (0..<n).map { j in "\(ExpressionText.number(a[i][j]))*\(v[j])" }.joined(separator: " + ")
            return "\(v[i])*(\(row))"
        }
        var text = "0.5*(\(rows.joined(separator: " + ")))"
        if b.contains(where: { $0 != 0 }) {
            let linear = (0..<n).map { i in "\(ExpressionText.number(b[i]))*\(v[i])" }.joined(separator: " + ")
            text += " - (\(linear))"
        }
        if c != 0 { text += " + \(ExpressionText.number(c))" }
        return text
    }
}
