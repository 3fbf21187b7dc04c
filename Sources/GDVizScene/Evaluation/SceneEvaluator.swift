import GDVizEngine

/// Runs the engine on a validated scene: compiles the function, runs every optimizer,
/// extracts contours and samples curves.
public enum SceneEvaluator {
    /// Samples of a 1-D curve across the domain.
    static let curveSamples = 801

    public static func evaluate(_ scene: Scene) -> EvaluatedScene {
        let objective = makeObjective(scene)
        let runs = resolvingLearningRates(scene.runs, objective: objective, domain: scene.domain).map {
            EvaluatedRun(spec: $0, trajectory: run($0, objective: objective, scene: scene))
        }
        var grids: [String: ScalarGrid] = [:]
        let panels = scene.drawnPanels.map { spec -> EvaluatedPanel in
            switch spec {
            case .plot(let title, let layerSpecs, let override):
                var panelScene = scene
                if let override { panelScene.domain = override }
                let layers = evaluateLayers(layerSpecs, scene: panelScene, objective: objective, runs: runs, grids: &grids)
                return .plot(title: title, layers: layers, domain: plotDomain(panelScene, objective: objective))
            case .iterations(let title, let quantity, let scale, let labels):
                let indices = runs.indices.filter { labels?.contains(runs[$0].spec.label) ?? true }
                return .iterations(title: title, quantity: quantity, scale: scale, runs: indices,
                                   optimum: optimum(objective, scene: scene, runs: runs))
            case .surface(let spec):
                return .surface(spec, surface(spec, scene: scene, objective: objective, runs: runs, grids: &grids))
            case .graph(let title, let spec):
                return .graph(title: title, spec, graph: ComputationGraph.build(objective.expression, at: spec.at))
            }
        }
        return EvaluatedScene(scene: scene, objective: objective, runs: runs, panels: panels)
    }

    static func evaluateLayers(_ specs: [LayerSpec], scene: Scene, objective: Objective, runs: [EvaluatedRun],
                               grids: inout [String: ScalarGrid]) -> [EvaluatedLayer] {
        let key = scene.domain.description
        func sampledGrid() -> ScalarGrid {
            if let grid = grids[key] { return grid }
            let g = objective.sample(scene.domain, columns: scene.resolution, rows: scene.resolution)
            grids[key] = g
            return g
        }
        var layers: [EvaluatedLayer] = []
        for layer in specs {
            switch layer {
            case .contours(let spec):
                let g = sampledGrid()
                layers.append(.contours(spec, levels: MarchingSquares.contours(g, levels: levels(spec.levels, grid: g))))
            case .trajectories(let spec):
                let indices = runs.indices.filter { spec.runLabels?.contains(runs[$0].spec.label) ?? true }
                layers.append(.trajectories(spec, runs: indices))
            case .curve(let spec):
                layers.append(.curve(spec, samples: curve(objective, scene.domain)))
            case .criticalPoints(let spec):
                let set = StationaryPoints.analyse(objective, in: scene.domain)
                layers.append(.criticalPoints(spec, points: set.points, curves: set.curves))
            case .taylor(let spec):
                layers.append(taylor(spec, objective: objective, scene: scene, grid: scene.dimension == 2 ? sampledGrid() : nil,
                                     siblings: specs))
            case .graph(let spec):
                layers.append(.graph(spec, graph: ComputationGraph.build(objective.expression, at: spec.at)))
            case .tangent, .secant, .points, .interval, .chord, .constraint, .parametric, .vector, .annotation:
                if let evaluated = calculusLayer(layer, objective: objective, scene: scene) { layers.append(evaluated) }
            case .filledContours, .gradientField, .streamlines:
                if let evaluated = fieldLayer(layer, objective: objective, scene: scene, grid: sampledGrid) {
                    layers.append(evaluated)
                }
            }
        }
        return layers
    }

