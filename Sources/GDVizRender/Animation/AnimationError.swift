/// Why an animation could not be rendered or encoded.
package enum AnimationError: Error, Equatable, CustomStringConvertible {
    /// The scene has no `"animate"` object but the output format is an animation.
    case notAnimated(format: String)
    /// A library or program refused the frames; `reason` says what it reported.
    case encoder(format: String, reason: String)
    /// The `ffmpeg` program is needed for MP4 output and was not found.
    case ffmpegMissing
    /// Frames × pixels beyond what one animation may hold.
    case tooLarge(frames: Int, width: Int, height: Int, limit: Int)

    package var description: String {
        switch self {
        case let .notAnimated(format):
            return #"\#(format) output needs an animated scene: add "animate": {"steps_per_frame": 1} to it"#
        case let .encoder(format, reason):
            return "cannot encode \(format): \(reason)"
        case .ffmpegMissing:
            return "MP4 output needs the ffmpeg program, which was not found on PATH "
                + "(Debian/Ubuntu: apt-get install ffmpeg; or set GDVIZ_FFMPEG to its path)"
        case let .tooLarge(frames, width, height, limit):
            return "\(frames) frames of \(width)×\(height) pixels are more than the \(limit / 1_000_000) million "
                + "pixels one animation may have: lower --scale, the figure size or the frame count"
        }
    }
}
