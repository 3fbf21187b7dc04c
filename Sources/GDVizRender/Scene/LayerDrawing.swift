import GDVizEngine
import GDVizScene

/// How a kind of layer becomes a figure layer. Each kind's `Evaluated` type (from the scene
/// module's table of kinds) conforms in the file of its figure layer under `Layers/`.
protocol DrawableLayer {
    func figureLayer(_ context: FigureLayerContext) throws -> FigureLayer
}

/// What turning an evaluated layer into a figure layer may use.
struct FigureLayerContext {
    let evaluated: EvaluatedScene
    let theme: Theme

    /// A layer's `color`, or its default colour `fallback` (`nil`: the theme's foreground),
    /// adjusted for the theme.
    func color(_ color: SceneColor?, default fallback: UInt32?) -> Color {
        CalculusDrawing.color(color.map(Color.init), default: fallback, theme: theme)
    }

    func runColor(_ index: Int) -> Color {
        SceneFigure.runColor(index, evaluated: evaluated, theme: theme)
    }

    func runCue(_ index: Int) -> RunCue {
        RunCue.forRun(index, mode: evaluated.scene.cues)
    }
}

/// How a kind of panel becomes a figure panel; each kind's `Evaluated` type conforms.
protocol DrawablePanel {
    func panel(_ context: FigureLayerContext) throws -> Panel
}

extension PlotPanelSpec.Evaluated: DrawablePanel {
    func panel(_ context: FigureLayerContext) throws -> Panel {
        let drawn = try layers.map { layer in
            guard let drawable = layer as? DrawableLayer else {
                throw RenderError.unsupported("no drawing for the layer \(type(of: layer)); see docs/architecture.md")
            }
            return try drawable.figureLayer(context)
        }
        var result = Panel(domain: domain, title: title, xLabel: axes.xLabel, yLabel: axes.yLabel,
                           equalAspect: axes.equalAspect, grid: axes.grid,
                           layers: SceneFigure.matchingTaylorColors(drawn + curveLayers(context.theme)))
        result.title = title
        result.legend = legend
        return result
    }

    /// The panel's `"curves"`: solid lines in the run palette after f's own blue, one legend entry each.
    private func curveLayers(_ theme: Theme) -> [FigureLayer] {
        curves.enumerated().map { index, item in
            let color = item.curve.color.map(Color.init).map(theme.legible)
                ?? theme.legible(theme.runColor(index + 1))
            return CurveLayer(samples: item.samples, style: StrokeStyle(color: color, width: SceneDefaults.curveLineWidth, join: .round),
                              label: item.curve.label)
        }
    }
}
