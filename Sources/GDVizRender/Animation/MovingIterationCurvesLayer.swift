import GDVizEngine

/// A convergence plot that grows with the runs: each curve up to its run's current step, with
/// a dot on the newest value. Axes were fitted to the whole runs, so nothing rescales.
struct MovingIterationCurvesLayer: MovingLayer {
    let base: IterationCurvesLayer
    /// Scene run index of each of `base.curves`.
    let runIndices: [Int]
    let clock: AnimationClock

    func draw(in context: PlotContext) {
        var curves: [IterationCurvesLayer.Curve] = []
        var heads: [(Point2, Color)] = []
        for (curve, run) in zip(base.curves, runIndices) {
            guard let steps = clock.visibleSteps(run: run) else { continue }
            var shown = curve
            shown.points = Array(curve.points.prefix(steps + 1))
            curves.append(shown)
            if steps < curve.points.count - 1, let head = shown.points.last, head.isFinite {
                heads.append((context.transform.device(head), curve.color))
            }
        }
        // Markers follow the whole curves (as in the still figure), not the part shown so far.
        let markers = base.curves.allSatisfy { $0.points.count <= IterationCurvesLayer.markerLimit }
        IterationCurvesLayer(curves: curves).drawCurves(in: context, markers: markers)
        for (p, color) in heads {
            CurrentIterateMarker.draw(on: context.canvas, at: p, color: color, background: context.theme.background,
                                      radius: 3.5)
        }
    }

    var legendEntries: [LegendEntry] { base.legendEntries }
    func labelObstacles(in context: PlotContext) -> [[Point2]] { base.labelObstacles(in: context) }
    func dataPoints(in context: PlotContext) -> [(point: Point2, weight: Double)] { base.dataPoints(in: context) }
    func inkLines(in context: PlotContext) -> [(line: [Point2], weight: Double)] { base.inkLines(in: context) }
}
