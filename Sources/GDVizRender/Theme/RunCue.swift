import GDVizScene

/// A run's marker shape and dash pattern: the cues besides colour that tell runs apart
/// (`"cues": "auto"`). Run 0 is solid with circles, so one-run figures look as before.
package struct RunCue: Sendable, Equatable {
    package var marker: MarkerShape
    /// Dash lengths in device units for a 1.8-wide line; empty is solid.
    package var dash: [Double]

    package static let plain = RunCue(marker: .circle, dash: [])

    /// Stars and crosses are left out: they mark where a trajectory ended or diverged.
    static let markers: [MarkerShape] = [.circle, .square, .triangle, .diamond]
    static let dashes: [[Double]] = [[], [7, 3], [2, 2.5], [9, 3, 2, 3], [4, 2], [12, 3, 2, 3, 2, 3]]

    /// The cue of run `index`; 4 shapes × 6 dash patterns, so the first 12 runs differ in both.
    package static func forRun(_ index: Int, mode: CueMode) -> RunCue {
        guard mode == .auto, index >= 0 else { return .plain }
        return RunCue(marker: markers[index % markers.count], dash: dashes[index % dashes.count])
    }
}
