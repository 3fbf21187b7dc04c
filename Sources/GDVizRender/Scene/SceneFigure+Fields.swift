import GDVizEngine
import GDVizScene

extension SceneFigure {
    /// The figure layer of `filled_contours`, `gradient_field` or `streamlines`.
    static func fieldLayer(_ layer: EvaluatedLayer, theme: Theme) -> FigureLayer {
        switch layer {
        case .filledContours(let spec, let grid, let levels, let lines):
            return FilledContoursLayer(grid: grid, coloring: bandColoring(spec, levels: levels, grid: grid, theme: theme),
                                       colorbar: spec.colorbar, lines: lines)
        case .gradientField(let spec, let field):
            let label = spec.label ?? GradientFieldLayer.defaultLabel(direction: spec.direction, scale: field.scale)
            return GradientFieldLayer(arrows: field.arrows, color: spec.color.flatMap(parseHexColor).map(theme.legible) ?? theme.foreground,
                                      label: label.isEmpty ? nil : label)
        case .streamlines(let spec, let lines):
            let color = spec.color.flatMap(parseHexColor).map(theme.legible) ?? theme.foreground.withAlpha(0.7)
            return StreamlinesLayer(lines: lines.map(\.points), color: color, lineWidth: spec.lineWidth,
                                    arrows: spec.arrows, label: spec.label)
        default:
            preconditionFailure("fieldLayer called with \(layer)")
        }
    }

    /// Sequential maps colour bands by index over the whole scale (greys only its lighter 45 %, so
    /// lines and markers stay visible on every band); the diverging map colours by value around
    /// the centre. Greyscale themes use the light greys for every map.
    static func bandColoring(_ spec: FilledContourLayerSpec, levels: [Double], grid: ScalarGrid,
                             theme: Theme) -> BandColoring {
        if theme.forcesGreyscale || spec.colormap == .greys {
            return .sequential(levels: levels, scale: .greys, range: 0...0.45)
        }
        switch spec.colormap {
        case .viridis: return .sequential(levels: levels, scale: .viridis)
        case .cividis: return .sequential(levels: levels, scale: .cividis)
        case .magma: return .sequential(levels: levels, scale: .magma)
        case .greys: return .sequential(levels: levels, scale: .greys, range: 0...0.45)
        case .diverging: return .diverging(levels: levels, center: spec.center, range: grid.finiteRange)
        }
    }
}
