import GDVizEngine

/// `{"type": "data", "residuals": true}`: a least-squares scene in data space: the data points
/// (x_i, y_i), the model y = m(θ, x) at each run's final iterate θ_T and at the minimiser θ* of the
/// loss, and optionally the residuals y_i − m(θ*, x_i) as vertical segments.
package struct DataPanelSpec: PanelSpecification {
    package static let kind = PanelKind(
        name: "data", summary: "least squares: the data, the model at each run's last iterate and at the optimum",
        dimensions: 1...2,
        keys: [
            PanelKind.titleKey,
            SettingKey("runs", .strings, "labels of the runs whose final model is drawn; absent: every run"),
            SettingKey("optimum", .boolean, default: "true", "draw the model at the minimiser θ* of the loss"),
            SettingKey("residuals", .boolean, default: "false",
                       "draw y_i − m(θ, x_i) as vertical segments, for θ* (without the optimum: the first run's θ_T)"),
            SettingKey("x_range", .interval, "[min, max] of the data axis; absent: the data's x plus 8 % margins"),
            SettingKey("y_range", .interval, "[min, max] of the value axis; absent: fitted to the data and models"),
            SettingKey("x_label", .string, "the data axis label; absent: $x$"),
            SettingKey("y_label", .string, "the value axis label; absent: $y$"),
            PanelKind.legendKey,
        ])

    package var title: String?
    package var runLabels: [String]?
    package var optimum = true
    package var residuals = false
    package var xRange: [Double]?
    package var yRange: [Double]?
    package var xLabel = "$x$"
    package var yLabel = "$y$"
    package var legend: LegendOptions?

    package static func read(_ input: SpecInput) -> DataPanelSpec? {
        let reader = input.reader, path = input.path
        var panel = DataPanelSpec()
        if let form = reader.sceneFunctionForm, form != .leastSquares {
            reader.report(path.key("type"), "a data panel shows the data of a least-squares loss, but this scene's "
                          + #"function is \#(form.description); use "function": {"least_squares": …}"#)
        }
        panel.title = input.optional("title", default: nil, SceneReader.text)
        if let runs = input["runs"] {
            panel.runLabels = reader.readRunReferences(runs, at: path.key("runs"), runLabels: input.runLabels)
        }
        panel.optimum = input.optional("optimum", default: true, SceneReader.bool)
        panel.residuals = input.optional("residuals", default: false, SceneReader.bool)
        if panel.residuals, !panel.optimum, input.runLabels.isEmpty {
            reader.report(path.key("residuals"), "residuals are measured from the fit at the optimum or at the first "
                          + "run's last iterate; with \"optimum\": false the scene needs a run")
        }
        panel.xRange = input["x_range"].flatMap { reader.interval($0, at: path.key("x_range")) }.map { [$0.lowerBound, $0.upperBound] }
        panel.yRange = input["y_range"].flatMap { reader.interval($0, at: path.key("y_range")) }.map { [$0.lowerBound, $0.upperBound] }
        panel.xLabel = input.optional("x_label", default: panel.xLabel, SceneReader.text)
        panel.yLabel = input.optional("y_label", default: panel.yLabel, SceneReader.text)
        panel.legend = input["legend"].flatMap { reader.readLegend($0, at: path.key("legend")) }
        return panel
    }

    /// One drawn model curve: a run's final iterate or the optimum (`run` nil).
    package struct Fit: Sendable {
        package var run: Int?
        package var parameters: [Double]
        /// (x, m(θ, x)) across the panel's x range.
        package var samples: [Point2]
    }

    package struct Evaluated: EvaluatedPanelContent {
        package var spec: DataPanelSpec
        package var data: [Point2]
        package var fits: [Fit]
        /// From (x_i, y_i) to (x_i, m(θ, x_i)).
        package var residuals: [(Point2, Point2)]
        package var domain: Domain
        package var legend = LegendOptions()
    }

    /// Samples of each model curve.
    static let curveSamples = 241

    package func evaluate(_ context: PanelEvaluationContext) -> Evaluated {
        guard case .leastSquares(let problem) = context.scene.function,
              let model = try? MathExpression.parse(problem.model, variables: problem.parameters + [LeastSquares.dataVariable])
        else {
            // Files are validated; only a scene built in code gets here.
            return Evaluated(spec: self, data: [], fits: [], residuals: [], domain: context.scene.domain)
        }
        let data = zip(problem.x, problem.y).map { Point2($0, $1) }
        let xs = data.map(\.x)
        var lo = xRange?[0] ?? xs.min() ?? 0, hi = xRange?[1] ?? xs.max() ?? 1
        if xRange == nil {
            if hi - lo < 1e-12 { lo -= 1; hi += 1 }
            let pad = 0.08 * (hi - lo)
            lo -= pad
            hi += pad
        }
        let dimension = problem.parameters.count
        func parameters(_ p: Point2) -> [Double] { dimension == 1 ? [p.x] : [p.x, p.y] }
        func fit(_ theta: [Double], run: Int?) -> Fit {
            let samples = (0..<Self.curveSamples).map { k -> Point2 in
                let x = lo + Double(k) * (hi - lo) / Double(Self.curveSamples - 1)
                return Point2(x, model.value(at: theta + [x]))
            }
            return Fit(run: run, parameters: theta, samples: samples)
        }
        var fits: [Fit] = context.runIndices(labelled: runLabels).compactMap { index in
            context.runs[index].trajectory.last.map { fit(parameters($0), run: index) }
        }
        if optimum, let best = Self.minimiser(context) {
            fits.append(fit(parameters(best), run: nil))
        }
        var lines: [(Point2, Point2)] = []
        if residuals, let source = optimum ? fits.last(where: { $0.run == nil }) : fits.first {
            lines = data.map { ($0, Point2($0.x, model.value(at: source.parameters + [$0.x]))) }
        }
        var domain = Domain(xMin: lo, xMax: hi, yMin: 0, yMax: 1)
        if let yRange {
            domain.yMin = yRange[0]
            domain.yMax = yRange[1]
        } else {
            let ys = (data.map(\.y) + fits.flatMap { $0.samples.map(\.y) }).filter(\.isFinite)
            var bottom = ys.min() ?? 0, top = ys.max() ?? 1
            if top - bottom < 1e-12 { bottom -= 1; top += 1 }
            let pad = 0.08 * (top - bottom)
            domain.yMin = bottom - pad
            domain.yMax = top + pad
        }
        var result = Evaluated(spec: self, data: data, fits: fits, residuals: lines, domain: domain)
        result.legend = legend ?? context.scene.legend
        return result
    }

    /// θ*: the lowest minimum of the loss over the scene's domain, or the lowest point any run
    /// reached when the minimum lies outside it.
    static func minimiser(_ context: PanelEvaluationContext) -> Point2? {
        let minima = context.stationarySet().points.filter { $0.kind == .minimum }
        if let best = minima.min(by: { $0.value < $1.value }) { return best.point }
        let reached = context.runs.flatMap { run in zip(run.trajectory.points, run.trajectory.values) }
            .filter { $0.1.isFinite }
        return reached.min(by: { $0.1 < $1.1 })?.0
    }
}
