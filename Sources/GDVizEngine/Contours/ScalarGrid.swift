/// Samples of a scalar function on a regular grid over a domain.
///
/// `values[j * columns + i]` is f(x_i, y_j) with x_i = xMin + i·Δx, y_j = yMin + j·Δy,
/// i in 0..<columns, j in 0..<rows. Non-finite samples are allowed (they mean "no value here").
package struct ScalarGrid: Sendable {
    package let domain: Domain
    package let columns: Int
    package let rows: Int
    package var values: [Double]

    package init(domain: Domain, columns: Int, rows: Int, values: [Double]) {
        precondition(columns >= 2 && rows >= 2 && values.count == columns * rows)
        self.domain = domain
        self.columns = columns
        self.rows = rows
        self.values = values
    }

    /// Samples `f` on a `columns × rows` grid.
    package init(domain: Domain, columns: Int, rows: Int, _ f: (Double, Double) -> Double) {
        var values = [Double]()
        values.reserveCapacity(columns * rows)
        for j in 0..<rows {
            let y = domain.yMin + Double(j) * domain.height / Double(rows - 1)
            for i in 0..<columns {
                let x = domain.xMin + Double(i) * domain.width / Double(columns - 1)
                values.append(f(x, y))
            }
        }
        self.init(domain: domain, columns: columns, rows: rows, values: values)
    }

    package func x(_ i: Int) -> Double { domain.xMin + Double(i) * domain.width / Double(columns - 1) }
    package func y(_ j: Int) -> Double { domain.yMin + Double(j) * domain.height / Double(rows - 1) }
    package subscript(i: Int, j: Int) -> Double { values[j * columns + i] }

    /// Smallest and largest finite sample, or nil when there is none.
    package var finiteRange: ClosedRange<Double>? {
        var lo = Double.infinity, hi = -Double.infinity
        for v in values where v.isFinite {
            lo = min(lo, v)
            hi = max(hi, v)
        }
        return lo <= hi ? lo...hi : nil
    }
}
