import XCTest
@testable import GDVizEngine

/// The seeded generator, the DataLoader-style sampler and stochastic gradient descent on a
/// least-squares loss.
final class StochasticTests: XCTestCase {
    // MARK: - SplitMix64 against the reference implementation

    /// Reference values printed by `python3 scripts/splitmix64_reference.py` (the same algorithm
    /// in Python's arbitrary-precision integers):
    ///
    ///     seed 0: 0xE220A8397B1DCDAF, 0x6E789E6AA1B965F4, 0x06C45D188009454F, 0xF88BB8A8724C81EC
    ///     seed 1: 0x910A2DEC89025CC1, 0xBEEB8DA1658EEC67, 0xF893A2EEFB32555E, 0x71C18690EE42C90B
    ///     seed 42: 0xBDD732262FEB6E95, 0x28EFE333B266F103, 0x47526757130F9F52, 0x581CE1FF0E4AE394
    ///     seed 7, below(10) x 8: [7, 4, 6, 3, 4, 5, 8, 2]
    ///     seed 1, permutation(12): [4, 6, 7, 9, 11, 3, 10, 1, 2, 0, 8, 5]
    ///     seed 3, N=10, B=4, 2 epochs: [[2, 8, 7, 4], [5, 6, 0, 1], [9, 3], [8, 6, 5, 4], [9, 1, 3, 7], [0, 2]]
    ///     seed 5, below(2**63 + 1) x 4: [4654242949169100535, 8957066056171264800,
    ///         204786321411665706, 1908141438795372386], state after: 0x2e2ac13ef8e8d8d7
    ///
    /// Seed 0's first output is also the published first output of Vigna's `splitmix64.c`.
    func testSplitMix64MatchesTheReferenceOutputs() {
        let expected: [UInt64: [UInt64]] = [
            0: [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F, 0xF88B_B8A8_724C_81EC],
            1: [0x910A_2DEC_8902_5CC1, 0xBEEB_8DA1_658E_EC67, 0xF893_A2EE_FB32_555E, 0x71C1_8690_EE42_C90B],
            42: [0xBDD7_3226_2FEB_6E95, 0x28EF_E333_B266_F103, 0x4752_6757_130F_9F52, 0x581C_E1FF_0E4A_E394],
        ]
        for (seed, outputs) in expected {
            var generator = SplitMix64(seed: seed)
            XCTAssertEqual((0..<4).map { _ in generator.next() }, outputs, "seed \(seed)")
        }
    }

    func testBoundedDrawsAndPermutationsMatchTheReference() {
        var seven = SplitMix64(seed: 7)
        XCTAssertEqual((0..<8).map { _ in seven.next(below: 10) }, [7, 4, 6, 3, 4, 5, 8, 2])
        var one = SplitMix64(seed: 1)
        XCTAssertEqual(one.permutation(of: 12), [4, 6, 7, 9, 11, 3, 10, 1, 2, 0, 8, 5])
        // 2⁶⁴ mod (2⁶³ + 1) = 2⁶³ − 1: about half of all draws are rejected, so the state after
        // four draws checks that Swift rejects exactly the draws Python rejects.
        var five = SplitMix64(seed: 5)
        XCTAssertEqual((0..<4).map { _ in five.next(below: (1 << 63) + 1) },
                       [4_654_242_949_169_100_535, 8_957_066_056_171_264_800, 204_786_321_411_665_706,
                        1_908_141_438_795_372_386])
        XCTAssertEqual(five.state, 0x2E2A_C13E_F8E8_D8D7)
        var any = SplitMix64(seed: 9)
        XCTAssertEqual(any.next(below: 1), 0)
        XCTAssertEqual(any.permutation(of: 0), [])
        XCTAssertEqual(any.permutation(of: 1), [0])
    }

    // MARK: - Minibatch sampler

