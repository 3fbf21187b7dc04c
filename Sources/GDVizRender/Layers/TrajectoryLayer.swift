import GDVizEngine
import GDVizScene

/// One optimizer run as drawn: its iterates and how to style them.
package struct TrajectoryStyle: Sendable {
    package var label: String
    package var color: Color
    package var markers: TrajectoryMarks
    package var stepNumbers: TrajectoryMarks
    /// Marker shape and dash pattern of this run.
    package var cue = RunCue.plain
    /// The run's line width (`"line_width"`).
    var lineWidth = TrajectoryLayer.defaultLineWidth

    package init(label: String, color: Color, markers: TrajectoryMarks = .all, stepNumbers: TrajectoryMarks = .none) {
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
    /// Each run's label beside its end (``TrajectoryEndLabels``) instead of in the legend.
    var labelEnds = false

    static let defaultLineWidth = 1.8

    package init(runs: [(trajectory: Trajectory, style: TrajectoryStyle)], labelEnds: Bool = false) {
        self.runs = runs
        self.labelEnds = labelEnds
    }

    package func draw(in context: PlotContext) {
        let canvas = context.canvas
        let edge = context.theme.background
        for (trajectory, style) in runs where !trajectory.points.isEmpty {
            let all = Self.visiblePart(trajectory, in: context.transform.domain).map(context.transform.device)
            // Long runs (10⁶ steps) are simplified to what can be seen; ordinary ones are untouched.
            let points = LongPolyline.drawable(all, pixelScale: canvas.pixelScale)
            LongPolyline.stroke(points, on: canvas,
                                style: StrokeStyle(color: style.color, width: style.lineWidth, dash: style.cue.dash, join: .round))
            for i in TrajectoryMarking.markerIndices(all, marks: style.markers) {
                style.cue.marker.draw(on: canvas, at: all[i], radius: 2.6, fill: style.color, edge: edge, edgeWidth: 0.7)
            }
            Self.drawStepNumbers(all, marks: style.stepNumbers, color: style.color, in: context)
            MarkerShape.circle.draw(on: canvas, at: points[0], radius: 5, fill: edge, edge: style.color, edgeWidth: 2)
            if points.count > 1 {
                Self.drawEnd(trajectory, points, color: style.color, in: context)
            }
        }
        if labelEnds {
            for label in TrajectoryEndLabels.place(self, in: context) {
                CalculusDrawing.drawLabel(label.box, at: label.origin, color: label.color, in: context)
                if let leader = label.leader {
                    context.canvas.stroke(.polyline(leader), style: StrokeStyle(color: label.color.withAlpha(0.7), width: 0.8))
                }
            }
        }
    }

    /// A star at the end; a run that diverged out of the frame gets an arrowhead on the frame
    /// pointing where it went (a cross when it blew up inside the frame).
    static func drawEnd(_ trajectory: Trajectory, _ points: [Point2], color: Color, in context: PlotContext) {
        let end = points[points.count - 1], edge = context.theme.background
        if trajectory.stop == .diverged, leftFrame(trajectory, domain: context.transform.domain) {
            let before = points[points.count - 2]
            CalculusDrawing.arrowhead(on: context.canvas, at: end, direction: end - before, color: color, length: 14, width: 11)
            context.canvas.note(DeviceRect(x: end.x - 7, y: end.y - 7, width: 14, height: 14), kind: .marker)
            return
        }
        let endShape: MarkerShape = trajectory.stop == .diverged ? .cross : .star
        endShape.draw(on: context.canvas, at: end, radius: 5.5, fill: color, edge: edge, edgeWidth: 0.9)
    }

    /// Whether a diverged run's visible part ends on the frame (it left the plotted domain).
    static func leftFrame(_ trajectory: Trajectory, domain: Domain) -> Bool {
        guard let exit = trajectory.points.firstIndex(where: { !domain.contains($0) }) else { return false }
        return exit > 0 && trajectory.points[exit].isFinite
    }

    static func drawStepNumbers(_ points: [Point2], marks: TrajectoryMarks, color: Color, in context: PlotContext) {
        guard marks.isShown else { return }
        let size = context.theme.tickLabelSize * 0.75
        var boxes: [Int: TextBox] = [:]
        let placed = TrajectoryMarking.stepNumbers(points, marks: marks) { k in
            let box = context.text.layout(String(k), size: size)
            boxes[k] = box
            return (box.width, box.height)
        }
        for (k, rect) in placed {
            guard let box = boxes[k] else { continue }
            box.draw(on: context.canvas, at: Point2(rect.minX, rect.maxY - box.descent), color: color)
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
        guard !labelEnds else { return [] }
        return runs.map { trajectory, style in
            let suffix = trajectory.stop == .diverged ? " (diverged)" : ""
            return LegendEntry(label: style.label + suffix,
                               key: .line(StrokeStyle(color: style.color, width: style.lineWidth, dash: style.cue.dash),
                                          marker: style.markers.isShown ? style.cue.marker : nil))
        }
    }

    /// Each run's polyline as drawn (markers sit on it).
    package func labelObstacles(in context: PlotContext) -> [[Point2]] {
        let lines = drawnLines(in: context)
        guard labelEnds else { return lines }
        // The end labels' boxes, outlined and crossed, so labels of the layers beneath keep off them.
        return lines + TrajectoryEndLabels.place(self, in: context).map { label in
            let r = label.rect
            return [Point2(r.minX, r.minY), Point2(r.maxX, r.minY), Point2(r.maxX, r.maxY), Point2(r.minX, r.maxY),
                    Point2(r.minX, r.minY), Point2(r.maxX, r.maxY)]
        }
    }

    /// Each run's polyline in device units, as far as it stays in the domain, simplified as drawn.
    private func drawnLines(in context: PlotContext) -> [[Point2]] {
        runs.map {
            LongPolyline.drawable(Self.visiblePart($0.trajectory, in: context.transform.domain).map(context.transform.device),
                                  pixelScale: 1)
        }
    }

    public func inkLines(in context: PlotContext) -> [(line: [Point2], weight: Double)] {
        drawnLines(in: context).map { ($0, LineInk.foreground) }
    }

    package func dataPoints(in context: PlotContext) -> [(point: Point2, weight: Double)] {
        let lines = drawnLines(in: context)
        var result: [(point: Point2, weight: Double)] = []
        result.reserveCapacity(lines.reduce(0) { $0 + 4 * $1.count })
        for points in lines {
            // Points along each segment too, so a legend does not sit on a long straight step.
            for (a, b) in zip(points, points.dropFirst()) {
                for k in 0..<4 {
                    let f = Double(k) / 4
                    result.append((Point2(a.x + f * (b.x - a.x), a.y + f * (b.y - a.y)), 1.0))
                }
            }
            // With its label written there, the end is as important as a marker.
            if let last = points.last { result.append((last, labelEnds ? 3.0 : 1.0)) }
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
            style.lineWidth = run.spec.lineWidth ?? TrajectoryLayer.defaultLineWidth
            return (run.trajectory, style)
        }, labelEnds: spec.labelEnds)
    }
}
