/// Every format `gdviz render` writes: the still formats and the animations.
public enum RenderFormat: String, CaseIterable, Sendable {
    case png, svg, pdf, gif, webp, mp4

    public var fileExtension: String { rawValue }

    /// The still-figure format: png, svg and pdf.
    public var still: OutputFormat? { OutputFormat(rawValue: rawValue) }

    /// The animation format: gif, webp, mp4, and pdf (one page per frame) for animated scenes.
    public var animation: AnimationFormat? { AnimationFormat(rawValue: rawValue) }

    /// `.png, .svg, .pdf, .gif, .webp or .mp4`.
    public static var list: String {
        let all = allCases.map { "." + $0.rawValue }
        return all.dropLast().joined(separator: ", ") + " or " + all.last!
    }
}
