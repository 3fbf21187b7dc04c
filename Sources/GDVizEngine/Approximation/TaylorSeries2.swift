/// A bivariate polynomial truncated at total degree n (two-variable Taylor-mode automatic
/// differentiation):
///
///     a(s, t) = Σ_{i+j ≤ n} a_{ij} sⁱ tʲ + O(|(s, t)|ⁿ⁺¹),   s = x − x₀,  t = y − y₀
///
/// Evaluating a program on the seeds `variable(0, at: x₀, degree: n)` and
/// `variable(1, at: y₀, degree: n)` gives a_{ij} = ∂^{i+j}f / ∂xⁱ∂yʲ (x₀, y₀) / (i! j!).
///
/// Sums are coefficient-wise; the product is the truncated Cauchy product; the quotient solves
/// c·b = a term by term. Every elementary function and every constant power uses one mechanism,
/// composition with a univariate series: writing a = a₀ + ã (ã without constant term),
///
///     f(a) = Σ_{k=0…n} f⁽ᵏ⁾(a₀)/k! · ãᵏ      (exact to total degree n, since ãᵏ starts at degree k)
///
/// where the univariate coefficients f⁽ᵏ⁾(a₀)/k! come from `TaylorSeries1` evaluated on the seed
/// a₀ + t, and the sum is taken by Horner's rule. So the coefficients are exact up to rounding,
/// with no finite differences. A product costs O(n⁴), a function O(n⁵); n is small (≤ 6 or so).
///
/// ## Layout
/// `coefficients` lists the terms by total degree, and within a degree by descending power of
/// x: (0,0), (1,0), (0,1), (2,0), (1,1), (0,2), … — see `index(_:_:)`.
///
/// ## Degrees and singular points
/// As for `TaylorSeries1`: constants have degree 0 and are padded with zeros when they meet a
/// series of higher degree; where f has no expansion at a₀ the non-constant coefficients are
/// NaN or infinite.
package struct TaylorSeries2: ADScalar, Equatable {
    /// The truncation degree n (total degree in x and y).
    package let degree: Int
    /// a_{ij} at `index(i, j)`; (n+1)(n+2)/2 entries.
    package private(set) var coefficients: [Double]

    /// The series with these coefficients in the layout above; missing ones are 0, extra ones
    /// are ignored.
    package init(degree: Int, coefficients: [Double]) {
        let n = max(degree, 0)
        let count = TaylorSeries2.termCount(degree: n)
        var c = Array(coefficients.prefix(count))
        c.append(contentsOf: repeatElement(0, count: count - c.count))
        self.degree = n
        self.coefficients = c
    }

    /// The constant c as a series of degree 0.
    package init(constant: Double) {
        self.degree = 0
        self.coefficients = [constant]
    }

    /// The seed for variable `index` (0 → x, 1 → y) at `value`, truncated at `degree`. Any other
    /// index gives the constant `value`, as for `Jet2.variable`.
    package static func variable(_ index: Int, at value: Double, degree: Int) -> TaylorSeries2 {
        var a = TaylorSeries2(degree: degree, coefficients: [value])
        if a.degree >= 1, index == 0 || index == 1 { a.coefficients[1 + index] = 1 }
        return a
    }

    /// Position of a_{ij} in `coefficients`: with d = i + j, the d(d+1)/2 terms of lower degree
    /// come first, then (d,0), (d−1,1), …, (0,d).
    @inline(__always)
    package static func index(_ i: Int, _ j: Int) -> Int {
        let d = i + j
        return d * (d + 1) / 2 + j
    }

    /// (n+1)(n+2)/2, the number of terms of total degree ≤ n.
    package static func termCount(degree n: Int) -> Int { (n + 1) * (n + 2) / 2 }

    /// a₀₀.
    package var value: Double { coefficients[0] }

    /// a_{ij}, and 0 beyond the degree.
    package subscript(i: Int, j: Int) -> Double {
        i + j <= degree ? coefficients[TaylorSeries2.index(i, j)] : 0
    }

    // MARK: - Arithmetic

    private static func combine(_ a: TaylorSeries2, _ b: TaylorSeries2,
                                _ op: (Double, Double) -> Double) -> TaylorSeries2 {
        let n = max(a.degree, b.degree)
        var c = [Double](repeating: 0, count: termCount(degree: n))
        for k in c.indices {
            c[k] = op(k < a.coefficients.count ? a.coefficients[k] : 0,
                      k < b.coefficients.count ? b.coefficients[k] : 0)
        }
        return TaylorSeries2(degree: n, exactly: c)
    }

    /// Memberwise, for coefficient arrays already of the right length.
    private init(degree: Int, exactly coefficients: [Double]) {
        self.degree = degree
        self.coefficients = coefficients
    }

    package static func + (a: TaylorSeries2, b: TaylorSeries2) -> TaylorSeries2 { combine(a, b, +) }

    package static func - (a: TaylorSeries2, b: TaylorSeries2) -> TaylorSeries2 { combine(a, b, -) }

    package static prefix func - (a: TaylorSeries2) -> TaylorSeries2 {
        TaylorSeries2(degree: a.degree, exactly: a.coefficients.map { -$0 })
    }

    /// The truncated Cauchy product  c_{ij} = Σ_{p ≤ i, q ≤ j} a_{pq} b_{i−p, j−q}.
    package static func * (a: TaylorSeries2, b: TaylorSeries2) -> TaylorSeries2 {
        multiply(a, b, skippingConstantOf: false)
    }

    /// The product, optionally reading b₀₀ as exactly 0 (so a NaN or infinite coefficient of a
    /// cannot leak into the constant term through 0·∞ when b has no constant term).
    private static func multiply(_ a: TaylorSeries2, _ b: TaylorSeries2,
                                 skippingConstantOf skip: Bool) -> TaylorSeries2 {
        let n = max(a.degree, b.degree)
        var c = [Double](repeating: 0, count: termCount(degree: n))
        for d1 in 0...a.degree {
            for j1 in 0...d1 {
                let av = a.coefficients[index(d1 - j1, j1)]
                for d2 in stride(from: skip ? 1 : 0, through: min(b.degree, n - d1), by: 1) {
                    for j2 in 0...d2 {
                        c[index(d1 - j1 + d2 - j2, j1 + j2)] += av * b.coefficients[index(d2 - j2, j2)]
                    }
                }
            }
        }
        return TaylorSeries2(degree: n, exactly: c)
    }

    /// c = a / b from c·b = a, solved in order of total degree:
    ///
    ///     c_{ij} = (a_{ij} − Σ_{(p,q) ≠ (0,0)} b_{pq} c_{i−p, j−q}) / b₀₀
    ///
    /// b₀₀ = 0 gives infinite or NaN coefficients.
    package static func / (a: TaylorSeries2, b: TaylorSeries2) -> TaylorSeries2 {
        let n = max(a.degree, b.degree)
        var c = [Double](repeating: 0, count: termCount(degree: n))
        let b00 = b.coefficients[0]
        for d in 0...n {
            for j in 0...d {
                let i = d - j
                var s = a[i, j]
                for db in stride(from: 1, through: min(d, b.degree), by: 1) {
                    for q in 0...db {
                        let p = db - q
                        guard p <= i, q <= j else { continue }
                        s -= b.coefficients[index(p, q)] * c[index(i - p, j - q)]
                    }
                }
                c[index(i, j)] = s / b00
            }
        }
        return TaylorSeries2(degree: n, exactly: c)
    }

    // MARK: - Functions, by composition

    /// Σ_k f[k]·ãᵏ by Horner's rule, where ã is `a` without its constant term and f[k] are the
    /// univariate Taylor coefficients of the outer function at a₀. The constant term of the
    /// result is exactly f[0].
    static func compose(_ f: TaylorSeries1, with a: TaylorSeries2) -> TaylorSeries2 {
        let n = a.degree
        var u = TaylorSeries2(degree: n, coefficients: [f[n]])
        for k in stride(from: n - 1, through: 0, by: -1) {
            u = multiply(u, a, skippingConstantOf: true)
            u.coefficients[0] = f[k]
        }
        return u
    }

    /// a^c for a constant c: composition with the univariate series of (a₀ + t)^c, whose
    /// coefficients `TaylorSeries1.power` computes exactly for integer c ≥ 0 (so a polynomial
    /// stays a polynomial) and as NaN where a^c has no expansion (a₀ = 0, c not a non-negative
    /// integer).
    package static func power(_ a: TaylorSeries2, _ c: Double) -> TaylorSeries2 {
        compose(TaylorSeries1.power(TaylorSeries1.variable(at: a.value, degree: a.degree), c), with: a)
    }

    package static func apply(_ f: MathFunction, _ a: TaylorSeries2) -> TaylorSeries2 {
        compose(TaylorSeries1.apply(f, TaylorSeries1.variable(at: a.value, degree: a.degree)), with: a)
    }
}
