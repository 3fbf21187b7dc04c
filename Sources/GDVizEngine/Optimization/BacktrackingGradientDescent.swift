/// Gradient descent with a backtracking (Armijo) line search. Each step starts from the trial
/// step α₀ and shrinks it by ρ until the sufficient-decrease condition holds:
///
///     α = α₀ ρ^k  for the smallest k = 0, 1, …, 49 with  f(x − α∇f(x)) ≤ f(x) − c α ‖∇f(x)‖²
///     x_{t+1} = x_t − α ∇f(x_t)
///
/// For smooth f and ∇f(x) ≠ 0 some α > 0 always passes (c < 1), so in exact arithmetic the
/// search ends. In floating point it can fail when x already sits on the minimum to rounding
/// precision (the decrease c α ‖∇f‖² is below the last bit of f). After 50 shrinks the step is
/// taken anyway with α = α₀ ρ^50 (about 1e-15 α₀ for ρ = ½): the iterate then barely moves, the
/// run usually ends with `max_steps`, and the recorded step sizes show the stall. A trial point
/// where f is NaN counts as a failure, so the search also backs away from the edge of f's domain.
///
/// The reported step size is the accepted α. α₀ is the same at every step; PyTorch has no
/// equivalent optimizer.
package struct BacktrackingGradientDescent: UpdateRule {
    /// α₀, the first trial step of every line search.
    package var initialStep: Double
    /// ρ, the factor by which a rejected α shrinks.
    package var shrink: Double
    /// c, the fraction of the first-order decrease the step must achieve.
    package var sufficientDecrease: Double

    /// The most times α is shrunk in one step.
    package static let maxShrinks = 50

    package init(initialStep: Double, shrink: Double = 0.5, sufficientDecrease: Double = 1e-4) {
        self.initialStep = initialStep
        self.shrink = shrink
        self.sufficientDecrease = sufficientDecrease
    }

    package mutating func step(from x: Point2, jet: Jet2, objective: Objective, t: Int) -> StepOutcome {
        let g = jet.gradient
        let squaredNorm = g.x * g.x + g.y * g.y
        var alpha = initialStep
        for _ in 0..<Self.maxShrinks {
            if objective.value(at: x - alpha * g) <= jet.value - sufficientDecrease * alpha * squaredNorm { break }
            alpha *= shrink
        }
        return .moved(to: x - alpha * g, stepSize: alpha)
    }
}
