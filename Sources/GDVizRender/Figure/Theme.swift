/// Colours, line widths and type sizes of a figure. Sizes are device units at scale 1.
public struct Theme: Sendable {
    public var background: Color
    public var foreground: Color
    public var frame: Color
    public var gridLine: Color
    public var titleSize: Double
    public var labelSize: Double
    public var tickLabelSize: Double
    public var legendSize: Double
    public var frameWidth: Double
    public var tickLength: Double
    /// The colour cycle for runs without a colour of their own (matplotlib's "tab10" order).
    public var runColors: [Color]

    public static let light = Theme(
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
        runColors: [0xD62728, 0x1F77B4, 0xFF7F0E, 0x2CA02C, 0x9467BD, 0x8C564B, 0xE377C2, 0x17BECF]
            .map { Color(hex: $0) }
    )

    /// Light grey on near-black, for dark slide decks.
    public static let dark = Theme(
        background: Color(hex: 0x1B1D21),
        foreground: Color(hex: 0xE8E8E8),
        frame: Color(hex: 0xB8B8B8),
        gridLine: Color(hex: 0x3A3D42),
        titleSize: 20, labelSize: 18, tickLabelSize: 14, legendSize: 14, frameWidth: 1.1, tickLength: 5,
        runColors: [0xFF6B6B, 0x4FC3F7, 0xFFB74D, 0x81C784, 0xBA68C8, 0xF06292, 0x4DD0E1, 0xDCE775]
            .map { Color(hex: $0) }
    )

    /// Black on white; runs in black and dark greys (tell them apart by marker and label).
    public static let print = Theme(
        background: .white,
        foreground: .black,
        frame: .black,
        gridLine: Color(hex: 0xDDDDDD),
        titleSize: 20, labelSize: 18, tickLabelSize: 14, legendSize: 14, frameWidth: 1.1, tickLength: 5,
        runColors: [0x000000, 0x555555, 0x888888, 0x333333].map { Color(hex: $0) }
    )

    /// Print output replaces colour maps by greys.
    public var forcesGreyscale: Bool { runColors.allSatisfy { $0.r == $0.g && $0.g == $0.b } }

    public func runColor(_ index: Int) -> Color { runColors[index % runColors.count] }
}
