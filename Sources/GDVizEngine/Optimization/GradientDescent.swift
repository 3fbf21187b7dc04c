/// Gradient descent with a fixed step: x_{t+1} = x_t − η ∇f(x_t).
package struct GradientDescent: UpdateRule {
    package var learningRate: Double

    package init(learningRate: Double) {
        self.learningRate = learningRate
    }

    package mutating func step(from x: Point2, jet: Jet2, objective: Objective, t: Int) -> StepOutcome {
        .moved(to: x - learningRate * jet.gradient, stepSize: learningRate)
    }
}
