import GDVizScene

extension Color {
    /// A scene's colour, opaque.
    init(_ color: SceneColor) {
        self.init(hex: color.rgb)
    }
}
