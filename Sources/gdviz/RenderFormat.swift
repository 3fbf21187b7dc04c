import ArgumentParser
import GDVizRender

/// Every format `gdviz render` writes: the still formats and the animations.
enum RenderFormat: String, CaseIterable, ExpressibleByArgument {
    case png, svg, pdf, gif, webp, mp4

    /// The still-figure format, for png, svg and pdf.
    var still: OutputFormat? { OutputFormat(rawValue: rawValue) }

    /// The animation format: gif, webp, mp4, and pdf (one page per frame) for animated scenes.
    var animation: AnimationFormat? { AnimationFormat(rawValue: rawValue) }

    static var list: String { allCases.map { "." + $0.rawValue }.joined(separator: ", ") }
}
