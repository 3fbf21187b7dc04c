import Foundation
import GDVizEngine

/// The work a scene asks for, estimated before any of it is done, and the limits that keep every
/// accepted scene under 2 GiB of memory and 30 s on a 2-core machine.
///
/// Each limit was chosen by measuring a release build on such a machine (see docs/scenes.md,
/// "Limits"); the estimate is a sum of terms, each charged to the key that drives it, so a scene
/// over budget is rejected with that key's JSON path and the limit.
package enum SceneBudget {
    /// Output pixels: width × height × scale² (PNG `--scale`).
    /// 4000 × 4000 at scale 2 (64 M) measured 7.2 s and 0.98 GB.
    package static let maxPixels = 64_000_000
    /// Grid evaluations of f: Σ over sampled layers of grid points × compiled instructions of f.
    /// 4 M points × 3 200 instructions measured 63 s, so 2·10⁹ is about 10 s.
    package static let maxGridEvaluations = 2_000_000_000
    /// Contour tracing: Σ over contour-like layers of grid points × levels.
    /// 2000² points × 200 levels (8·10⁸) measured 4.8 s and 0.22 GB.
    package static let maxContourWork = 1_600_000_000
    /// Σ over runs of `max_steps`: every iterate is kept, drawn and traced.
    /// 4 runs × 10⁶ steps measured 35 s and 1.0 GB to render, 1.9 GB to trace.
    package static let maxTotalSteps = 1_000_000
    /// Σ over runs of `max_steps` × instructions of f (gradient evaluations).
    package static let maxStepEvaluations = 1_000_000_000
    /// Σ over stochastic runs of `max_steps` × samples per step (min(`batch_size`, N)).
    /// 10⁴ steps × 1000 samples (10⁷) measured 2.7 s.
    package static let maxSampleGradients = 30_000_000
    /// Streamline cells (domain width / separation) × (domain height / separation); the curves'
    /// total length, and so the RK4 steps, grow with it. 1.28 M cells measured 18 s.
    package static let maxStreamlineCells = 250_000
    /// Nodes of a drawn computation graph (compiled instructions of f).
    /// 2 500 nodes measured 9 s to lay out.
    package static let maxGraphNodes = 1_000
    /// Layers in the whole figure (all panels).
    package static let maxLayers = 100

    /// Everything in `scene` that is over budget, each at the path of the key that drives it.
    /// `pixelScale` is the PNG `--scale` (1 when only reading the scene).
    package static func issues(for scene: Scene, pixelScale: Double = 1) -> [SceneIssue] {
        var issues: [SceneIssue] = []
        func over(_ path: String, _ what: String, _ amount: Double, _ limit: Int, _ advice: String) {
            issues.append(SceneIssue(path: path, message: "\(what) is \(format(amount)); the limit is "
                                     + "\(format(Double(limit))). \(advice)"))
        }

        issues += outputIssues(for: scene, pixelScale: pixelScale)

        let instructions = Double(scene.function.expression.program.instructions.count)
        let layers = placedLayers(scene)
        if layers.count > maxLayers {
            over("$.layers", "the number of layers", Double(layers.count), maxLayers, "Draw fewer layers.")
        }

        // Sampled grids (one per contour-like layer and 1-D curve) and contour tracing.
        let gridPoints = scene.dimension == 1 ? Double(scene.resolution) : Double(scene.resolution) * Double(scene.resolution)
        var gridEvaluations = 0.0
        var contourWork = 0.0
        var contourDriver: String?
        var graphDrivers: [String] = []
        for (layer, path) in layers {
            let content = layer.content
            // A panel with its own function samples that one, in its own dimension.
            let own = ownFunction(scene, path: path)
            let instructions = own.map { Double($0.function.expression.program.instructions.count) } ?? instructions
            let gridPoints = own.map { $0.dimension == 1 ? Double(scene.resolution) : Double(scene.resolution) * Double(scene.resolution) }
                ?? gridPoints
            if let spec = content as? ContourLayerSpec {
                gridEvaluations += gridPoints * instructions
                contourWork += gridPoints * Double(levelCount(spec.levels))
                contourDriver = contourDriver ?? path + ".levels"
            } else if let spec = content as? FilledContourLayerSpec {
                gridEvaluations += gridPoints * instructions
                contourWork += gridPoints * Double(levelCount(spec.levels))
                contourDriver = contourDriver ?? path + ".levels"
            } else if content is CurveLayerSpec || content is CriticalPointsLayerSpec {
                gridEvaluations += gridPoints * instructions
            } else if let spec = content as? StreamlineLayerSpec {
                let domain = panelDomain(scene, path: path)
                let separation = spec.separation ?? StreamlineLayerSpec.separationFraction * max(domain.width, domain.height)
                let cells = (domain.width / separation) * (domain.height / separation)
                if !(cells <= Double(maxStreamlineCells)) {
                    over(path + ".separation", "the streamline grid (domain width / separation × height / separation)",
                         cells, maxStreamlineCells,
                         "Use a separation of at least \(String(format: "%.3g", minimumSeparation(domain))).")
                }
            } else if content is ComputationGraphLayerSpec {
                graphDrivers.append(path)
            }
        }
        for (index, panel) in scene.panels.enumerated() {
            let path = "$.panels[\(index)]"
            if let spec = panel.content as? SurfacePanelSpec {
                let points = Double(spec.resolution) * Double(spec.resolution)
                gridEvaluations += points * instructions
                if spec.floorContours { contourWork += points * Double(levelCount(spec.levels)) }
            } else if panel.content is ComputationGraphPanelSpec {
                graphDrivers.append(path)
            } else if panel.content is DataPanelSpec {
                // Finding θ* costs about what a critical_points layer does.
                gridEvaluations += gridPoints * instructions
            }
        }
        if let first = graphDrivers.first, instructions > Double(maxGraphNodes) {
            issues.append(SceneIssue(path: "$.function", message: "the computation graph of f (drawn by \(first)) "
                + "has \(format(instructions)) nodes; the limit is \(format(Double(maxGraphNodes))). "
                + "Draw the graph of a shorter expression."))
        }
        if !(gridEvaluations <= Double(maxGridEvaluations)) {
            over("$.resolution", "sampling f (grid points × \(format(instructions)) operations of f, summed over layers)",
                 gridEvaluations, maxGridEvaluations, "Lower the resolution, or use fewer sampled layers or a shorter f.")
        }
        if !(contourWork <= Double(maxContourWork)) {
            over(contourDriver ?? "$.resolution", "contouring (grid points × levels, summed over layers)",
                 contourWork, maxContourWork, "Use fewer levels or a lower resolution.")
        }

        // Optimizer runs, charged to the run with the most steps.
        // A repeated run costs its steps once per seed.
        if let heaviest = scene.runs.indices.max(by: {
            scene.runs[$0].maxSteps * scene.runs[$0].repeatCount < scene.runs[$1].maxSteps * scene.runs[$1].repeatCount
        }) {
            let path = "$.runs[\(heaviest)].max_steps"
            let steps = scene.runs.reduce(0.0) { $0 + Double($1.maxSteps) * Double($1.repeatCount) }
            if !(steps <= Double(maxTotalSteps)) {
                over(path, "the total of max_steps over all runs", steps, maxTotalSteps, "Take fewer steps.")
            }
            let evaluations = steps * instructions * 3
            if steps <= Double(maxTotalSteps), !(evaluations <= Double(maxStepEvaluations)) {
                over(path, "the runs' work (steps × 3 × \(format(instructions)) operations of f)", evaluations,
                     maxStepEvaluations, "Take fewer steps or use a shorter f.")
            }
        }
        if case .leastSquares(let problem) = scene.function {
            var samples = 0.0
            var driver: String?
            for (index, run) in scene.runs.enumerated() where run.optimizer == .sgd || run.optimizer == .minibatch {
                let batch = run.optimizer == .sgd ? 1 : min(run.batchSize, problem.count)
                samples += Double(run.maxSteps) * Double(batch) * Double(run.repeatCount)
                if driver == nil || batch > 1 { driver = "$.runs[\(index)]" + (batch > 1 ? ".batch_size" : ".max_steps") }
            }
            if !(samples <= Double(maxSampleGradients)) {
                over(driver ?? "$.runs", "the stochastic runs' sample gradients (max_steps × samples per step)",
                     samples, maxSampleGradients, "Take fewer steps or smaller batches.")
            }
        }
        return issues
    }

    /// The output size: width × height × `pixelScale`², charged to `$.size`.
    package static func outputIssues(for scene: Scene, pixelScale: Double) -> [SceneIssue] {
        let pixels = Double(scene.width) * Double(scene.height) * pixelScale * pixelScale
        guard !(pixels <= Double(maxPixels)) else { return [] }
        let scaleNote = pixelScale == 1 ? "" : " at \(format(pixelScale)) pixels per unit"
        return [SceneIssue(path: "$.size", message: "the output (width × height × scale²)\(scaleNote) is "
                           + "\(format(pixels)) pixels; the limit is \(format(Double(maxPixels))). "
                           + "Make the figure or --scale smaller.")]
    }

    /// Pixels per unit of the largest raster the renderer makes for `format` ("png", "svg",
    /// "pdf"): the PNG scale; vector files hold no image layers, so 1.
    package static func pixelScale(for scene: Scene, format: String, scale: Double) -> Double {
        format == "png" ? scale : 1
    }

    /// Each drawn layer with its JSON path: `$.layers[i]` without panels, else `$.panels[p].layers[i]`.
    static func placedLayers(_ scene: Scene) -> [(layer: LayerSpec, path: String)] {
        if scene.panels.isEmpty {
            return scene.layers.enumerated().map { ($0.element, "$.layers[\($0.offset)]") }
        }
        var placed: [(LayerSpec, String)] = []
        for (p, panel) in scene.panels.enumerated() {
            if let plot = panel.content as? PlotPanelSpec {
                placed += plot.layers.enumerated().map { ($0.element, "$.panels[\(p)].layers[\($0.offset)]") }
            }
        }
        return placed
    }

    /// The own function and dimension of the plot panel a layer at `path` is in, if it has one.
    private static func ownFunction(_ scene: Scene, path: String) -> (function: FunctionSource, dimension: Int)? {
        for (p, panel) in scene.panels.enumerated() where path.hasPrefix("$.panels[\(p)].") {
            guard let plot = panel.content as? PlotPanelSpec, let function = plot.function,
                  let dimension = plot.functionDimension else { return nil }
            return (function, dimension)
        }
        return nil
    }

    /// The domain a layer at `path` is drawn over (a plot panel may override the scene's).
    private static func panelDomain(_ scene: Scene, path: String) -> Domain {
        for (p, panel) in scene.panels.enumerated() where path.hasPrefix("$.panels[\(p)].") {
            if let domain = (panel.content as? PlotPanelSpec)?.domain { return domain }
        }
        return scene.domain
    }

    private static func minimumSeparation(_ domain: Domain) -> Double {
        (domain.width * domain.height / Double(maxStreamlineCells)).squareRoot()
    }

    private static func levelCount(_ levels: LevelSpec) -> Int {
        switch levels {
        case .count(let n, _): return n
        case .values(let values): return values.count
        }
    }

    /// 64000000 → "64 000 000", 2.5e10 → "2.5e+10"; whole numbers below 10¹² in full.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "more than 1.8e308" }
        if value == value.rounded(), abs(value) < 1e12 {
            let digits = String(Int64(value))
            var grouped = ""
            for (i, c) in digits.reversed().enumerated() {
                if i > 0, i % 3 == 0, c != "-" { grouped.append(" ") }
                grouped.append(c)
            }
            return String(grouped.reversed())
        }
        if abs(value) >= 1e12 || abs(value) < 1e-3 {
            return String(format: "%.3g", value)
        }
        return "\(value)"
    }
}