    func testSamplerMatchesTheReferenceBatches() {
        var sampler = MinibatchSampler(sampleCount: 10, batchSize: 4, seed: 3)
        let batches = (0..<6).map { _ in Array(sampler.nextBatch()) }
        XCTAssertEqual(batches, [[2, 8, 7, 4], [5, 6, 0, 1], [9, 3], [8, 6, 5, 4], [9, 1, 3, 7], [0, 2]])
        XCTAssertEqual(sampler.epoch, 2)
    }

    /// drop_last = false: ⌈N/B⌉ batches per epoch, full ones first, and every index exactly once.
    func testEachEpochVisitsEverySampleExactlyOnce() {
        for (n, b) in [(13, 5), (12, 4), (12, 1), (7, 7), (5, 8)] {
            var sampler = MinibatchSampler(sampleCount: n, batchSize: b, seed: 2024)
            let perEpoch = (n + b - 1) / b
            var orders: Set<[Int]> = []
            for epoch in 1...30 {
                let batches = (0..<perEpoch).map { _ in Array(sampler.nextBatch()) }
                XCTAssertEqual(sampler.epoch, epoch)
                XCTAssertEqual(batches.map(\.count), (0..<perEpoch).map { k in min(b, n - k * b) }, "N=\(n) B=\(b)")
                let order = batches.flatMap { $0 }
                XCTAssertEqual(order.sorted(), Array(0..<n), "N=\(n) B=\(b) epoch \(epoch)")
                orders.insert(order)
            }
            if n > 3 { XCTAssertGreaterThan(orders.count, 1, "each epoch draws a fresh permutation") }
        }
    }

    // MARK: - Stochastic gradient descent

    private let xs: [Double] = [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5]
    private let ys: [Double] = [0.8, 1.5, 1.2, 2.1, 2.4, 2.2, 3.1, 3.0, 3.8, 3.5, 4.4, 4.1]
    /// The normal-equations solution for the data above, θ* = (XᵀX)⁻¹Xᵀy = (0.95, 0.62727…).
    private let thetaStar = Point2(0.95, 0.6272727272727272)

    private func problem() throws -> (loss: Objective, samples: [Objective]) {
        let problem = try LeastSquares(x: xs, y: ys, parameters: ["theta0", "theta1"])
        return (Objective(problem.loss, dimension: 2), problem.sampleLosses.map { Objective($0, dimension: 2) })
    }

    private func sgd(seed: UInt64, batchSize: Int = 1, steps: Int, start: Point2 = .zero,
                     learningRate: @escaping (Int) -> Double = { _ in 0.02 }) throws -> Trajectory {
        let (loss, samples) = try problem()
        let rule = StochasticGradientDescent(samples: samples, batchSize: batchSize, seed: seed, learningRate: learningRate)
        return runOptimizer(rule, objective: loss, start: start,
                            stopping: StoppingCriteria(maxSteps: steps, tolerance: 1e-12))
    }

    func testSameSeedGivesTheSameTrajectory() throws {
        // Determinism is the property under test, so the trajectories must be identical.
        XCTAssertEqual(try sgd(seed: 1, steps: 200), try sgd(seed: 1, steps: 200))
        XCTAssertEqual(try sgd(seed: 77, batchSize: 4, steps: 50), try sgd(seed: 77, batchSize: 4, steps: 50))
    }

    func testDifferentSeedsGiveDifferentTrajectories() throws {
        let a = try sgd(seed: 1, steps: 60), b = try sgd(seed: 2, steps: 60)
        XCTAssertEqual(a.points.count, 61)
        XCTAssertEqual(b.points.count, 61)
        XCTAssertNotEqual(a.points, b.points)
        XCTAssertGreaterThan(a.points[60].distance(to: b.points[60]), 1e-6)
    }

