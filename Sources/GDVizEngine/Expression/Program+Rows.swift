extension Program {
    /// f at the points (xs[i], y) of one grid row, into `out` (same count as `xs`).
    ///
    /// Runs each instruction over the whole row before the next (a tape over arrays), so the
    /// instruction dispatch costs once per row instead of once per point. Every point sees exactly
    /// the operations of `evaluate(_:slots:)`, so the values are bit-identical to it. A 1-D
    /// objective passes `y: nil`: variable 1 is then NaN, as in `evaluate([x])`.
    package func evaluateRow(xs: UnsafeBufferPointer<Double>, y: Double?, into out: UnsafeMutableBufferPointer<Double>,
                            scratch: inout [Double]) {
        let n = xs.count
        precondition(out.count == n)
        guard n > 0, !instructions.isEmpty else { return }
        let needed = instructions.count * n
        if scratch.count < needed { scratch = [Double](repeating: 0, count: needed) }
        scratch.withUnsafeMutableBufferPointer { buffer in
            let s = buffer.baseAddress!
            for (k, instruction) in instructions.enumerated() {
                let r = s + k * n
                switch instruction {
                case .constant(let v):
                    r.update(repeating: v, count: n)
                case .variable(let v):
                    if v == 0 {
                        r.update(from: xs.baseAddress!, count: n)
                    } else {
                        r.update(repeating: v == 1 ? (y ?? .nan) : .nan, count: n)
                    }
                case .negate(let a):
                    let p = s + a * n
                    for i in 0..<n { r[i] = -p[i] }
                case .add(let a, let b):
                    let p = s + a * n, q = s + b * n
                    for i in 0..<n { r[i] = p[i] + q[i] }
                case .subtract(let a, let b):
                    let p = s + a * n, q = s + b * n
                    for i in 0..<n { r[i] = p[i] - q[i] }
                case .multiply(let a, let b):
                    let p = s + a * n, q = s + b * n
                    for i in 0..<n { r[i] = p[i] * q[i] }
                case .divide(let a, let b):
                    let p = s + a * n, q = s + b * n
                    for i in 0..<n { r[i] = p[i] / q[i] }
                case .powerConstant(let a, let c):
                    let p = s + a * n
                    for i in 0..<n { r[i] = Double.power(p[i], c) }
                case .power(let a, let b):
                    let p = s + a * n, q = s + b * n
                    for i in 0..<n { r[i] = Double.power(p[i], variableExponent: q[i]) }
                case .call(let f, let a):
                    let p = s + a * n
                    for i in 0..<n { r[i] = Double.apply(f, p[i]) }
                }
            }
            out.baseAddress!.update(from: s + (instructions.count - 1) * n, count: n)
        }
    }
}
