import GDVizEngine
import GDVizScene

/// The bands between contour levels, filled, with an optional colour bar right of the plot.
///
/// The bands are vector polygons in every format (see `FilledRegions`): the lowest band's colour
/// fills the area where f is finite, then the region {f ≥ L_k} of each level, lowest first, is
/// filled with the colour of the band above L_k. Regions are nested, so each band shows where the
/// next region does not cover it, and neighbouring bands never leave a seam between them. The PNG
/// is drawn from the same polygons; NaN regions stay unpainted.
package struct FilledContoursLayer: FigureLayer {
    package var grid: ScalarGrid
    package var coloring: BandColoring
    package var colorbar: Bool
    /// Band boundaries to stroke (empty for none).
    package var lines: [ContourLevel]

    package init(grid: ScalarGrid, coloring: BandColoring, colorbar: Bool, lines: [ContourLevel] = []) {
        self.grid = grid
        self.coloring = coloring
        self.colorbar = colorbar
        self.lines = lines
    }

    package func draw(in context: PlotContext) {
        let device = context.transform.device
        context.canvas.withPaintRole(.backdrop) {
            for (rings, color) in fills() {
                var path = Path()
                for ring in rings where ring.count >= 3 {
                    path.move(to: device(ring[0]))
                    for p in ring.dropFirst() { path.line(to: device(p)) }
                    path.close()
                }
                if !path.elements.isEmpty { context.canvas.fill(path, color: color) }
            }
        }
        context.canvas.beginPaintRole(.decoration)
        defer { context.canvas.endPaintRole() }
        // Dark grey whatever the theme: these lines always lie on the fills, not on the page.
        let style = StrokeStyle(color: Color(hex: 0x1A1A1A, alpha: 0.5), width: 0.6, join: .round)
        for level in lines {
            for line in level.lines where line.points.count >= 2 {
                context.canvas.stroke(.polyline(line.points.map(device), closed: line.isClosed), style: style)
            }
        }
    }

    /// What to fill, in painting order (data coordinates): the finite area in the lowest band's
    /// colour, then each level's region {f ≥ L_k} in the colour of band k + 1.
    func fills() -> [(rings: [[Point2]], color: Color)] {
        let geometry = FilledRegions(grid, levels: coloring.levels, lines: lines.isEmpty ? nil : lines)
        return [(geometry.finite, coloring.colors[0])]
            + geometry.regions.enumerated().map { ($0.element, coloring.colors[$0.offset + 1]) }
    }

    package func rightMargin(text: TextLayout, theme: Theme) -> Double {
        colorbar ? Colorbar(coloring: coloring, theme: theme).width(text: text) : 0
    }

    package func drawRightMargin(in context: PlotContext, x: Double) {
        guard colorbar else { return }
        Colorbar(coloring: coloring, theme: context.theme).draw(on: context.canvas, plot: context.plotRect, x: x)
    }
}

extension FilledContourLayerSpec.Evaluated: DrawableLayer {
    func figureLayer(_ context: FigureLayerContext) -> FigureLayer {
        FilledContoursLayer(grid: grid, coloring: bandColoring(theme: context.theme), colorbar: spec.colorbar, lines: lines)
    }

    /// Sequential maps colour bands by index over the whole scale (greys only its lighter 45 %, so
    /// lines and markers stay visible on every band); the diverging map colours by value around
    /// the centre. Greyscale themes use the light greys for every map.
    func bandColoring(theme: Theme) -> BandColoring {
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