    /// Step 0 of SGD uses the first index of the seed's first permutation.
    func testAnSGDStepFollowsOneSampleGradient() throws {
        let (_, samples) = try problem()
        var generator = SplitMix64(seed: 5)
        let first = generator.permutation(of: 12)[0]
        let start = Point2(0.3, -0.2)
        let t = try sgd(seed: 5, steps: 1, start: start, learningRate: { _ in 0.01 })
        let expected = start - 0.01 * samples[first].gradient(at: start)
        XCTAssertEqual(t.points[1].x, expected.x, accuracy: 1e-15)
        XCTAssertEqual(t.points[1].y, expected.y, accuracy: 1e-15)
        XCTAssertEqual(t.stepSizes, [0.01])
    }

    /// A batch of all N samples is a gradient-descent step on L: the same iterates up to the
    /// rounding of the sum (tolerance 1e-12 relative).
    func testFullBatchIsGradientDescent() throws {
        let (loss, _) = try problem()
        let stochastic = try sgd(seed: 9, batchSize: 12, steps: 40)
        let full = runOptimizer(GradientDescent(learningRate: 0.02), objective: loss, start: .zero,
                                stopping: StoppingCriteria(maxSteps: 40, tolerance: 1e-12))
        XCTAssertEqual(stochastic.points.count, full.points.count)
        for (p, q) in zip(stochastic.points, full.points) {
            XCTAssertLessThanOrEqual(p.distance(to: q), 1e-12 * max(1, q.norm))
        }
    }

    /// The learning-rate closure gets the step number t = 0, 1, ….
    func testScheduleIsCalledWithTheStepNumber() throws {
        let t = try sgd(seed: 0, steps: 5, learningRate: { 0.02 / Double(1 + $0) })
        XCTAssertEqual(t.stepSizes, [0.02, 0.01, 0.02 / 3, 0.005, 0.004])
    }

    /// With η_t = 0.02 / (1 + 0.004 t), 3600 steps (300 epochs) from θ = 0, the mean final
    /// iterate of 40 seeds lies within 5e-3 of the least-squares solution θ*. (`sgd_mean_error()`
    /// in scripts/splitmix64_reference.py, the same algorithm in Python, gives a mean error of
    /// about (8.8e-4, −3.9e-4) and a spread of (4.4e-4, 1.1e-3) between seeds.)
    func testMeanOfSeededRunsApproachesTheLeastSquaresSolution() throws {
        let seeds = 40
        var sum = Point2.zero
        var finals: [Point2] = []
        for seed in 0..<seeds {
            let t = try sgd(seed: UInt64(seed), steps: 3600, learningRate: { 0.02 / (1 + 0.004 * Double($0)) })
            let last = try XCTUnwrap(t.last)
            finals.append(last)
            sum = sum + last
        }
        let mean = Point2(sum.x / Double(seeds), sum.y / Double(seeds))
        XCTAssertLessThan(mean.distance(to: thetaStar), 5e-3, "mean \(mean) vs θ* \(thetaStar)")
        // The same seeds draw the same samples in Python, so the means agree to rounding.
        XCTAssertEqual(mean.x - thetaStar.x, 8.785870711903732e-4, accuracy: 1e-9)
        XCTAssertEqual(mean.y - thetaStar.y, -3.9427373386846654e-4, accuracy: 1e-9)
        XCTAssertEqual(Set(finals).count, seeds, "the seeds give different runs")
    }

    func testThetaStarIsTheNormalEquationsSolution() {
        let n = Double(xs.count)
        let sx = xs.reduce(0, +), sy = ys.reduce(0, +)
        let sxx = xs.map { $0 * $0 }.reduce(0, +), sxy = zip(xs, ys).map { $0 * $1 }.reduce(0, +)
        let det = n * sxx - sx * sx
        XCTAssertEqual((sxx * sy - sx * sxy) / det, thetaStar.x, accuracy: 1e-12)
        XCTAssertEqual((n * sxy - sx * sy) / det, thetaStar.y, accuracy: 1e-12)
    }
}
