import GDVizEngine

/// Runs the engine on a validated scene: compiles the function, runs every optimizer,
/// extracts contours and samples curves.
public enum SceneEvaluator {
    /// Samples of a 1-D curve across the domain.
    static let curveSamples = 801

    public static func evaluate(_ scene: Scene) -> EvaluatedScene {
        let objective = makeObjective(scene)
        let runs = scene.runs.map { EvaluatedRun(spec: $0, trajectory: run($0, objective: objective, scene: scene)) }
        var grid: ScalarGrid?
        func sampledGrid() -> ScalarGrid {
            if let grid { return grid }
            let g = objective.sample(scene.domain, columns: scene.resolution, rows: scene.resolution)
            grid = g
            return g
        }
        var layers: [EvaluatedLayer] = []
        for layer in scene.layers {
            switch layer {
            case .contours(let spec):
                let g = sampledGrid()
                layers.append(.contours(spec, levels: MarchingSquares.contours(g, levels: levels(spec.levels, grid: g))))
            case .trajectories(let spec):
                let indices = runs.indices.filter { spec.runLabels?.contains(runs[$0].spec.label) ?? true }
                layers.append(.trajectories(spec, runs: indices))
            case .curve(let spec):
                layers.append(.curve(spec, samples: curve(objective, scene.domain)))
            }
        }
        return EvaluatedScene(scene: scene, objective: objective, runs: runs, layers: layers,
                              plotDomain: plotDomain(scene, objective: objective))
    }

    static func makeObjective(_ scene: Scene) -> Objective {
        switch scene.function {
        case .expression(let function):
            return Objective(function.expression, dimension: scene.dimension)
        }
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
        case .gd:
            return runOptimizer(GradientDescent(learningRate: spec.learningRate), objective: objective,
                                start: start, stopping: stopping)
        }
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
