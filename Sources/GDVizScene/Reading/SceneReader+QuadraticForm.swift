import GDVizEngine

/// `{"quadratic": {"A": …, "b": …, "c": …}}`: ½ xᵀAx − bᵀx + c.
extension SceneReader {
    private static let matrixShape = "a 1×1 or 2×2 matrix as an array of rows, e.g. [[2, 1], [1, 20]] or [[4]]"

    /// The form (`nil` if it has problems) and its size n, a best guess when A is malformed.
    func readQuadratic(_ value: JSONValue, at path: JSONPath) -> (QuadraticForm?, Int) {
        guard let members = members(of: value, at: path, allowed: Self.quadraticKeys,
                                    expected: #"an object such as {"A": [[2, 1], [1, 20]], "b": [5, 3]}"#)
        else { return (nil, 2) }
        guard let aValue = members["A"] else {
            missing(path.key("A"), expected: Self.matrixShape)
            return (nil, 2)
        }
        let a = readMatrix(aValue, at: path.key("A"))
        let n = a?.count ?? Self.rowCount(aValue)
        var b: [Double]? = Array(repeating: 0, count: n)
        if let bValue = members["b"] {
            b = readVector(bValue, count: n, at: path.key("b"))
        }
        var c: Double? = 0
        if let cValue = members["c"] {
            c = finiteNumber(cValue, at: path.key("c"))
        }
        guard let a, let b, let c else { return (nil, n) }
        return (QuadraticForm(a: a, b: b, c: c), n)
    }

    /// A: 1×1 or 2×2 finite numbers, by rows.
    private func readMatrix(_ value: JSONValue, at path: JSONPath) -> [[Double]]? {
        guard case .array(let rows) = value, rows.count == 1 || rows.count == 2,
              rows.allSatisfy({ if case .array(let row) = $0 { row.count == rows.count } else { false } })
        else {
            expected(Self.matrixShape, got: value, at: path)
            return nil
        }
        var matrix: [[Double]] = []
        var complete = true
        for (i, row) in rows.enumerated() {
            guard case .array(let entries) = row else { continue }
            let numbers = entries.enumerated().compactMap { j, entry in finiteNumber(entry, at: path.index(i).index(j)) }
            complete = complete && numbers.count == entries.count
            matrix.append(numbers)
        }
        return complete ? matrix : nil
    }

    /// b: one finite number per row of A.
    private func readVector(_ value: JSONValue, count n: Int, at path: JSONPath) -> [Double]? {
        guard case .array(let entries) = value, entries.count == n else {
            let shape = n == 1 ? "an array of 1 number" : "an array of \(n) numbers"
            expected("\(shape) (one per row of A)", got: value, at: path)
            return nil
        }
        let numbers = entries.enumerated().compactMap { i, entry in finiteNumber(entry, at: path.index(i)) }
        return numbers.count == n ? numbers : nil
    }

    /// The size a malformed A most likely meant: 1 for `[[…]]` or `[…]` of one entry, else 2.
    private static func rowCount(_ value: JSONValue) -> Int {
        guard case .array(let rows) = value else { return 2 }
        return rows.count == 1 ? 1 : 2
    }
}
