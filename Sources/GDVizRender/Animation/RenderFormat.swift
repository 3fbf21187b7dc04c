/// Every format `gdviz render` writes: the still formats and the animations.
package enum RenderFormat: String, CaseIterable, Sendable {
    case png, svg, pdf, gif, webp, mp4

    package var fileExtension: String { rawValue }

    /// The still-figure format: png, svg and pdf.
    package var still: OutputFormat? { OutputFormat(rawValue: rawValue) }

    /// The animation format: gif, webp, mp4, and pdf (one page per frame) for animated scenes.
    package var animation: AnimationFormat? { AnimationFormat(rawValue: rawValue) }

    /// `.png, .svg, .pdf, .gif, .webp or .mp4`.
    package static var list: String {
        let all = allCases.map { "." + $0.rawValue }
        return all.dropLast().joined(separator: ", ") + " or " + all.last!
    }
}
