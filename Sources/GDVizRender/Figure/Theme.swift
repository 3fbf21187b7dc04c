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

    public func runColor(_ index: Int) -> Color { runColors[index % runColors.count] }
}
