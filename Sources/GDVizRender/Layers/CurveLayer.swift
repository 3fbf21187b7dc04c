import GDVizEngine
import GDVizScene

/// The graph of a 1-D function from its samples; non-finite samples break the line.
package struct CurveLayer: FigureLayer {
    package var samples: [Point2]
    package var style: StrokeStyle
    package var label: String?

    package init(samples: [Point2], style: StrokeStyle, label: String? = nil) {
        self.samples = samples
        self.style = style
        self.label = label
    }

    /// Maximal runs of finite samples.
    package var pieces: [[Point2]] {
        var pieces: [[Point2]] = [[]]
        for p in samples {
            if p.isFinite { pieces[pieces.count - 1].append(p) } else if !pieces[pieces.count - 1].isEmpty { pieces.append([]) }
        }
        return pieces.filter { $0.count >= 2 }
    }

    package func draw(in context: PlotContext) {
        for piece in pieces {
            context.canvas.stroke(.polyline(piece.map(context.transform.device)), style: style)
        }
    }

    package var legendEntries: [LegendEntry] {
        label.map { [LegendEntry(label: $0, key: .line(style, marker: nil))] } ?? []
    }

    package func dataPoints(in context: PlotContext) -> [(point: Point2, weight: Double)] {
        samples.filter(\.isFinite).map { (context.transform.device($0), 0.5) }
    }
}

extension CurveLayerSpec.Evaluated: DrawableLayer {
    func figureLayer(_ context: FigureLayerContext) -> FigureLayer {
        let color = spec.color.map(Color.init).map(context.theme.legible)
            ?? context.theme.accent(0x1F3A93)
        return CurveLayer(samples: samples, style: StrokeStyle(color: color, width: spec.lineWidth, join: .round),
                          label: spec.label)
    }
}
