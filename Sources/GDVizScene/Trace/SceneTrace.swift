import GDVizEngine

/// The engine's results for a scene as JSON (`gdviz trace`). The shape is a contract:
///
///     {"dimension", "function", "domain", "runs": [{label, optimizer, points, values, gradient_norms,
///      step_sizes, stop}], "critical_points": [{point, value, kind, eigenvalues, valleys?, test?}],
///      "critical_curves": [{kind, value, closed, points}],
///      "taylor": [{at, order, terms: [{powers, coefficient}]}], "graph": {nodes, edges} | null}
///
/// Points are [x, y] in 2-D and [x] in 1-D; `points[0]` is the start. Numbers have full double precision.
package enum SceneTrace {
    package static func json(for evaluated: EvaluatedScene) -> JSONText {
        let dimension = evaluated.scene.dimension
        func point(_ p: Point2) -> JSONText { dimension == 1 ? .numbers([p.x]) : .numbers([p.x, p.y]) }

        let runs: [JSONText] = evaluated.runs.map { run in
            var automatic: [(String, JSONText)] = []
            if run.spec.autoLearningRate {
                let used = run.spec.curvatureBound.map { $0 > 0 && run.spec.learningRate == 1 / $0 } ?? false
                automatic = [("lr_auto", .object([
                    ("L", run.spec.curvatureBound.map { .number($0) } ?? .null),
                    ("rule", .string(used ? "1/L" : "fallback: L is not positive")),
                ]))]
            }
            return .object([
                ("label", .string(run.spec.label)),
                ("optimizer", .string(run.spec.optimizer.rawValue)),
                ("lr", .number(run.spec.learningRate)),
            ] + automatic + [
                ("points", .pointArray(run.trajectory.points, dimension: dimension)),
                ("values", .numbers(run.trajectory.values)),
                ("gradient_norms", .numbers(run.trajectory.gradientNorms)),
                ("step_sizes", .numbers(run.trajectory.stepSizes)),
                ("stop", .string(run.trajectory.stop.rawValue)),
            ])
        }
        var criticalPoints: [JSONText] = []
        var criticalCurves: [JSONText] = []
        var taylor: [JSONText] = []
        var graph: JSONText = .null
        for layer in evaluated.layers {
            if let layer = layer as? CriticalPointsLayerSpec.Evaluated {
                criticalPoints += layer.points.map { c in
                    var members: [(String, JSONText)] = [
                        ("point", point(c.point)), ("value", .number(c.value)), ("kind", .string(c.kind.rawValue)),
                        ("eigenvalues", .numbers(c.eigenvalues))]
                    if let valleys = c.valleys { members.append(("valleys", .integer(valleys))) }
                    if c.degenerateHessian { members.append(("test", .string("sign pattern on a circle"))) }
                    return .object(members)
                }
                criticalCurves += layer.curves.map { c in
                    .object([("kind", .string(c.kind.rawValue)), ("value", .number(c.value)), ("closed", .bool(c.isClosed)),
                             ("points", .array(c.points.map(point)))])
                }
            } else if let layer = layer as? TaylorLayerSpec.Evaluated {
                taylor += layer.expansions.map { e in
                    .object([("at", .numbers(e.center)), ("order", .integer(e.order)),
                             ("terms", .array(e.terms.map { term in
                                 .object([("powers", .array(term.powers.map { .integer($0) })),
                                          ("coefficient", .number(term.coefficient))])
                             }))])
                }
            } else if let layer = layer as? ComputationGraphLayerSpec.Evaluated {
                let g = layer.graph
                graph = .object([
                    ("nodes", .array(g.nodes.map { node in
                        .object([("id", .integer(node.id)), ("operation", .string(node.operation)),
                                 ("label", .string(node.label)), ("inputs", .array(node.inputs.map { .integer($0) })),
                                 ("value", .number(node.value)), ("adjoint", .number(node.adjoint))])
                    })),
                    ("edges", .array(g.edges.map { .object([("from", .integer($0.from)), ("to", .integer($0.to))]) })),
                    ("gradient", .numbers(g.gradient)),
                ])
            }
        }
        let d = evaluated.plotDomain
        return .object([
            ("dimension", .integer(dimension)),
            ("function", .string(evaluated.objective.expression.source)),
            ("domain", dimension == 1 ? .object([("x", .numbers([d.xMin, d.xMax]))])
                                      : .object([("x", .numbers([d.xMin, d.xMax])), ("y", .numbers([d.yMin, d.yMax]))])),
            ("runs", .array(runs)),
            ("critical_points", .array(criticalPoints)),
            ("critical_curves", .array(criticalCurves)),
            ("taylor", .array(taylor)),
            ("graph", graph),
        ])
    }
}
