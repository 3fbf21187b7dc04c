/// Stochastic (minibatch) gradient descent on a loss that is a mean of per-sample losses,
/// L(θ) = (1/N) Σ ℓ_i(θ), such as ``LeastSquares``:
///
///     B_t = the next batch of the ``MinibatchSampler``     (|B_t| = batchSize, or fewer at an epoch's end)
///     g_t = (1/|B_t|) Σ_{i ∈ B_t} ∇ℓ_i(θ_t)                (exact gradients, by ``Jet2``)
///     θ_{t+1} = θ_t − η_t g_t
///
/// batchSize 1 is SGD ("sgd" in scenes); larger batches are minibatch gradient descent. A batch of
/// all N samples is gradient descent on L up to the rounding of the sum.
///
/// The `objective` given to ``step(from:jet:objective:t:)`` (and so to ``runOptimizer(_:objective:start:stopping:)``)
/// should be L itself: the run records L and ‖∇L‖ at every iterate and stops on ‖∇L‖ < ε,
/// while the steps only ever see the sampled gradients.
package struct StochasticGradientDescent: UpdateRule {
    /// ℓ_1 … ℓ_N, of the same dimension as L.
    package let samples: [Objective]
    /// η_t for step t = 0, 1, ….
    package let learningRate: (Int) -> Double
    package private(set) var sampler: MinibatchSampler
    /// Scratch space of the jets, reused from step to step (a run takes thousands of steps).
    private var slots: [Jet2] = []

    /// `samples` must not be empty; `batchSize` must be at least 1.
    package init(samples: [Objective], batchSize: Int, seed: UInt64, learningRate: @escaping (Int) -> Double) {
        precondition(!samples.isEmpty, "stochastic gradient descent needs at least one sample")
        self.samples = samples
        self.learningRate = learningRate
        self.sampler = MinibatchSampler(sampleCount: samples.count, batchSize: batchSize, seed: seed)
    }

    /// A constant learning rate η.
    package init(samples: [Objective], batchSize: Int, seed: UInt64, learningRate: Double) {
        self.init(samples: samples, batchSize: batchSize, seed: seed, learningRate: { _ in learningRate })
    }

    /// The mean of the batch's exact gradients at `x`.
    package static func batchGradient(_ batch: ArraySlice<Int>, of samples: [Objective], at x: Point2,
                                      slots: inout [Jet2]) -> Point2 {
        var sum = Point2.zero
        for i in batch { sum = sum + samples[i].jet(at: x, slots: &slots).gradient }
        let n = Double(batch.count)
        return Point2(sum.x / n, sum.y / n)
    }

    package mutating func step(from x: Point2, jet: Jet2, objective: Objective, t: Int) -> StepOutcome {
        let eta = learningRate(t)
        let g = Self.batchGradient(sampler.nextBatch(), of: samples, at: x, slots: &slots)
        return .moved(to: x - eta * g, stepSize: eta)
    }
}
