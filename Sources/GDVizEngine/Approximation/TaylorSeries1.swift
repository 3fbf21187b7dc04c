/// A univariate power series truncated at a fixed degree n (Taylor-mode automatic
/// differentiation):
///
///     a(t) = a₀ + a₁ t + a₂ t² + … + aₙ tⁿ + O(tⁿ⁺¹),   t = x − x₀
///
/// Evaluating a program on the seed `variable(at: x₀, degree: n)` — the series x₀ + t — gives
/// the Taylor coefficients of the program's function directly: aₖ = f⁽ᵏ⁾(x₀) / k!.
///
/// Every operation is an exact recurrence on the coefficients (Griewank & Walther, *Evaluating
/// Derivatives*, 2nd ed., ch. 13), so the coefficients are exact up to floating-point rounding.
/// Nothing here uses finite differences, and no function is special-cased by its closed form.
/// The elementary functions use the recurrences that follow from the ODE each one satisfies,
/// e.g. for b = exp(a), b′ = b a′ gives
///
///     k bₖ = Σ_{j=1…k} j aⱼ bₖ₋ⱼ
///
/// Each operation costs O(n²).
///
/// ## Degrees
/// `init(constant:)` makes a series of degree 0, which `Program.evaluate` uses for numeric
/// literals. When two series of different degrees meet, the shorter one is read as padded with
/// zeros and the result has the larger degree; that is exact for constants, the only case that
/// arises when all variables are seeded at the same degree.
///
/// ## Singular points
/// NaN and infinity are results, never crashes: where the function has no Taylor expansion at
/// a₀ (log, sqrt, or 1/a at a₀ = 0; abs at 0; a non-integer power of 0) the coefficients beyond
/// the value are NaN or infinite.
package struct TaylorSeries1: ADScalar, Equatable {
    /// a₀, a₁, …, aₙ: the coefficient of tᵏ is `coefficients[k]`. Never empty.
    package private(set) var coefficients: [Double]

    /// The series with these coefficients (the constant 0 when `coefficients` is empty).
    package init(coefficients: [Double]) {
        self.coefficients = coefficients.isEmpty ? [0] : coefficients
    }

    /// The constant c as a series of degree 0.
    package init(constant: Double) {
        self.coefficients = [constant]
    }

    /// The seed x₀ + t truncated at `degree` (negative degrees are read as 0, which keeps only x₀):
    /// the independent variable expanded about x₀.
    package static func variable(at x0: Double, degree: Int) -> TaylorSeries1 {
        var c = [Double](repeating: 0, count: max(degree, 0) + 1)
        c[0] = x0
        if c.count > 1 { c[1] = 1 }
        return TaylorSeries1(coefficients: c)
    }

    /// The truncation degree n.
    package var degree: Int { coefficients.count - 1 }

    /// a₀.
    package var value: Double { coefficients[0] }

    /// aₖ, and 0 beyond the degree (the padding rule above).
    package subscript(k: Int) -> Double {
        k < coefficients.count ? coefficients[k] : 0
    }

    // MARK: - Arithmetic

    package static func + (a: TaylorSeries1, b: TaylorSeries1) -> TaylorSeries1 {
        TaylorSeries1(coefficients: (0...max(a.degree, b.degree)).map { a[$0] + b[$0] })
    }

    package static func - (a: TaylorSeries1, b: TaylorSeries1) -> TaylorSeries1 {
        TaylorSeries1(coefficients: (0...max(a.degree, b.degree)).map { a[$0] - b[$0] })
    }

    package static prefix func - (a: TaylorSeries1) -> TaylorSeries1 {
        TaylorSeries1(coefficients: a.coefficients.map { -$0 })
    }

    /// The truncated Cauchy product  cₖ = Σ_{j=0…k} aⱼ bₖ₋ⱼ.
    package static func * (a: TaylorSeries1, b: TaylorSeries1) -> TaylorSeries1 {
        let n = max(a.degree, b.degree)
        var c = [Double](repeating: 0, count: n + 1)
        for i in 0...a.degree {
            let ai = a.coefficients[i]
            for j in 0...min(b.degree, n - i) {
                c[i + j] += ai * b.coefficients[j]
            }
        }
        return TaylorSeries1(coefficients: c)
    }

    /// c = a / b from c·b = a:
    ///
    ///     cₖ = (aₖ − Σ_{j=1…k} bⱼ cₖ₋ⱼ) / b₀
    ///
    /// b₀ = 0 gives infinite or NaN coefficients (the quotient has a pole, not a Taylor series).
    package static func / (a: TaylorSeries1, b: TaylorSeries1) -> TaylorSeries1 {
        let n = max(a.degree, b.degree)
        var c = [Double](repeating: 0, count: n + 1)
        for k in 0...n {
            var s = a[k]
            for j in stride(from: 1, through: min(k, b.degree), by: 1) {
                s -= b.coefficients[j] * c[k - j]
            }
            c[k] = s / b.coefficients[0]
        }
        return TaylorSeries1(coefficients: c)
    }

    // MARK: - Powers

    /// b = a^c for a constant exponent c.
    ///
    /// - Integer 0 ≤ c ≤ 64, or any integer c ≥ 0 when a₀ = 0: binary powering of the series, so
    ///   a polynomial stays an exact polynomial (no rounding residue beyond its true degree) and
    ///   a₀ = 0 is fine. When a₀ = 0 and c > n every coefficient is exactly 0.
    /// - Otherwise, for a₀ ≠ 0, the recurrence from a b′ = c a′ b:
    ///
    ///       b₀ = a₀^c,   bₖ = 1/(k a₀) · Σ_{j=1…k} (c·j − (k − j)) aⱼ bₖ₋ⱼ
    ///
    ///   (a negative a₀ with a non-integer c gives b₀ = NaN, and so NaN throughout).
    /// - Otherwise (a₀ = 0 and c negative or not an integer) a^c has no Taylor series at t = 0:
    ///   b₀ = 0^c and the other coefficients are NaN.
    package static func power(_ a: TaylorSeries1, _ c: Double) -> TaylorSeries1 {
        let n = a.degree
        let a0 = a.coefficients[0]
        if c >= 0, c == c.rounded() {
            if a0 == 0, c > Double(n) {
                return TaylorSeries1(coefficients: [Double](repeating: 0, count: n + 1))
            }
            // With a₀ = 0 we now have c ≤ n; larger exponents of a nonzero a₀ use the recurrence.
            if a0 == 0 || c <= 64 {
                return integerPower(a, Int(c))
            }
        }
        var b = [Double](repeating: .nan, count: n + 1)
        b[0] = Elementary.power(a0, c)
        guard a0 != 0, n > 0 else { return TaylorSeries1(coefficients: b) }
        for k in 1...n {
            var s = 0.0
            for j in 1...k {
                s += (c * Double(j) - Double(k - j)) * a.coefficients[j] * b[k - j]
            }
            b[k] = s / (Double(k) * a0)
        }
        return TaylorSeries1(coefficients: b)
    }

    /// aᵐ by binary powering (m ≥ 0).
    static func integerPower(_ a: TaylorSeries1, _ m: Int) -> TaylorSeries1 {
        var one = [Double](repeating: 0, count: a.degree + 1)
        one[0] = 1
        var result = TaylorSeries1(coefficients: one)
        var base = a
        var e = m
        while e > 0 {
            if e & 1 == 1 { result = result * base }
            e >>= 1
            if e > 0 { base = base * base }
        }
        return result
    }

    // MARK: - Elementary functions

    package static func apply(_ f: MathFunction, _ a: TaylorSeries1) -> TaylorSeries1 {
        switch f {
        case .exp: return exponential(a)
        case .log: return logarithm(a)
        case .sin: return sinCos(a).sin
        case .cos: return sinCos(a).cos
        case .tan: return tangent(a, hyperbolic: false)
        case .tanh: return tangent(a, hyperbolic: true)
        case .sqrt: return squareRoot(a)
        case .abs: return absoluteValue(a)
        }
    }

    /// b = exp(a), from b′ = b a′:  b₀ = e^{a₀},  k bₖ = Σ_{j=1…k} j aⱼ bₖ₋ⱼ.
    static func exponential(_ a: TaylorSeries1) -> TaylorSeries1 {
        let n = a.degree
        var b = [Double](repeating: 0, count: n + 1)
        b[0] = Double.apply(.exp, a.coefficients[0])
        for k in stride(from: 1, through: n, by: 1) {
            var s = 0.0
            for j in 1...k { s += Double(j) * a.coefficients[j] * b[k - j] }
            b[k] = s / Double(k)
        }
        return TaylorSeries1(coefficients: b)
    }

    /// b = log(a), from a b′ = a′:
    ///
    ///     b₀ = log a₀,   bₖ = (aₖ − (1/k) Σ_{j=1…k−1} j bⱼ aₖ₋ⱼ) / a₀
    static func logarithm(_ a: TaylorSeries1) -> TaylorSeries1 {
        let n = a.degree
        let a0 = a.coefficients[0]
        var b = [Double](repeating: 0, count: n + 1)
        b[0] = Double.apply(.log, a0)
        for k in stride(from: 1, through: n, by: 1) {
            var s = 0.0
            for j in stride(from: 1, to: k, by: 1) { s += Double(j) * b[j] * a.coefficients[k - j] }
            b[k] = (a.coefficients[k] - s / Double(k)) / a0
        }
        return TaylorSeries1(coefficients: b)
    }

    /// s = sin(a) and c = cos(a) together, from s′ = c a′ and c′ = −s a′:
    ///
    ///     k sₖ = Σ_{j=1…k} j aⱼ cₖ₋ⱼ,   k cₖ = −Σ_{j=1…k} j aⱼ sₖ₋ⱼ
    package static func sinCos(_ a: TaylorSeries1) -> (sin: TaylorSeries1, cos: TaylorSeries1) {
        let n = a.degree
        var s = [Double](repeating: 0, count: n + 1)
        var c = [Double](repeating: 0, count: n + 1)
        s[0] = Double.apply(.sin, a.coefficients[0])
        c[0] = Double.apply(.cos, a.coefficients[0])
        for k in stride(from: 1, through: n, by: 1) {
            var ss = 0.0, cc = 0.0
            for j in 1...k {
                let w = Double(j) * a.coefficients[j]
                ss += w * c[k - j]
                cc += w * s[k - j]
            }
            s[k] = ss / Double(k)
            c[k] = -cc / Double(k)
        }
        return (TaylorSeries1(coefficients: s), TaylorSeries1(coefficients: c))
    }

    /// b = tan(a) from b′ = (1 + b²) a′, or b = tanh(a) from b′ = (1 − b²) a′. With
    /// d = 1 ± b² (built up alongside b):
    ///
    ///     k bₖ = Σ_{j=1…k} j aⱼ dₖ₋ⱼ,   dₘ = δₘ₀ ± Σ_{i=0…m} bᵢ bₘ₋ᵢ
    static func tangent(_ a: TaylorSeries1, hyperbolic: Bool) -> TaylorSeries1 {
        let n = a.degree
        let sign: Double = hyperbolic ? -1 : 1
        var b = [Double](repeating: 0, count: n + 1)
        var d = [Double](repeating: 0, count: n + 1)
        b[0] = Double.apply(hyperbolic ? .tanh : .tan, a.coefficients[0])
        d[0] = 1 + sign * b[0] * b[0]
        for k in stride(from: 1, through: n, by: 1) {
            var s = 0.0
            for j in 1...k { s += Double(j) * a.coefficients[j] * d[k - j] }
            b[k] = s / Double(k)
            var square = 0.0
            for i in 0...k { square += b[i] * b[k - i] }
            d[k] = sign * square
        }
        return TaylorSeries1(coefficients: b)
    }

    /// b = √a from b² = a:  b₀ = √a₀,  bₖ = (aₖ − Σ_{j=1…k−1} bⱼ bₖ₋ⱼ) / (2 b₀).
    static func squareRoot(_ a: TaylorSeries1) -> TaylorSeries1 {
        let n = a.degree
        var b = [Double](repeating: 0, count: n + 1)
        b[0] = a.coefficients[0].squareRoot()
        for k in stride(from: 1, through: n, by: 1) {
            var s = a.coefficients[k]
            for j in stride(from: 1, to: k, by: 1) { s -= b[j] * b[k - j] }
            b[k] = s / (2 * b[0])
        }
        return TaylorSeries1(coefficients: b)
    }

    /// |a| = sign(a₀)·a near a₀ ≠ 0. At a₀ = 0 the kink has no Taylor series: the value is 0 and
    /// the other coefficients are NaN.
    static func absoluteValue(_ a: TaylorSeries1) -> TaylorSeries1 {
        let a0 = a.coefficients[0]
        if a0 > 0 { return a }
        if a0 < 0 { return -a }
        if a0 == 0 {
            var b = [Double](repeating: .nan, count: a.degree + 1)
            b[0] = 0
            return TaylorSeries1(coefficients: b)
        }
        return TaylorSeries1(coefficients: [Double](repeating: .nan, count: a.degree + 1))
    }
}
