/// Colours, line widths and type sizes of a figure. Sizes are device units at scale 1.
package struct Theme: Sendable {
    package var background: Color
    package var foreground: Color
    package var frame: Color
    package var gridLine: Color
    package var titleSize: Double
    package var labelSize: Double
    package var tickLabelSize: Double
    package var legendSize: Double
    package var frameWidth: Double
    package var tickLength: Double
    /// The font of labels, ticks and legends (`"font"`).
    package var textFont: FontRole = .sans
    /// The colour cycle for runs without a colour of their own: chosen so every pair stays apart
    /// under simulated protanopia, deuteranopia and tritanopia (see `RunPaletteTests`).
    package var runColors: [Color]

    package static let light = Theme(
        background: .white,
        foreground: Color(hex: 0x1A1A1A),
        frame: Color(hex: 0x333333),
        gridLine: Color(hex: 0xE5E5E5),
        titleSize: 20,
        labelSize: 18,
        tickLabelSize: 14,
        legendSize: 14,
        frameWidth: 1.1,
        tickLength: 5,
        // Vermillion, navy, green, wine, blue, pink (Okabe–Ito, Tol, Petroff): all ≥ 3:1 on white,
        // pairwise ΔE76 ≥ 14.8 under every simulated dichromacy.
        runColors: [0xD55E00, 0x004488, 0x11A579, 0x882255, 0x4477AA, 0xCC79A7].map { Color(hex: $0) }
    )

    /// Light grey on near-black, for dark slide decks.
    package static let dark = Theme(
        background: Color(hex: 0x1B1D21),
        foreground: Color(hex: 0xE8E8E8),
        frame: Color(hex: 0xB8B8B8),
        gridLine: Color(hex: 0x3A3D42),
        titleSize: 20, labelSize: 18, tickLabelSize: 14, legendSize: 14, frameWidth: 1.1, tickLength: 5,
        // Orange, blue, cyan, yellow, magenta, sand (Tol, Petroff): all ≥ 3:1 on #1B1D21, pairwise
        // ΔE76 ≥ 21.5 under every simulated dichromacy.
        runColors: [0xEE7733, 0x0077BB, 0x66CCEE, 0xF2B701, 0xEE3377, 0xDDCC77].map { Color(hex: $0) }
    )

    /// Black on white; runs in black and dark greys (tell them apart by marker and label).
    package static let print = Theme(
        background: .white,
        foreground: .black,
        frame: .black,
        gridLine: Color(hex: 0xDDDDDD),
        titleSize: 20, labelSize: 18, tickLabelSize: 14, legendSize: 14, frameWidth: 1.1, tickLength: 5,
        runColors: [0x000000, 0x555555, 0x888888, 0x333333].map { Color(hex: $0) }
    )

    /// Print output replaces colour maps by greys.
    package var forcesGreyscale: Bool { runColors.allSatisfy { $0.r == $0.g && $0.g == $0.b } }

    package func runColor(_ index: Int) -> Color { runColors[index % runColors.count] }

    /// The theme with every type size multiplied by `factor` (`"font_size"` over the default 18).
    func scalingText(by factor: Double) -> Theme {
        var theme = self
        theme.titleSize *= factor
        theme.labelSize *= factor
        theme.tickLabelSize *= factor
        theme.legendSize *= factor
        return theme
    }
}
