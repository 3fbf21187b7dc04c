import GDVizEngine

/// Surface panels: everything the 3-D view draws, computed by the engine.
extension SceneEvaluator {
    /// Arrows per axis of the floor's gradient field.
    static let floorArrowsPerAxis = 15

    static func surface(_ spec: SurfacePanelSpec, scene: Scene, objective: Objective, runs: [EvaluatedRun],
                        cache: EvaluationCache) -> EvaluatedSurface {
        let domain = scene.domain
        let vertices = spec.resolution + 1
        let mesh = objective.sample(domain, columns: vertices, rows: vertices)
        // Rows of the mesh on different cores; each vertex's gradient is computed alone.
        let gradients = ParallelWork.map(vertices) { j in
            var slots: [Jet2] = []
            return (0..<vertices).map { i in objective.jet(at: Point2(mesh.x(i), mesh.y(j)), slots: &slots).gradient }
        }.flatMap { $0 }

        // The finer contour grid is shared with the scene's plot panels (same domain and resolution).
        let fine = cache.grid(objective, domain, resolution: scene.resolution)
        let valueRange = union(mesh.finiteRange, fine.finiteRange) ?? 0...1

        let floorContours = spec.floorContours
            ? MarchingSquares.contours(fine, levels: levels(spec.levels, grid: fine)) : []
        let floorGradient = spec.floorGradient ? gradientField(objective, domain: domain) : []
        let criticalPoints = spec.criticalPoints ? cache.stationarySet(objective, domain).points : []
        let step = min(domain.width, domain.height) / Double(2 * spec.resolution)
        let shown = runs.indices.filter { spec.runLabels?.contains(runs[$0].spec.label) ?? true }
        let lifted = ParallelWork.map(shown.count) { k in
            lift(runs[shown[k]].trajectory, run: shown[k], objective: objective, domain: domain, step: step)
        }
        return EvaluatedSurface(mesh: mesh, gradients: gradients, valueRange: valueRange, floorContours: floorContours,
                                floorGradient: floorGradient, criticalPoints: criticalPoints, runs: lifted)
    }

    private static func union(_ a: ClosedRange<Double>?, _ b: ClosedRange<Double>?) -> ClosedRange<Double>? {
        guard let a else { return b }
        guard let b else { return a }
        return min(a.lowerBound, b.lowerBound)...max(a.upperBound, b.upperBound)
    }

    /// ∇f at the centres of a `floorArrowsPerAxis`² grid of cells covering the domain.
    static func gradientField(_ objective: Objective, domain: Domain) -> [GradientSample] {
        let n = floorArrowsPerAxis
        var samples: [GradientSample] = []
        for j in 0..<n {
            for i in 0..<n {
                let p = Point2(domain.xMin + (Double(i) + 0.5) * domain.width / Double(n),
                               domain.yMin + (Double(j) + 0.5) * domain.height / Double(n))
                samples.append(GradientSample(point: p, gradient: objective.gradient(at: p)))
            }
        }
        return samples
    }

    /// The iterates joined by straight steps, each cut into pieces of at most `step`, with f at
    /// every point; cut at the boundary where the run first leaves `domain`.
    static func lift(_ trajectory: Trajectory, run: Int, objective: Objective, domain: Domain,
                     step: Double) -> LiftedRun {
        var points: [Point2] = [], iterates: [Int] = []
        var leftDomain = false
        let iterateList = trajectory.points.filter(\.isFinite)
        if let first = iterateList.first, domain.contains(first) {
            points.append(first)
            iterates.append(0)
            for (a, b) in zip(iterateList, iterateList.dropFirst()) {
                var end = b
                if !domain.contains(b) {
                    end = domain.exitPoint(from: a, to: b)
                    leftDomain = true
                }
                let pieces = max(1, Int.checked((a.distance(to: end) / step).rounded(.up)))
                for k in 1...pieces {
                    let t = Double(k) / Double(pieces)
                    points.append(Point2(a.x + t * (end.x - a.x), a.y + t * (end.y - a.y)))
                }
                if leftDomain { break }
                iterates.append(points.count - 1)
            }
        } else {
            leftDomain = !iterateList.isEmpty
        }
        var slots: [Double] = []
        let heights = points.map { objective.value(at: $0, slots: &slots) }
        return LiftedRun(run: run, points: points, heights: heights, iterates: iterates, leftDomain: leftDomain)
    }
}
