import GDVizEngine
import GDVizScene

/// A scene's still figure with its trajectories and convergence curves made to move.
///
/// The figure is built once from the whole runs, so axes, ticks, legends, colour bars, contour
/// labels and panel sizes are those of the still figure in every frame.
package struct AnimatedFigure {
    package let figure: Figure
    package let clock: AnimationClock
    /// "t = …" in the top-right corner, when the scene asks for it.
    let counter: Bool

    package init(_ evaluated: EvaluatedScene, spec: AnimationSpec) throws {
        let steps = evaluated.runs.map { max(0, $0.trajectory.points.count - 1) }
        let clock = AnimationClock(schedule: AnimationSchedule(runSteps: steps, spec: spec))
        var figure = try SceneFigure.figure(for: evaluated)
        // Run labels are unique in a scene, so they name the run each drawn path belongs to.
        var index: [String: Int] = [:]
        for (i, run) in evaluated.runs.enumerated() { index[run.spec.label] = i }
        for p in figure.panels.indices {
            figure.panels[p].layers = figure.panels[p].layers.map { (layer: FigureLayer) -> FigureLayer in
                if let trajectories = layer as? TrajectoryLayer {
                    return MovingTrajectoryLayer(base: trajectories,
                                                 runIndices: trajectories.runs.map { index[$0.style.label] ?? 0 },
                                                 clock: clock)
                }
                if let curves = layer as? IterationCurvesLayer {
                    return MovingIterationCurvesLayer(base: curves, runIndices: curves.curves.map { index[$0.label] ?? 0 },
                                                      clock: clock)
                }
                return layer
            }
        }
        self.figure = figure
        self.clock = clock
        self.counter = spec.counter
    }

    package var frameCount: Int { clock.schedule.frameCount }

    /// Draws frame `frame`'s moving parts (for `.moving`) or the unchanging parts of every frame.
    func draw(on canvas: Canvas, phase: DrawPhase, frame: Int) {
        clock.frame = frame
        figure.draw(on: canvas, phase: phase)
        if phase == .moving || phase == .all { drawCounter(on: canvas) }
    }

    /// "t = 12" left-aligned where the widest value ends at the right margin, so the digits
    /// grow to the right and "t =" never moves.
    private func drawCounter(on canvas: Canvas) {
        guard counter else { return }
        let text = TextLayout(canvas: canvas)
        let size = figure.theme.labelSize
        let widest = text.layout("$t = \((clock.schedule.runSteps.max() ?? 0).maxWidthDigits)$",
                                 size: size)
        let box = text.layout("$t = \(clock.schedule.counter(atFrame: clock.frame))$", size: size)
        box.draw(on: canvas, at: Point2(figure.width - 14 - widest.width, 12 + widest.ascent), color: figure.theme.foreground)
    }
}

private extension Int {
    /// A number as wide as the widest value up to this one ("88…" has as many digits).
    var maxWidthDigits: String { String(repeating: "8", count: String(Swift.max(self, 0)).count) }
}
