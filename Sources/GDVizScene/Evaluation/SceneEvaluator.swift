import GDVizEngine

/// Runs the engine on a validated scene: compiles the function, runs every optimizer,
/// extracts contours and samples curves.
package enum SceneEvaluator {
    /// Samples of a 1-D curve across the domain.
    static let curveSamples = 801

    package static func evaluate(_ scene: Scene) -> EvaluatedScene {
        let objective = makeObjective(scene)
        let specs = resolvingLearningRates(scene.runs, objective: objective, domain: scene.domain)
        // Every seed of every run is independent work: spread over the cores, kept in order.
        let seeds = specs.indices.flatMap { r in (0..<max(1, specs[r].repeatCount)).map { (run: r, seed: $0) } }
        let trajectories = ParallelWork.map(seeds.count) { k in
            var spec = specs[seeds[k].run]
            if seeds[k].seed > 0 { spec.seed = spec.seed &+ UInt64(seeds[k].seed) }
            return run(spec, objective: objective, scene: scene)
        }
        var next = 0
        let runs = specs.map { spec in
            let count = max(1, spec.repeatCount)
            defer { next += count }
            return EvaluatedRun(spec: spec, trajectory: trajectories[next],
                                repeats: Array(trajectories[(next + 1)..<(next + count)]))
        }
        let context = PanelEvaluationContext(scene: scene, objective: objective, runs: runs, cache: EvaluationCache())
        let panels = scene.drawnPanels.map { $0.content.evaluateErased(context) }
        return EvaluatedScene(scene: scene, objective: objective, runs: runs, panels: panels)
    }

    static func evaluateLayers(_ specs: [LayerSpec], scene: Scene, objective: Objective, runs: [EvaluatedRun],
                               cache: EvaluationCache) -> [EvaluatedLayer] {
        let context = LayerEvaluationContext(scene: scene, objective: objective, runs: runs, siblings: specs, cache: cache)
        return specs.map { $0.content.evaluateErased(context) }
    }

    /// f* for convergence plots: the smallest local minimum among the domain's stationary points,
    /// or the smallest value any run reached if that is lower (so f(x_t) − f* is never negative).
    static func optimum(_ stationaryPoints: [CriticalPoint], runs: [EvaluatedRun]) -> Double {
        let minima = stationaryPoints.filter { $0.kind == .minimum }.map(\.value)
        let reached = runs.flatMap { $0.trajectory.values.filter(\.isFinite) }
        return (minima + reached).min() ?? 0
    }

    /// Runs with `"lr": "auto"` get η = 1/L, L the largest Hessian eigenvalue over the domain
    /// (measured once per scene); where L is not positive (a concave or linear f) they keep their
    /// optimizer's fixed default.
    static func resolvingLearningRates(_ specs: [RunSpec], objective: Objective, domain: Domain) -> [RunSpec] {
        guard specs.contains(where: \.autoLearningRate) else { return specs }
        let bound = CurvatureBound.largestEigenvalue(objective, in: domain)
        return specs.map { spec in
            guard spec.autoLearningRate else { return spec }
            var resolved = spec
            resolved.curvatureBound = bound
            if let bound, bound > 0, (1 / bound).isFinite {
                resolved.learningRate = 1 / bound
                resolved.settings.learningRate = 1 / bound
            }
            return resolved
        }
    }

    static func makeObjective(_ scene: Scene) -> Objective {
        Objective(scene.function.expression, dimension: scene.dimension)
    }

    /// The per-sample losses ℓ_i the stochastic optimizers draw from. A scene without a data set
    /// (only possible when built in code; files are validated) has one sample, f itself, which
    /// makes SGD plain gradient descent.
    static func stochasticSamples(_ scene: Scene, objective: Objective) -> [Objective] {
        guard case .leastSquares(let problem) = scene.function else { return [objective] }
        return problem.sampleLosses.map { Objective($0, dimension: scene.dimension) }
    }

    static func run(_ spec: RunSpec, objective: Objective, scene: Scene) -> Trajectory {
        let start = spec.start.point2
        var box = StoppingCriteria.divergenceBox(for: scene.domain)
        if scene.dimension == 1 {
            box.yMin = -.infinity
            box.yMax = .infinity
        }
        let stopping = StoppingCriteria(maxSteps: spec.maxSteps, tolerance: spec.tolerance, bounds: box)
        var settings = spec.settings
        settings.learningRate = spec.learningRate
        settings.seed = spec.seed
        settings.batchSize = spec.batchSize
        let samples = spec.optimizer.isStochastic ? stochasticSamples(scene, objective: objective) : nil
        return runOptimizer(makeUpdateRule(spec.optimizer, settings, samples: samples), objective: objective,
                            start: start, stopping: stopping)
    }

    static func levels(_ spec: LevelSpec, grid: ScalarGrid) -> [Double] {
        switch spec {
        case .values(let values):
            return values
        case .count(let count, let spacing):
            guard let range = grid.finiteRange else { return [] }
            switch spacing {
            case .linear: return ContourLevels.linear(count: count, in: range)
            case .log: return ContourLevels.logarithmic(count: count, in: range)
            }
        }
    }

    /// (x, f(x)) on a 1-D graph.
    static func graphPoint(_ objective: Objective, _ x: Double) -> Point2 {
        Point2(x, objective.value(at: Point2(x, 0)))
    }

    static func curve(_ objective: Objective, _ domain: Domain) -> [Point2] {
        var slots: [Double] = []
        return (0..<curveSamples).map { k in
            let x = domain.xMin + Double(k) * domain.width / Double(curveSamples - 1)
            return Point2(x, objective.value(at: Point2(x, 0), slots: &slots))
        }
    }

    /// The scene's domain; a 1-D scene without a value range gets the curve's range plus 8 % margins.
    /// A panel's `extraCurves` (its `"curves"`) are fitted too.
    static func plotDomain(_ scene: Scene, objective: Objective, extraCurves: [[Point2]] = []) -> Domain {
        guard scene.dimension == 1, scene.valueRange == nil else { return scene.domain }
        let values = ([curve(objective, scene.domain)] + extraCurves).joined().map(\.y).filter(\.isFinite)
        var lo = values.min() ?? 0, hi = values.max() ?? 1
        if hi - lo < 1e-12 { lo -= 1; hi += 1 }
        let pad = 0.08 * (hi - lo)
        return Domain(xMin: scene.domain.xMin, xMax: scene.domain.xMax, yMin: lo - pad, yMax: hi + pad)
    }
}