    /// f* for convergence plots: the smallest local minimum found in the domain, or the smallest
    /// value any run reached if that is lower (so f(x_t) − f* is never negative).
    static func optimum(_ objective: Objective, scene: Scene, runs: [EvaluatedRun]) -> Double {
        let minima = StationaryPoints.find(objective, in: scene.domain).filter { $0.kind == .minimum }.map(\.value)
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
        let start = Point2(spec.start[0], spec.start.count > 1 ? spec.start[1] : 0)
        var box = StoppingCriteria.divergenceBox(for: scene.domain)
        if scene.dimension == 1 {
            box.yMin = -.infinity
            box.yMax = .infinity
        }
        let stopping = StoppingCriteria(maxSteps: spec.maxSteps, tolerance: spec.tolerance, bounds: box)
        switch spec.optimizer {
        case .sgd, .minibatch:
            let schedule = spec.settings.schedule, eta = spec.learningRate
            let rule = StochasticGradientDescent(samples: stochasticSamples(scene, objective: objective),
                                                 batchSize: spec.batchSize, seed: spec.seed,
                                                 learningRate: { schedule.rate(base: eta, step: $0) })
            return runOptimizer(rule, objective: objective, start: start, stopping: stopping)
        default:
            let method = OptimizerMethod(rawValue: spec.optimizer.rawValue) ?? .gd
            return runOptimizer(makeUpdateRule(method, spec.settings), objective: objective, start: start,
                                stopping: stopping)
        }
    }

    /// Expansions at each order; 1-D gets curves over the domain, 2-D gets contours of each
    /// approximation at the levels of the scene's first contour layer (or 12 linear levels).
    /// `siblings` are the layers of the same panel, whose first contour layer gives the levels.
    static func taylor(_ spec: TaylorLayerSpec, objective: Objective, scene: Scene, grid: ScalarGrid?,
                       siblings: [LayerSpec]? = nil) -> EvaluatedLayer {
        let center = Point2(spec.at[0], spec.at.count > 1 ? spec.at[1] : 0)
        let expansions = spec.orders.map { Taylor.expand(objective, at: center, order: $0) }
        guard let grid else {
            let curves = expansions.map { expansion in
                (0..<curveSamples).map { k -> Point2 in
                    let x = scene.domain.xMin + Double(k) * scene.domain.width / Double(curveSamples - 1)
                    return Point2(x, expansion.value(at: [x]))
                }
            }
            return .taylor(spec, expansions: expansions, curves: curves, contours: [], levels: [])
        }
        var levelSpec = LevelSpec.count(SceneDefaults.contourLevelCount, spacing: .linear)
        for case .contours(let contours) in siblings ?? scene.layers {
            levelSpec = contours.levels
            break
        }
        let values = levels(levelSpec, grid: grid)
        let contours = expansions.map { expansion in
            let approximation = ScalarGrid(domain: scene.domain, columns: scene.resolution, rows: scene.resolution) {
                expansion.value(at: Point2($0, $1))
            }
            return MarchingSquares.contours(approximation, levels: values)
        }
        return .taylor(spec, expansions: expansions, curves: [], contours: contours, levels: values)
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

    static func curve(_ objective: Objective, _ domain: Domain) -> [Point2] {
        var slots: [Double] = []
        return (0..<curveSamples).map { k in
            let x = domain.xMin + Double(k) * domain.width / Double(curveSamples - 1)
            return Point2(x, objective.value(at: Point2(x, 0), slots: &slots))
        }
    }

    /// The scene's domain; a 1-D scene without a value range gets the curve's range plus 8 % margins.
    static func plotDomain(_ scene: Scene, objective: Objective) -> Domain {
        guard scene.dimension == 1, scene.valueRange == nil else { return scene.domain }
        let values = curve(objective, scene.domain).map(\.y).filter(\.isFinite)
        var lo = values.min() ?? 0, hi = values.max() ?? 1
        if hi - lo < 1e-12 { lo -= 1; hi += 1 }
        let pad = 0.08 * (hi - lo)
        return Domain(xMin: scene.domain.xMin, xMax: scene.domain.xMax, yMin: lo - pad, yMax: hi + pad)
    }
}
