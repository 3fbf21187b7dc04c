import GDVizEngine
import GDVizScene

/// One optimizer run as drawn: its iterates and how to style them.
package struct TrajectoryStyle: Sendable {
    package var label: String
    package var color: Color
    package var markers: Bool
    package var stepNumbers: Bool
    /// Marker shape and dash pattern of this run.
    package var cue = RunCue.plain

    package init(label: String, color: Color, markers: Bool = true, stepNumbers: Bool = false) {
        self.label = label
        self.color = color
        self.markers = markers
        self.stepNumbers = stepNumbers
    }
}

/// Optimizer runs as polylines through their iterates, with a marker per iterate, a ringed
/// circle at the start and a star at the end (a cross when the run diverged).
package struct TrajectoryLayer: FigureLayer {
    package var runs: [(trajectory: Trajectory, style: TrajectoryStyle)]

    package init(runs: [(trajectory: Trajectory, style: TrajectoryStyle)]) {
        self.runs = runs
    }

    package func draw(in context: PlotContext) {
        let canvas = context.canvas
        let edge = context.theme.background
        for (trajectory, style) in runs where !trajectory.points.isEmpty {
            let all = Self.visiblePart(trajectory, in: context.transform.domain).map(context.transform.device)
            // Long runs (10⁶ steps) are simplified to what can be seen; ordinary ones are untouched.
            let points = LongPolyline.drawable(all, pixelScale: canvas.pixelScale)
            LongPolyline.stroke(points, on: canvas, style: StrokeStyle(color: style.color, width: 1.8, dash: style.cue.dash, join: .round))
            if style.markers {
                for p in points.dropFirst().dropLast() {
                    style.cue.marker.draw(on: canvas, at: p, radius: 2.6, fill: style.color, edge: edge, edgeWidth: 0.7)
                }
            }
            if style.stepNumbers {
                for (t, p) in all.enumerated() where t > 0 {
                    let box = context.text.layout(String(t), size: context.theme.tickLabelSize * 0.75)
                    box.draw(on: canvas, at: Point2(p.x + 4, p.y - 4), color: style.color)
                }
            }
            MarkerShape.circle.draw(on: canvas, at: points[0], radius: 5, fill: edge, edge: style.color, edgeWidth: 2)
            if points.count > 1 {
                let endShape: MarkerShape = trajectory.stop == .diverged ? .cross : .star
                endShape.draw(on: canvas, at: points[points.count - 1], radius: 5.5, fill: style.color, edge: edge,
                              edgeWidth: 0.9)
            }
        }
    }

    /// A diverged run up to and including its first iterate outside the plotted domain (the
    /// clip cuts that last segment at the frame, where the end marker then sits); other runs whole,
    /// since an iterate may leave the plot and come back.
    static func visiblePart(_ trajectory: Trajectory, in domain: Domain) -> [Point2] {
        guard trajectory.stop == .diverged,
              let exit = trajectory.points.firstIndex(where: { !domain.contains($0) }) else { return trajectory.points }
        guard exit > 0 else { return Array(trajectory.points.prefix(1)) }
        let inside = trajectory.points[exit - 1], outside = trajectory.points[exit]
        return Array(trajectory.points[..<exit]) + [domain.exitPoint(from: inside, to: outside)]
    }

    package var legendEntries: [LegendEntry] {
        runs.map { trajectory, style in
            let suffix = trajectory.stop == .diverged ? " (diverged)" : ""
            return LegendEntry(label: style.label + suffix,
                               key: .line(StrokeStyle(color: style.color, width: 1.8, dash: style.cue.dash),
                                          marker: style.markers ? style.cue.marker : nil))
        }
    }

    /// Each run's polyline as drawn (markers sit on it).
    package func labelObstacles(in context: PlotContext) -> [[Point2]] {
        runs.map {
            LongPolyline.drawable(Self.visiblePart($0.trajectory, in: context.transform.domain).map(context.transform.device),
                                  pixelScale: 1)
        }
    }

    package func dataPoints(in context: PlotContext) -> [(point: Point2, weight: Double)] {
        var result: [(point: Point2, weight: Double)] = []
        for (trajectory, _) in runs {
            let points = LongPolyline.drawable(
                Self.visiblePart(trajectory, in: context.transform.domain).map(context.transform.device), pixelScale: 1)
            // Points along each segment too, so a legend does not sit on a long straight step.
            for (a, b) in zip(points, points.dropFirst()) {
                for k in 0..<4 {
                    let f = Double(k) / 4
                    result.append((Point2(a.x + f * (b.x - a.x), a.y + f * (b.y - a.y)), 1.0))
                }
            }
            if let last = points.last { result.append((last, 1.0)) }
        }
        return result
    }
}

extension TrajectoryLayerSpec.Evaluated: DrawableLayer {
    func figureLayer(_ context: FigureLayerContext) -> FigureLayer {
        TrajectoryLayer(runs: runs.map { i in
            let run = context.evaluated.runs[i]
            var style = TrajectoryStyle(label: run.spec.label, color: context.runColor(i), markers: spec.markers,
                                        stepNumbers: spec.stepNumbers)
            style.cue = context.runCue(i)
            return (run.trajectory, style)
        })
    }
}
