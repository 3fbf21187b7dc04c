import GDVizEngine
import GDVizScene

/// Level sets drawn as lines, coloured by level along a colour scale, optionally with each
/// level written on its lines (see ``ContourLabelPlacer``).
package struct ContourLinesLayer: FigureLayer {
    package var levels: [ContourLevel]
    package var scale: ColorScale
    package var lineWidth: Double
    /// Whether levels are written on their lines, which are broken under the text.
    package var labels: Bool
    /// Font size of those labels; nil means the theme's tick-label size × 0.8.
    package var labelSize: Double?
    /// The part of `scale` the levels span; the theme narrows it to colours that show on its page.
    package var range: ClosedRange<Double> = 0...0.88
    /// Applied to every level colour last (the theme's contrast adaptation).
    package var adapt: @Sendable (Color) -> Color = { $0 }

    package init(levels: [ContourLevel], scale: ColorScale, lineWidth: Double, labels: Bool = false,
                labelSize: Double? = nil) {
        self.levels = levels
        self.scale = scale
        self.lineWidth = lineWidth
        self.labels = labels
        self.labelSize = labelSize
    }

    /// The colour of level `index`: the scale's range is cut short of its last tenth, whose
    /// pale yellows (viridis) vanish on a white page.
    package func color(forLevel index: Int) -> Color {
        let t = levels.count > 1 ? Double(index) / Double(levels.count - 1) : 0.5
        return adapt(scale.color(at: range.lowerBound + t * (range.upperBound - range.lowerBound)))
    }

    /// The colour of level `index`'s labels: its line colour taken a third of the way to the
    /// theme's text colour, so light greens stay readable as text.
    package func labelColor(forLevel index: Int, theme: Theme) -> Color {
        let c = color(forLevel: index), f = theme.foreground, k = 1.0 / 3
        return theme.legible(Color(c.r + k * (f.r - c.r), c.g + k * (f.g - c.g), c.b + k * (f.b - c.b)))
    }

    package func draw(in context: PlotContext) {
        let placed = labels ? placedLabels(in: context) : []
        var gaps: [Int: [ClosedRange<Double>]] = [:]
        for label in placed { gaps[label.line, default: []].append(label.gap) }
        var flat = 0
        for (index, level) in levels.enumerated() {
            let style = StrokeStyle(color: color(forLevel: index), width: lineWidth, join: .round)
            for line in level.lines where line.points.count >= 2 {
                defer { flat += 1 }
                let points = line.points.map(context.transform.device)
                guard let cuts = gaps[flat] else {
                    context.canvas.stroke(Path.polyline(points, closed: line.isClosed), style: style)
                    continue
                }
                for piece in ArcPolyline(points, closed: line.isClosed).pieces(removing: cuts) where piece.count >= 2 {
                    context.canvas.stroke(Path.polyline(piece), style: style)
                }
            }
        }
        let size = fontSize(context.theme)
        for label in placed {
            let box = context.text.layout(label.text, size: size)
            // The ink's centre (half a digit above the baseline, mid-advance) on the label's centre.
            let b = label.box
            let origin = b.center - (box.width / 2) * b.axis + (ContourLabelPlacer.digitCenter * size) * b.normal
            box.draw(on: context.canvas, at: origin, angle: b.angle,
                     color: labelColor(forLevel: label.level, theme: context.theme))
        }
    }

    func fontSize(_ theme: Theme) -> Double { labelSize ?? theme.tickLabelSize * 0.8 }

    /// The labels this layer writes in `context`: one text per level, placed on the lines
    /// (numbered in drawing order, skipping lines of fewer than two points) clear of the layers
    /// above and the legend.
    package func placedLabels(in context: PlotContext) -> [ContourLabelPlacer.Label] {
        let size = fontSize(context.theme)
        let texts = Ticks.levelLabels(levels.map(\.value))
        let widths = texts.map { context.text.layout($0, size: size).width }
        let lines = levels.enumerated().flatMap { index, level in
            level.lines.filter { $0.points.count >= 2 }.map {
                ContourLabelPlacer.Line(points: $0.points.map(context.transform.device), isClosed: $0.isClosed,
                                        level: index)
            }
        }
        let placer = ContourLabelPlacer(plot: context.plotRect, fontSize: size,
                                        obstacles: context.layersAbove.flatMap { $0.labelObstacles(in: context) },
                                        keepOut: context.legendRect.map { [$0] } ?? [])
        return placer.place(lines, texts: texts, widths: widths)
    }

    package func dataPoints(in context: PlotContext) -> [(point: Point2, weight: Double)] {
        levels.flatMap { $0.lines.flatMap { line in
            stride(from: 0, to: line.points.count, by: 4).map { (context.transform.device(line.points[$0]), 0.05) }
        } }
    }
}

extension ContourLayerSpec.Evaluated: DrawableLayer {
    func figureLayer(_ context: FigureLayerContext) -> FigureLayer {
        let theme = context.theme
        let colors = theme.forcesGreyscale ? ColorScale.greys : SceneFigure.scale(spec.colormap)
        var layer = ContourLinesLayer(levels: levels, scale: colors, lineWidth: spec.lineWidth, labels: spec.labels,
                                      labelSize: spec.labelSize)
        layer.range = theme.legibleRange(of: colors, within: layer.range) ?? layer.range
        layer.adapt = { theme.legible($0) }
        return layer
    }
}
