import GDVizEngine

/// An iterations panel's reference rates (C/t, C/√t, C·qᵗ): thin dashed lines, one legend entry each.
struct ReferenceGuideLayer: FigureLayer {
    struct Guide {
        var points: [Point2]
        var label: String
        var color: Color
        var dash: [Double]
    }

    /// One pattern per guide, unlike the runs' solid and dash-dot cues.
    static let dashes: [[Double]] = [[6, 4], [2, 3], [10, 3, 2, 3]]

    var guides: [Guide]

    private func style(_ guide: Guide) -> StrokeStyle {
        StrokeStyle(color: guide.color, width: 1.3, dash: guide.dash, cap: .butt, join: .round)
    }

    func draw(in context: PlotContext) {
        for guide in guides {
            let device = guide.points.filter { $0.isFinite && (!context.transform.yLog || $0.y > 0) }.map(context.transform.device)
            if device.count >= 2 { context.canvas.stroke(.polyline(device), style: style(guide)) }
        }
    }

    var legendEntries: [LegendEntry] {
        guides.filter { !$0.points.isEmpty }.map { LegendEntry(label: $0.label, key: .line(style($0), marker: nil)) }
    }

    func dataPoints(in context: PlotContext) -> [(point: Point2, weight: Double)] {
        guides.flatMap { $0.points.map { (context.transform.device($0), 0.5) } }.filter { $0.0.isFinite }
    }
}
