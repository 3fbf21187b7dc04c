/// The Taylor polynomial of an objective about a center, to a given order:
///
///     1-D:  T(x)    = Σ_{k ≤ order}     c_k    (x − x₀)ᵏ
///     2-D:  T(x, y) = Σ_{i+j ≤ order}   c_{ij} (x − x₀)ⁱ (y − y₀)ʲ,   c_{ij} = ∂^{i+j}f/∂xⁱ∂yʲ / (i! j!)
///
/// `terms` holds *every* term up to the order, zero coefficients included, so the shape depends
/// only on the dimension and the order: ordered by total degree, then by descending power of x —
/// (0,0), (1,0), (0,1), (2,0), (1,1), (0,2), … in 2-D, and (0), (1), (2), … in 1-D.
/// Where f has no expansion (log at 0, a kink of abs) coefficients are NaN or infinite.
package struct TaylorExpansion: Sendable, Equatable {
    package struct Term: Sendable, Equatable {
        /// The exponent of each variable's offset: `[k]` in 1-D, `[i, j]` in 2-D.
        package let powers: [Int]
        package let coefficient: Double

        package init(powers: [Int], coefficient: Double) {
            self.powers = powers
            self.coefficient = coefficient
        }

        /// Total degree, Σ powers.
        package var degree: Int { powers.reduce(0, +) }
    }

    /// `[x₀]` or `[x₀, y₀]`; its count is the dimension.
    package let center: [Double]
    package let order: Int
    package let terms: [Term]

    package init(center: [Double], order: Int, terms: [Term]) {
        self.center = center
        self.order = order
        self.terms = terms
    }

    /// The coefficient of the term with these powers, 0 if there is no such term (higher than
    /// the order, or the wrong dimension).
    package func coefficient(_ powers: [Int]) -> Double {
        terms.first { $0.powers == powers }?.coefficient ?? 0
    }

    /// The polynomial at `point` (`[x]` or `[x, y]`; missing coordinates are taken at the
    /// center). Each term is summed as written, Σ c·(x−x₀)ⁱ(y−y₀)ʲ.
    package func value(at point: [Double]) -> Double {
        var sum = 0.0
        for term in terms {
            var product = term.coefficient
            for (axis, power) in term.powers.enumerated() where power > 0 {
                let offset = axis < point.count ? point[axis] - center[axis] : 0
                for _ in 0..<power { product *= offset }
            }
            sum += product
        }
        return sum
    }

    /// The polynomial at `p` (a 1-D expansion ignores `p.y`).
    package func value(at p: Point2) -> Double {
        value(at: center.count == 1 ? [p.x] : [p.x, p.y])
    }
}

/// Taylor polynomials of objectives by Taylor-mode automatic differentiation (`TaylorSeries1`
/// in 1-D, `TaylorSeries2` in 2-D): exact coefficients up to rounding, no finite differences.
package enum Taylor {
    /// The Taylor polynomial of `objective` about `center` to `order` (a 1-D objective uses
    /// `center.x`). A negative order is read as 0.
    ///
    /// Cost: one evaluation of the objective's program in series arithmetic, O(order²) per
    /// operation in 1-D and O(order⁵) per elementary function in 2-D; orders up to ~20 in 1-D
    /// and ~6 in 2-D are cheap.
    package static func expand(_ objective: Objective, at center: Point2, order: Int) -> TaylorExpansion {
        let n = max(order, 0)
        let program = objective.expression.program
        if objective.dimension == 1 {
            let series = program.evaluate([TaylorSeries1.variable(at: center.x, degree: n)])
            let terms = (0...n).map { TaylorExpansion.Term(powers: [$0], coefficient: series[$0]) }
            return TaylorExpansion(center: [center.x], order: n, terms: terms)
        }
        let series = program.evaluate([TaylorSeries2.variable(0, at: center.x, degree: n),
                                       TaylorSeries2.variable(1, at: center.y, degree: n)])
        var terms: [TaylorExpansion.Term] = []
        terms.reserveCapacity(TaylorSeries2.termCount(degree: n))
        for d in 0...n {
            for j in 0...d {
                terms.append(TaylorExpansion.Term(powers: [d - j, j], coefficient: series[d - j, j]))
            }
        }
        return TaylorExpansion(center: [center.x, center.y], order: n, terms: terms)
    }
}
