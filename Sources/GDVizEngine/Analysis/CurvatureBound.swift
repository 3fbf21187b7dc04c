/// L, the largest Hessian eigenvalue of f over a domain: the smoothness constant for which
/// gradient descent with step 1/L decreases f at every step (the descent lemma) and converges on
/// a convex quadratic without overshooting.
///
/// Method: λ_max of the exact Hessian (`Jet2`) at the nodes of an evenly spaced grid over the
/// domain, corners and edges included (`samples` per axis; in 1-D, f″ at `samples` points of
/// [xMin, xMax]). For a quadratic the Hessian is constant, so L is exact; otherwise it is the
/// largest value at the nodes, which can miss a sharper peak between them. Non-finite Hessians
/// are skipped. Returns nil when no node has a finite Hessian.
package enum CurvatureBound {
    package static func largestEigenvalue(_ objective: Objective, in domain: Domain, samples: Int = 65) -> Double? {
        let n = Swift.max(2, samples)
        let program = objective.expression.program
        var slots: [Jet2] = []
        var largest: Double?
        let rows = objective.dimension == 1 ? 1 : n
        for j in 0..<rows {
            let y = rows == 1 ? 0 : domain.yMin + Double(j) / Double(n - 1) * domain.height
            for i in 0..<n {
                let x = domain.xMin + Double(i) / Double(n - 1) * domain.width
                let lambda: Double
                if objective.dimension == 1 {
                    lambda = program.evaluate([Jet2.variable(0, x)], slots: &slots).hxx
                } else {
                    let jet = program.evaluate([Jet2.variable(0, x), Jet2.variable(1, y)], slots: &slots)
                    lambda = SymmetricEigen2(hessianOf: jet).values[1]
                }
                guard lambda.isFinite else { continue }
                largest = Swift.max(largest ?? lambda, lambda)
            }
        }
        return largest
    }
}
