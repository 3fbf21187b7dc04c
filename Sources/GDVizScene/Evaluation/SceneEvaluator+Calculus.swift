import GDVizEngine

/// The engine work behind the calculus layers. Derivatives are exact (forward-mode `Jet2`).
extension SceneEvaluator {
    /// The evaluated form of a calculus layer; `nil` for other kinds.
    static func calculusLayer(_ layer: LayerSpec, objective: Objective, scene: Scene) -> EvaluatedLayer? {
        let domain = scene.domain
        switch layer {
        case .tangent(let spec):
            let jet = objective.jet(at: Point2(spec.at, 0))
            let point = Point2(spec.at, jet.value), slope = jet.gx
            let (x0, x1) = spec.length.map { (spec.at - $0 / 2, spec.at + $0 / 2) } ?? (domain.xMin, domain.xMax)
            return .tangent(spec, point: point, slope: slope,
                            line: [x0, x1].map { Point2($0, point.y + slope * ($0 - point.x)) })
        case .secant(let spec):
            let from = graphPoint(objective, spec.at), to = graphPoint(objective, spec.at + spec.h)
            let slope = (to.y - from.y) / (to.x - from.x)
            return .secant(spec, from: from, to: to,
                           line: [domain.xMin, domain.xMax].map { Point2($0, from.y + slope * ($0 - from.x)) })
        case .points(let spec):
            let jets = spec.x.map { objective.jet(at: Point2($0, 0)) }
            return .points(spec, points: zip(spec.x, jets).map { Point2($0, $1.value) }, slopes: jets.map(\.gx))
        case .interval(let spec):
            return .interval(spec)
        case .chord(let spec):
            return .chord(spec, from: graphPoint(objective, spec.from), to: graphPoint(objective, spec.to))
        case .constraint(let spec):
            guard let g = try? MathExpression.parse(spec.g, variables: ["x", "y"], parameters: spec.parameters) else {
                return .constraint(spec, lines: [])
            }
            return .constraint(spec, lines: zeroSet(Objective(g, dimension: 2), in: domain, resolution: scene.resolution))
        case .parametric(let spec):
            return parametric(spec)
        case .vector(let spec):
            var field = objective
            if let source = spec.function {
                guard let g = try? MathExpression.parse(source, variables: ["x", "y"], parameters: spec.parameters)
                else { return .vector(spec, tails: [], vectors: []) }
                field = Objective(g, dimension: 2)
            }
            let tails = spec.at.map { Point2($0[0], $0.count > 1 ? $0[1] : 0) }
            let vectors = tails.map { tail -> Point2 in
                switch spec.direction {
                case .gradient: return field.gradient(at: tail)
                case .descent: return -field.gradient(at: tail)
                case .fixed(let x, let y): return Point2(x, y)
                }
            }
            return .vector(spec, tails: tails, vectors: vectors)
        case .annotation(let spec):
            return .annotation(spec)
        default:
            return nil
        }
    }

    /// (x, f(x)) on a 1-D graph.
    static func graphPoint(_ objective: Objective, _ x: Double) -> Point2 {
        Point2(x, objective.value(at: Point2(x, 0)))
    }

    /// The curve g = 0: marching squares on a grid over `domain`, then each vertex moved onto the
    /// curve by up to two Newton steps along ∇g,
    ///
    ///     p ← p − g(p) ∇g(p) / ‖∇g(p)‖²,
    ///
    /// which leaves |g| at rounding level for smooth g. A step longer than one grid cell (near a
    /// critical point of g, where ∇g ≈ 0) is not taken and the interpolated vertex is kept.
    static func zeroSet(_ g: Objective, in domain: Domain, resolution: Int) -> [ContourLine] {
        let grid = g.sample(domain, columns: resolution, rows: resolution)
        let cell = max(domain.width, domain.height) / Double(resolution - 1)
        return MarchingSquares.contour(grid, level: 0).lines.map { line in
            var projected = line
            projected.points = line.points.map { start in
                var p = start
                for _ in 0..<2 {
                    let jet = g.jet(at: p)
                    let squared = jet.gx * jet.gx + jet.gy * jet.gy
                    guard jet.value != 0, squared > 0, jet.value.isFinite else { break }
                    let next = p - (jet.value / squared) * jet.gradient
                    guard next.isFinite, next.distance(to: start) <= cell else { break }
                    p = next
                }
                return p
            }
            return projected
        }
    }

    /// Samples (x(t), y(t)) at `samples` equally spaced t from tMin to tMax, both included, and the
    /// markers' points and exact velocities (x′(t), y′(t)).
    static func parametric(_ spec: ParametricLayerSpec) -> EvaluatedLayer {
        guard let x = try? MathExpression.parse(spec.x, variables: ["t"], parameters: spec.parameters),
              let y = try? MathExpression.parse(spec.y, variables: ["t"], parameters: spec.parameters)
        else { return .parametric(spec, path: [], markers: [], velocities: []) }
        func point(_ t: Double) -> Point2 { Point2(x.value(at: [t]), y.value(at: [t])) }
        let count = max(2, spec.samples)
        let path = (0..<count).map { k -> Point2 in
            // The last sample is exactly tMax, whatever rounding the step has.
            let t = k == count - 1 ? spec.tMax : spec.tMin + Double(k) * (spec.tMax - spec.tMin) / Double(count - 1)
            return point(t)
        }
        let velocities = spec.markers.map { t -> Point2 in
            let variable = [Jet2.variable(0, t)]
            return Point2(x.program.evaluate(variable).gx, y.program.evaluate(variable).gx)
        }
        return .parametric(spec, path: path, markers: spec.markers.map(point), velocities: velocities)
    }
}
