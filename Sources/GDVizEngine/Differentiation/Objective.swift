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
        expression.program.evaluate(x: p.x, y: dimension == 1 ? nil : p.y, slots: &slots)
    }

    /// Value, gradient and Hessian at p by second-order forward-mode AD. For a 1-D objective the
    /// y components are 0.
    public func jet(at p: Point2) -> Jet2 {
        var slots: [Jet2] = []
        return jet(at: p, slots: &slots)
    }

    /// `jet(at:)`, reusing `slots` between calls (for iterations).
    package func jet(at p: Point2, slots: inout [Jet2]) -> Jet2 {
        expression.program.evaluate(x: Jet2.variable(0, p.x), y: dimension == 1 ? nil : Jet2.variable(1, p.y),
                                    slots: &slots)
    }

    public func gradient(at p: Point2) -> Point2 { jet(at: p).gradient }

    /// Samples f on a grid over `domain` (for contours), a row at a time through
    /// `Program.evaluateRow` (the same values as point by point, with less dispatch); bands of
    /// rows go to different cores (each row is computed alone, so the values do not change).
    package func sample(_ domain: Domain, columns: Int, rows: Int) -> ScalarGrid {
        let xs = (0..<columns).map { domain.xMin + Double($0) * domain.width / Double(columns - 1) }
        let program = expression.program, oneDimensional = dimension == 1
        // Every row is written once, so the array is not filled with zeros first.
        let values = [Double](unsafeUninitializedCapacity: columns * rows) { out, initialized in
            guard let start = out.baseAddress else { return }
            // Each band writes only its own rows.
            let address = UInt(bitPattern: start)
            ParallelWork.forEachRange(rows, minimum: max(1, 4_096 / max(1, columns))) { band in
                let base = UnsafeMutablePointer<Double>(bitPattern: address)!
                var scratch: [Double] = []
                xs.withUnsafeBufferPointer { xs in
                    for j in band {
                        let y = domain.yMin + Double(j) * domain.height / Double(rows - 1)
                        let row = UnsafeMutableBufferPointer(start: base + j * columns, count: columns)
                        if program.instructions.isEmpty { row.initialize(repeating: 0) }   // nothing to evaluate
                        program.evaluateRow(xs: xs, y: oneDimensional ? nil : y, into: row, scratch: &scratch)
                    }
                }
            }
            initialized = columns * rows
        }
        return ScalarGrid(domain: domain, columns: columns, rows: rows, values: values)
    }
}
