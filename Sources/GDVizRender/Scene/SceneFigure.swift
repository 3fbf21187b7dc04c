#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GDVizEngine
import GDVizScene

/// Turns an evaluated scene into a figure: one layer object per scene layer.
public enum SceneFigure {
    public static func figure(for evaluated: EvaluatedScene) throws -> Figure {
        let scene = evaluated.scene
        let theme = Self.theme(scene.theme)
        let panels: [Panel] = try evaluated.panels.map { panel in
            switch panel {
            case .plot(let title, let layers, let domain):
                var result = Panel(domain: domain, title: title, xLabel: scene.axes.xLabel, yLabel: scene.axes.yLabel,
                                   equalAspect: scene.axes.equalAspect, grid: scene.axes.grid,
                                   layers: matchingTaylorColors(try layers.map {
                                       try figureLayer($0, evaluated: evaluated, theme: theme)
                                   }))
                result.title = title
                return result
            case .iterations(let title, let quantity, let scale, let runs, let optimum):
                return iterationPanel(title: title, quantity: quantity, scale: scale, runs: runs, optimum: optimum,
                                      evaluated: evaluated, theme: theme)
            case .graph(let title, let spec, let graph):
                var result = Panel(domain: scene.domain, title: title, xLabel: "", yLabel: "", layers: [])
                result.custom = GraphPanel(graph: graph, partials: spec.partials, digits: spec.digits)
                return result
            case .surface(let spec, let surface):
                var result = Panel(domain: scene.domain, title: spec.title, xLabel: scene.axes.xLabel,
                                   yLabel: scene.axes.yLabel, layers: [])
                result.custom = surfacePanel(spec, surface, evaluated: evaluated, theme: theme)
                return result
            }
        }
        var figure = Figure(width: Double(scene.width), height: Double(scene.height), title: scene.title,
                            panels: panels, columns: scene.columns, theme: theme)
        figure.sharesAxes = scene.shareAxes
        return figure
    }

    /// The 3-D view of a surface panel; `z_label` defaults to f(x, y) named after the axes.
    static func surfacePanel(_ spec: SurfacePanelSpec, _ surface: EvaluatedSurface, evaluated: EvaluatedScene,
                             theme: Theme) -> SurfacePanelDrawing {
        let axes = evaluated.scene.axes
        let zLabel = spec.zLabel ?? (axes.xLabel == "$x$" && axes.yLabel == "$y$" ? "$f(x, y)$" : "$f$")
        let styles = surface.runs.map { lifted in
            let run = evaluated.runs[lifted.run]
            return SurfaceRunStyle(label: run.spec.label + (run.trajectory.stop == .diverged ? " (diverged)" : ""),
                                   color: runColor(lifted.run, evaluated: evaluated, theme: theme))
        }
        return SurfacePanelDrawing(surface: surface, view: SurfaceView(azimuth: spec.azimuth, elevation: spec.elevation),
                                   scale: theme.forcesGreyscale ? SurfacePanelDrawing.printScale : scale(spec.colormap),
                                   xLabel: axes.xLabel, yLabel: axes.yLabel, zLabel: zLabel, runStyles: styles)
    }

    static func theme(_ name: ThemeName) -> Theme {
        switch name {
        case .light: return .light
        case .dark: return .dark
        case .print: return .print
        }
    }

    static func runColor(_ index: Int, evaluated: EvaluatedScene, theme: Theme) -> Color {
        theme.legible(evaluated.runs[index].spec.color.flatMap(parseHexColor) ?? theme.runColor(index))
    }

