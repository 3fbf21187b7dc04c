import GDVizScene

/// The file formats an animated scene renders to.
package enum AnimationFormat: String, CaseIterable, Sendable {
    /// One page per frame.
    case pdf
    case gif, webp, mp4
}

/// Evaluated animated scene → encoded file (the caller evaluates, as for ``SceneRenderer``).
package enum AnimationExport {
    /// Calls `progress(done, total)` after each frame; `frame` (when given) receives every
    /// raster frame as it is made (for `--frames`). PDF output is vector and gets no raster
    /// frames; call ``frames(_:scale:progress:each:)`` for those.
    package static func render(_ evaluated: EvaluatedScene, format: AnimationFormat, scale: Double = 1,
                              progress: ((Int, Int) -> Void)? = nil,
                              frame: ((Int, RGBFrame) throws -> Void)? = nil) throws -> [UInt8] {
        guard let spec = evaluated.scene.animation else { throw AnimationError.notAnimated(format: format.rawValue.uppercased()) }
        let animation = try AnimatedFigure(evaluated, spec: spec)
        let total = animation.frameCount
        if format == .pdf {
            return try AnimationPDF.render(animation) { progress?($0, total) }
        }
        let frames = try FrameRasterizer(animation, scale: scale)
        let timing = FrameTiming(schedule: animation.clock.schedule)
        switch format {
        case .pdf:
            fatalError("handled above")
        case .gif:
            let palette = GIFPalette(samples: [try frames.render(frame: 0), try frames.render(frame: total - 1)])
            let encoder = try GIFEncoder(width: frames.width, height: frames.height, palette: palette)
            try each(frames, progress: progress, frame: frame) { try encoder.add($1, centiseconds: timing.gifDelay($0)) }
            return try encoder.finish()
        case .webp:
            let encoder = try WebPEncoder(width: frames.width, height: frames.height)
            try each(frames, progress: progress, frame: frame) { try encoder.add($1, milliseconds: timing.milliseconds($0)) }
            return try encoder.finish()
        case .mp4:
            let encoder = try MP4Encoder(width: frames.width, height: frames.height, fps: spec.fps)
            try each(frames, progress: progress, frame: frame) { try encoder.add($1, repeats: timing.videoRepeats($0)) }
            return try encoder.finish()
        }
    }

    /// Every raster frame of an animated scene, in order.
    package static func frames(_ evaluated: EvaluatedScene, scale: Double = 1, progress: ((Int, Int) -> Void)? = nil,
                              each body: (Int, RGBFrame) throws -> Void) throws {
        guard let spec = evaluated.scene.animation else { throw AnimationError.notAnimated(format: "PNG frames") }
        let frames = try FrameRasterizer(AnimatedFigure(evaluated, spec: spec), scale: scale)
        try each(frames, progress: progress, frame: nil, body)
    }

    private static func each(_ frames: FrameRasterizer, progress: ((Int, Int) -> Void)?,
                             frame extra: ((Int, RGBFrame) throws -> Void)?,
                             _ body: (Int, RGBFrame) throws -> Void) throws {
        for index in 0..<frames.frameCount {
            let rgb = try frames.render(frame: index)
            try body(index, rgb)
            try extra?(index, rgb)
            progress?(index + 1, frames.frameCount)
        }
    }
}

/// When each frame starts, on the clock of each format. Start times are rounded from the exact
/// ones (frame f starts at f / fps), so rounding never accumulates into drift.
struct FrameTiming {
    let schedule: AnimationSchedule

    private var fps: Double { schedule.spec.fps }

    /// Start of frame `f` in units of `1/unitsPerSecond`; `f == frameCount` is the end.
    private func start(_ f: Int, unitsPerSecond: Double) -> Int {
        let seconds = Double(f) / fps + (f == schedule.frameCount ? schedule.spec.holdLast : 0)
        return Int((seconds * unitsPerSecond).rounded())
    }

    /// GIF delays are whole centiseconds, at least 2: browsers play 0 and 1 as 10.
    func gifDelay(_ f: Int) -> Int {
        max(2, start(f + 1, unitsPerSecond: 100) - start(f, unitsPerSecond: 100))
    }

    func milliseconds(_ f: Int) -> Int {
        max(1, start(f + 1, unitsPerSecond: 1000) - start(f, unitsPerSecond: 1000))
    }

    /// A video has one rate, so the last frame is held by repeating it.
    func videoRepeats(_ f: Int) -> Int {
        f == schedule.frameCount - 1 ? 1 + Int((schedule.spec.holdLast * fps).rounded()) : 1
    }
}
