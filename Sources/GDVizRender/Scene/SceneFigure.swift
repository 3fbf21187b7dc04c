#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GDVizEngine
import GDVizScene

/// Turns an evaluated scene into a figure: one layer object per scene layer.
package enum SceneFigure {
    package static func figure(for evaluated: EvaluatedScene) throws -> Figure {
        let scene = evaluated.scene
        var theme = Self.theme(scene.theme).scalingText(by: scene.fontSize / SceneDefaults.fontSize)
        theme.textFont = Self.font(scene.font)
        let context = FigureLayerContext(evaluated: evaluated, theme: theme)
        let panels: [Panel] = try evaluated.panels.map { panel in
            guard let drawable = panel as? DrawablePanel else {
                throw RenderError.unsupported("no drawing for the panel \(type(of: panel)); see docs/architecture.md")
            }
            return try drawable.panel(context)
        }
        var figure = Figure(width: scene.width, height: scene.height, title: scene.title,
                            panels: panels, columns: scene.columns, theme: theme)
        figure.sharesAxes = scene.shareAxes
        return figure
    }

    static func theme(_ name: ThemeName) -> Theme {
        switch name {
        case .light: return .light
        case .dark: return .dark
        case .print: return .print
        }
    }

    static func font(_ font: TextFont) -> FontRole {
        switch font {
        case .sans: return .sans
        case .serif: return .serif
        case .latinModernSans: return .latinModernSans
        }
    }

    static func runColor(_ index: Int, evaluated: EvaluatedScene, theme: Theme) -> Color {
        theme.legible(evaluated.runs[index].spec.color.map(Color.init) ?? theme.runColor(index))
    }

    static func scale(_ colormap: Colormap) -> ColorScale {
        switch colormap {
        case .viridis: return .viridis
        case .cividis: return .cividis
        case .magma: return .magma
        case .greys: return .greys
        }
    }
}

/// Evaluated scene → encoded image bytes. The caller evaluates (`SceneEvaluator.evaluate`), so
/// data flows one way: scene → engine → figure → file, and drawing never runs engine work.
package enum SceneRenderer {
    package static func render(_ evaluated: EvaluatedScene, format: OutputFormat, scale: Double = 1) throws -> [UInt8] {
        try render(evaluated, formats: [format], scale: scale)[0]
    }

    /// One file per format from one evaluation and one figure (the tests share one evaluation per
    /// gallery scene). `wrapping` puts a canvas around the drawing one, e.g. to record layout boxes; it must
    /// forward every call, or the bytes differ from the plain render.
    package static func render(_ evaluated: EvaluatedScene, formats: [OutputFormat], scale: Double = 1,
                               wrapping wrap: (any Canvas) -> any Canvas = { $0 }) throws -> [[UInt8]] {
        let figure = try SceneFigure.figure(for: evaluated)
        let metadata = SceneDescription.metadata(evaluated)
        let glyphs = evaluated.scene.text == .glyphs
        return try formats.map { format in
            try PageRenderer.render(format: format, width: figure.width, height: figure.height, scale: scale,
                                    background: figure.theme.background, textFont: figure.theme.textFont,
                                    svgInPoints: evaluated.scene.physicalSize, textAsGlyphs: glyphs,
                                    metadata: metadata) { canvas in
                figure.draw(on: wrap(canvas))
            }
        }
    }
}
