import GDVizEngine

/// A ``TrajectoryLayer`` played step by step. Legend, obstacles and data points are the whole
/// run's (so the legend and contour labels stay put); drawing shows the steps of the clock's
/// frame, the current iterate highlighted, and the finished run exactly as the still figure.
struct MovingTrajectoryLayer: MovingLayer {
    let base: TrajectoryLayer
    /// Scene run index of each of `base.runs`.
    let runIndices: [Int]
    let clock: AnimationClock

    func draw(in context: PlotContext) {
        let canvas = context.canvas
        let edge = context.theme.background
        for ((trajectory, style), run) in zip(base.runs, runIndices) where !trajectory.points.isEmpty {
            guard let steps = clock.visibleSteps(run: run) else { continue }
            let path = TrajectoryLayer.visiblePart(trajectory, in: context.transform.domain)
            let finished = steps >= trajectory.points.count - 1
            if finished, clock.trailStart(steps: steps) == 0 {
                TrajectoryLayer(runs: [(trajectory, style)]).draw(in: context)
                continue
            }
            let last = min(steps, path.count - 1)
            let first = clock.trailStart(steps: last)
            let shown = path[first...last].map(context.transform.device)
            canvas.stroke(.polyline(shown), style: StrokeStyle(color: style.color, width: style.lineWidth, join: .round))
            // Thinned over the steps so far (greedy from x₀, so earlier marks stay as the run grows).
            let sofar = path[...last].map(context.transform.device)
            for i in TrajectoryMarking.markerIndices(sofar, marks: style.markers) where i >= first {
                MarkerShape.circle.draw(on: canvas, at: sofar[i], radius: 2.6, fill: style.color, edge: edge, edgeWidth: 0.7)
            }
            TrajectoryLayer.drawStepNumbers(sofar, marks: style.stepNumbers, color: style.color, in: context)
            let start = context.transform.device(path[0])
            MarkerShape.circle.draw(on: canvas, at: start, radius: 5, fill: edge, edge: style.color, edgeWidth: 2)
            if finished, last > 0 {
                TrajectoryLayer.drawEnd(trajectory, sofar, color: style.color, in: context)
            } else if last > 0 {
                CurrentIterateMarker.draw(on: canvas, at: shown[shown.count - 1], color: style.color, background: edge)
            }
        }
    }

    var legendEntries: [LegendEntry] { base.legendEntries }
    func labelObstacles(in context: PlotContext) -> [[Point2]] { base.labelObstacles(in: context) }
    func dataPoints(in context: PlotContext) -> [(point: Point2, weight: Double)] { base.dataPoints(in: context) }
    func inkLines(in context: PlotContext) -> [(line: [Point2], weight: Double)] { base.inkLines(in: context) }
}
