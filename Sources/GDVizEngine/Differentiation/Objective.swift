/// A scalar function of one or two variables with exact derivatives, the thing optimizers
/// minimise and figures plot. 1-D objectives ignore the point's `y`.
public struct Objective: Sendable {
    public let expression: MathExpression
    /// 1 or 2.
    public let dimension: Int

    public init(_ expression: MathExpression, dimension: Int) {
        precondition(dimension == 1 || dimension == 2)
        self.expression = expression
        self.dimension = dimension
    }

    /// f(p).
    public func value(at p: Point2) -> Double {
        var slots: [Double] = []
        return value(at: p, slots: &slots)
    }

    /// f(p), reusing `slots` between calls (for grids).
    package func value(at p: Point2, slots: inout [Double]) -> Double {
        dimension == 1 ? expression.program.evaluate([p.x], slots: &slots)
                       : expression.program.evaluate([p.x, p.y], slots: &slots)
    }

    /// Value, gradient and Hessian at p by second-order forward-mode AD. For a 1-D objective the
    /// y components are 0.
    public func jet(at p: Point2) -> Jet2 {
        dimension == 1 ? expression.program.evaluate([Jet2.variable(0, p.x)])
                       : expression.program.evaluate([Jet2.variable(0, p.x), Jet2.variable(1, p.y)])
    }

    public func gradient(at p: Point2) -> Point2 { jet(at: p).gradient }

    /// Samples f on a grid over `domain` (for contours), a row at a time through
    /// `Program.evaluateRow` (the same values as point by point, with less dispatch).
    package func sample(_ domain: Domain, columns: Int, rows: Int) -> ScalarGrid {
        var values = [Double](repeating: 0, count: columns * rows)
        let xs = (0..<columns).map { domain.xMin + Double($0) * domain.width / Double(columns - 1) }
        var scratch: [Double] = []
        xs.withUnsafeBufferPointer { xs in
            values.withUnsafeMutableBufferPointer { out in
                for j in 0..<rows {
                    let y = domain.yMin + Double(j) * domain.height / Double(rows - 1)
                    let row = UnsafeMutableBufferPointer(rebasing: out[(j * columns)..<((j + 1) * columns)])
                    expression.program.evaluateRow(xs: xs, y: dimension == 1 ? nil : y, into: row, scratch: &scratch)
                }
            }
        }
        return ScalarGrid(domain: domain, columns: columns, rows: rows, values: values)
    }
}
