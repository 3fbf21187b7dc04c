/// Newton's method with an optional damping factor α (1 by default, the pure method):
///
///     x_{t+1} = x_t − α H(x_t)⁻¹ ∇f(x_t)
///
/// solving the 2×2 system by Cramer's rule (for a 1-D objective, the 1×1 system f″ d = f′; y is
/// left as it is). On a quadratic with positive definite H the pure step lands on the minimiser
/// at once. Newton's method looks for a stationary point, not a minimum: with an indefinite H
/// it steps towards saddle points, and with a negative definite one towards a maximum.
///
/// The rule stops with ``StopReason/singularHessian`` when H cannot be solved with:
///
///     |det H| ≤ 1e-12 · s^n,   s = max(|hxx|, |hxy|, |hyy|),   n = the dimension
///
/// (a relative test, so it does not depend on the scale of f; for n = 1 it only fires when
/// f″ = 0 exactly), or when H or the solved step is not finite. The reported step size is α.
package struct Newton: UpdateRule {
    /// α, the fraction of the Newton step taken.
    package var damping: Double

    package init(damping: Double = 1) {
        self.damping = damping
    }

    /// det H is considered 0 below this multiple of (largest |entry|)^dimension.
    package static let singularityThreshold = 1e-12

    package mutating func step(from x: Point2, jet: Jet2, objective: Objective, t: Int) -> StepOutcome {
        let d: Point2
        if objective.dimension == 1 {
            let h = jet.hxx
            // |h| ≤ 1e-12·|h| only for h = 0.
            guard h.isFinite, h != 0 else { return .stopped(.singularHessian) }
            d = Point2(jet.gx / h, 0)
        } else {
            let scale = max(abs(jet.hxx), abs(jet.hxy), abs(jet.hyy))
            let det = jet.hxx * jet.hyy - jet.hxy * jet.hxy
            guard scale.isFinite, det.isFinite, abs(det) > Self.singularityThreshold * scale * scale else {
                return .stopped(.singularHessian)
            }
            d = Point2((jet.hyy * jet.gx - jet.hxy * jet.gy) / det, (jet.hxx * jet.gy - jet.hxy * jet.gx) / det)
        }
        guard d.isFinite else { return .stopped(.singularHessian) }
        return .moved(to: x - damping * d, stepSize: damping)
    }
}
