import GDVizEngine

/// The spread of repeated runs in an iterations panel: a translucent area between two edges per run,
/// drawn under the mean curves. No legend entry (the mean's entry names the run).
struct IterationBandLayer: FigureLayer {
    struct Band {
        var steps: [Double]
        var lower: [Double]
        var upper: [Double]
        var color: Color
    }

    var bands: [Band]
    /// Edges that a log axis cannot show (≤ 0, e.g. mean − σ) are drawn at the axis' bottom instead.
    var floor: Double

    func draw(in context: PlotContext) {
        // An area under the curves, like filled contour bands, not a mark of its own.
        context.canvas.withPaintRole(.backdrop) { drawBands(in: context) }
    }

    private func drawBands(in context: PlotContext) {
        // Seeds that all gave the same values (a schedule η_t) have no spread to shade.
        for band in bands where band.lower != band.upper {
            let upper = zip(band.steps, band.upper).map { Point2($0, $1) }
            let lower = zip(band.steps, band.lower).map { Point2($0, $1 > 0 || !context.transform.yLog ? $1 : floor) }
            let outline = (upper + lower.reversed()).map(context.transform.device)
            guard outline.count >= 3, outline.allSatisfy(\.isFinite) else { continue }
            context.canvas.fill(.polyline(outline, closed: true), color: band.color.withAlpha(0.2))
        }
    }

    var legendEntries: [LegendEntry] { [] }

    func dataPoints(in context: PlotContext) -> [(point: Point2, weight: Double)] {
        bands.flatMap { band in
            zip(band.steps, band.upper).map { (context.transform.device(Point2($0, $1)), 0.3) }
        }.filter { $0.0.isFinite }
    }
}
