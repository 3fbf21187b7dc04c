/// Gradient descent with a fixed step: x_{t+1} = x_t − η ∇f(x_t).
public struct GradientDescent: UpdateRule {
    public var learningRate: Double

    public init(learningRate: Double) {
        self.learningRate = learningRate
    }

    public mutating func step(from x: Point2, jet: Jet2, objective: Objective, t: Int) -> StepOutcome {
        .moved(to: x - learningRate * jet.gradient, stepSize: learningRate)
    }
}