    static func figureLayer(_ layer: EvaluatedLayer, evaluated: EvaluatedScene, theme: Theme) throws -> FigureLayer {
        let scene = evaluated.scene
        switch layer {
        case .contours(let spec, let levels):
            let colors = theme.forcesGreyscale ? ColorScale.greys : scale(spec.colormap)
            var layer = ContourLinesLayer(levels: levels, scale: colors, lineWidth: spec.lineWidth, labels: spec.labels,
                                          labelSize: spec.labelSize)
            layer.range = theme.legibleRange(of: colors, within: layer.range) ?? layer.range
            layer.adapt = { [theme] in theme.legible($0) }
            return layer
        case .trajectories(let spec, let indices):
            return TrajectoryLayer(runs: indices.map { i in
                let run = evaluated.runs[i]
                return (run.trajectory, TrajectoryStyle(label: run.spec.label, color: runColor(i, evaluated: evaluated, theme: theme),
                                                        markers: spec.markers, stepNumbers: spec.stepNumbers))
            })
        case .curve(let spec, let samples):
            let color = spec.color.flatMap(parseHexColor).map(theme.legible) ?? theme.accent(0x1F3A93)
            return CurveLayer(samples: samples, style: StrokeStyle(color: color, width: spec.lineWidth, join: .round),
                              label: spec.label)
        case .criticalPoints(let spec, let points):
            return CriticalPointsLayer(points: points, eigenDirections: spec.eigenDirections, theme: theme)
        case .taylor(let spec, _, let curves, let contours, _):
            var layer = TaylorLayer(center: Point2(spec.at[0], spec.at.count > 1 ? spec.at[1] : 0), orders: spec.orders,
                                    curves: curves, contours: contours, dimension: scene.dimension)
            layer.palette = TaylorLayer.defaultPalette.map { theme.forcesGreyscale ? theme.foreground : theme.legible($0) }
            layer.markColor = theme.markerColor
            return layer
        case .tangent, .secant, .points, .interval, .chord, .constraint, .parametric, .vector, .annotation:
            return calculusLayer(layer, theme: theme)
        case .filledContours, .gradientField, .streamlines:
            return fieldLayer(layer, theme: theme)
        case .graph:
            // Scenes draw graphs as panels (Scene.drawnPanels), never inside data axes.
            throw RenderError.unsupported(#"a "graph" layer cannot be drawn inside a plot; use a {"type": "graph"} panel"#)
        }
    }

    /// A convergence plot: t on x, the chosen quantity on y (log when asked), one curve per run.
    static func iterationPanel(title: String?, quantity: IterationQuantity, scale: IterationScale, runs: [Int],
                               optimum: Double, evaluated: EvaluatedScene, theme: Theme) -> Panel {
        let yLog = scale != .linear, xLog = scale == .loglog
        let curves = runs.map { i -> IterationCurvesLayer.Curve in
            let trajectory = evaluated.runs[i].trajectory
            let ys: [Double]
            switch quantity {
            case .value: ys = trajectory.values
            case .gap: ys = trajectory.values.map { $0 - optimum }
            case .gradientNorm: ys = trajectory.gradientNorms
            }
            // On a log–log plot t starts at 1 (t = 0 has no place on a log axis).
            let points = ys.enumerated().map { Point2(Double(xLog ? $0.offset + 1 : $0.offset), $0.element) }
            return IterationCurvesLayer.Curve(label: evaluated.runs[i].spec.label,
                                              color: runColor(i, evaluated: evaluated, theme: theme), points: points)
        }
        let all = curves.flatMap(\.points).filter { $0.isFinite && (!yLog || $0.y > 0) }
        let maxT = max(1, all.map(\.x).max() ?? 1)
        var yMin = all.map(\.y).min() ?? 0, yMax = all.map(\.y).max() ?? 1
        if yLog {
            yMin = pow(10, (log10(max(yMin, 1e-300))).rounded(.down))
            yMax = pow(10, (log10(max(yMax, yMin * 10))).rounded(.up))
        } else {
            let pad = 0.05 * max(yMax - yMin, 1e-12)
            yMin -= pad
            yMax += pad
        }
        let domain = Domain(xMin: xLog ? 1 : 0, xMax: xLog ? max(maxT, 10) : maxT, yMin: yMin, yMax: yMax)
        let yLabel: String
        switch quantity {
        case .value: yLabel = "$f(\\mathbf{x}_t)$"
        case .gap: yLabel = "$f(\\mathbf{x}_t) - f^\\star$"
        case .gradientNorm: yLabel = "$\\|\\nabla f(\\mathbf{x}_t)\\|$"
        }
        var panel = Panel(domain: domain, title: title, xLabel: "step $t$", yLabel: yLabel, grid: true,
                          layers: [IterationCurvesLayer(curves: curves)])
        panel.xLog = xLog
        panel.yLog = yLog
        return panel
    }

    static func scale(_ colormap: Colormap) -> ColorScale {
        switch colormap {
        case .viridis: return .viridis
        case .cividis: return .cividis
        case .magma: return .magma
        case .greys: return .greys
        }
    }

    /// `#rrggbb` → colour (the scene reader has already checked the format).
    static func parseHexColor(_ text: String) -> Color? {
        guard text.hasPrefix("#"), text.count == 7, let value = UInt32(text.dropFirst(), radix: 16) else { return nil }
        return Color(hex: value)
    }
}

/// Scene file → encoded image bytes, the whole pipeline in one call.
public enum SceneRenderer {
    public static func render(_ scene: Scene, format: OutputFormat, scale: Double = 1) throws -> [UInt8] {
        let figure = try SceneFigure.figure(for: SceneEvaluator.evaluate(scene))
        return try SurfaceRenderer.render(format: format, width: figure.width, height: figure.height, scale: scale,
                                          background: figure.theme.background) { canvas in
            figure.draw(on: canvas)
        }
    }
}
