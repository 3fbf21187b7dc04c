import GDVizEngine
import GDVizScene

/// The frame being drawn, shared by every moving layer of one animated figure.
package final class AnimationClock: @unchecked Sendable {
    package let schedule: AnimationSchedule
    package var frame = 0

    package init(schedule: AnimationSchedule) {
        self.schedule = schedule
    }

    /// Steps of run `run` (index into the scene's runs) shown now; `nil` before it starts.
    func visibleSteps(run: Int) -> Int? {
        schedule.visibleSteps(run: run, frame: frame)
    }

    /// The first iterate still shown under `trail` when `steps` steps are visible.
    func trailStart(steps: Int) -> Int {
        switch schedule.spec.trail {
        case .all: return 0
        case .last(let n): return max(0, steps - n)
        }
    }
}

/// The current iterate of a run still under way: a filled dot in the run's colour inside a
/// halo, large enough to find at a glance on a slide.
enum CurrentIterateMarker {
    static func draw(on canvas: Canvas, at p: Point2, color: Color, background: Color, radius: Double = 5) {
        canvas.fill(.circle(center: p, radius: radius * 1.9), color: color.withAlpha(0.22))
        MarkerShape.circle.draw(on: canvas, at: p, radius: radius, fill: color, edge: background, edgeWidth: 1.2)
    }
}
