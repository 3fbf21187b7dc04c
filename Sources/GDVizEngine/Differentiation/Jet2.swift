/// A value with its exact gradient and Hessian in two variables (second-order forward mode).
///
/// For u = f(a) the chain rule gives
///
///     ∇u = f′(a) ∇a
///     Hu = f′(a) Ha + f″(a) ∇a ∇aᵀ
///
/// and for products  H(ab) = a Hb + b Ha + ∇a ∇bᵀ + ∇b ∇aᵀ.
/// The Hessian is symmetric, so only (xx, xy, yy) are stored.
public struct Jet2: ADScalar, Equatable {
    public var value: Double
    public var gx: Double, gy: Double
    public var hxx: Double, hxy: Double, hyy: Double

    public init(value: Double, gx: Double, gy: Double, hxx: Double, hxy: Double, hyy: Double) {
        self.value = value
        self.gx = gx; self.gy = gy
        self.hxx = hxx; self.hxy = hxy; self.hyy = hyy
    }

    package init(constant: Double) {
        self.init(value: constant, gx: 0, gy: 0, hxx: 0, hxy: 0, hyy: 0)
    }

    /// The seed for variable `index` (0 → x, 1 → y) at `value`.
    package static func variable(_ index: Int, _ value: Double) -> Jet2 {
        Jet2(value: value, gx: index == 0 ? 1 : 0, gy: index == 1 ? 1 : 0, hxx: 0, hxy: 0, hyy: 0)
    }

    public var gradient: Point2 { Point2(gx, gy) }

    /// Applies a scalar function given its value and first two derivatives at `value`.
    @inline(__always)
    func chain(_ f0: Double, _ f1: Double, _ f2: Double) -> Jet2 {
        Jet2(value: f0, gx: f1 * gx, gy: f1 * gy,
             hxx: f1 * hxx + f2 * gx * gx,
             hxy: f1 * hxy + f2 * gx * gy,
             hyy: f1 * hyy + f2 * gy * gy)
    }

    package static func + (a: Jet2, b: Jet2) -> Jet2 {
        Jet2(value: a.value + b.value, gx: a.gx + b.gx, gy: a.gy + b.gy,
             hxx: a.hxx + b.hxx, hxy: a.hxy + b.hxy, hyy: a.hyy + b.hyy)
    }

    package static func - (a: Jet2, b: Jet2) -> Jet2 {
        Jet2(value: a.value - b.value, gx: a.gx - b.gx, gy: a.gy - b.gy,
             hxx: a.hxx - b.hxx, hxy: a.hxy - b.hxy, hyy: a.hyy - b.hyy)
    }

    package static prefix func - (a: Jet2) -> Jet2 {
        Jet2(value: -a.value, gx: -a.gx, gy: -a.gy, hxx: -a.hxx, hxy: -a.hxy, hyy: -a.hyy)
    }

    package static func * (a: Jet2, b: Jet2) -> Jet2 {
        Jet2(value: a.value * b.value,
             gx: a.value * b.gx + b.value * a.gx,
             gy: a.value * b.gy + b.value * a.gy,
             hxx: a.value * b.hxx + b.value * a.hxx + 2 * a.gx * b.gx,
             hxy: a.value * b.hxy + b.value * a.hxy + a.gx * b.gy + a.gy * b.gx,
             hyy: a.value * b.hyy + b.value * a.hyy + 2 * a.gy * b.gy)
    }

    /// Quotient rule, with q = a/b computed by one division so the value matches plain `Double`
    /// evaluation bit for bit:  ∇q = (∇a − q∇b)/b,  Hq = (Ha − q Hb − ∇q∇bᵀ − ∇b∇qᵀ)/b.
    package static func / (a: Jet2, b: Jet2) -> Jet2 {
        let q = a.value / b.value
        let gx = (a.gx - q * b.gx) / b.value, gy = (a.gy - q * b.gy) / b.value
        return Jet2(value: q, gx: gx, gy: gy,
                    hxx: (a.hxx - q * b.hxx - 2 * gx * b.gx) / b.value,
                    hxy: (a.hxy - q * b.hxy - gx * b.gy - gy * b.gx) / b.value,
                    hyy: (a.hyy - q * b.hyy - 2 * gy * b.gy) / b.value)
    }

    package static func power(_ a: Jet2, _ c: Double) -> Jet2 {
        a.chain(Elementary.power(a.value, c),
                Elementary.powerDerivative(a.value, c, order: 1),
                Elementary.powerDerivative(a.value, c, order: 2))
    }

    package static func apply(_ f: MathFunction, _ a: Jet2) -> Jet2 {
        let (f0, f1, f2) = Elementary.derivatives(f, at: a.value, order: 2)
        return a.chain(f0, f1, f2)
    }
}
