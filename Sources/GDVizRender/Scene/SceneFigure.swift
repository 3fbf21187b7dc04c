import GDVizEngine
import GDVizScene

/// Turns an evaluated scene into a figure: one layer object per scene layer.
public enum SceneFigure {
    public static func figure(for evaluated: EvaluatedScene, theme: Theme = .light) -> Figure {
        let scene = evaluated.scene
        let layers: [FigureLayer] = evaluated.layers.map { layer in
            switch layer {
            case .contours(let spec, let levels):
                return ContourLinesLayer(levels: levels, scale: scale(spec.colormap), lineWidth: spec.lineWidth)
            case .trajectories(let spec, let indices):
                return TrajectoryLayer(runs: indices.map { i in
                    let run = evaluated.runs[i]
                    let color = run.spec.color.flatMap(parseHexColor) ?? theme.runColor(i)
                    return (run.trajectory, TrajectoryStyle(label: run.spec.label, color: color, markers: spec.markers,
                                                            stepNumbers: spec.stepNumbers))
                })
            case .curve(let spec, let samples):
                let color = spec.color.flatMap(parseHexColor) ?? Color(hex: 0x1F3A93)
                return CurveLayer(samples: samples, style: StrokeStyle(color: color, width: spec.lineWidth, join: .round))
            }
        }
        let panel = Panel(domain: evaluated.plotDomain, xLabel: scene.axes.xLabel, yLabel: scene.axes.yLabel,
                          equalAspect: scene.axes.equalAspect, grid: scene.axes.grid, layers: layers)
        return Figure(width: Double(scene.width), height: Double(scene.height), title: scene.title, panel: panel,
                      theme: theme)
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
        let figure = SceneFigure.figure(for: SceneEvaluator.evaluate(scene))
        return try SurfaceRenderer.render(format: format, width: figure.width, height: figure.height, scale: scale,
                                          background: figure.theme.background) { canvas in
            figure.draw(on: canvas)
        }
    }
}
