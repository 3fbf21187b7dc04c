#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GDVizEngine

/// A vertical colour bar beside the plot: one equal-height box per band, bottom to top, with a
/// tick and the level's value at each boundary between boxes.
///
/// Equal heights (matplotlib's `spacing="uniform"`) rather than heights proportional to the
/// band's width in f: log-spaced levels would otherwise crowd their lowest bands into a few pixels.
struct Colorbar {
    let coloring: BandColoring
    let theme: Theme

    /// Space between the plot frame and the bar, the bar's width, and the tick length.
    static let gap = 14.0, barWidth = 14.0, tickLength = 4.0

    var labelSize: Double { theme.tickLabelSize * 0.9 }

    /// The text at each level: see ``label(_:neighbours:)``.
    var labels: [String] {
        let levels = coloring.levels
        return levels.indices.map { k in
            Self.label(levels[k], neighbours: [k > 0 ? levels[k - 1] : nil, k + 1 < levels.count ? levels[k + 1] : nil]
                .compactMap { $0 })
        }
    }

    /// A level value with three significant digits, or more when needed to tell it from its
    /// neighbours (two significant digits of the gap), trailing zeros dropped: 68.46 → "68.5",
    /// 136.92 → "137", 0.8900 → "0.89", −2 → "−2" (with a true minus sign).
    static func label(_ value: Double, neighbours: [Double]) -> String {
        guard value.isFinite else { return Ticks.format(value, decimals: 0) }
        var decimals = value == 0 ? 0 : 2 - Int.checked(floor(log10(abs(value))))
        if let gap = neighbours.map({ abs($0 - value) }).filter({ $0 > 0 }).min() {
            decimals = max(decimals, 1 - Int.checked(floor(log10(gap))))
        }
        var text = Ticks.format(value, decimals: max(decimals, 0))
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "\u{2212}0" ? "0" : text
    }

    /// Which levels get a label: every m-th from the bottom, with m the smallest step that keeps
    /// labels 1.3 line heights apart on a bar of `height`.
    func labelledLevels(height: Double) -> [Int] {
        let n = coloring.levels.count
        guard n > 0 else { return [] }
        let boxHeight = height / Double(coloring.bandCount)
        let every = max(1, Int.checked((1.3 * labelSize / max(boxHeight, 1e-9)).rounded(.up)))
        return stride(from: 0, to: n, by: every).map { $0 }
    }

    /// Width of the strip right of the plot: gap, bar, tick, and the widest label that may be shown.
    func width(text: TextLayout) -> Double {
        let widest = labels.map { text.layout($0, size: labelSize).width }.max() ?? 0
        return Self.gap + Self.barWidth + Self.tickLength + 4 + widest + 6
    }

    /// The bar's rectangle for a plot `rect`, in a strip starting at `x`.
    func barRect(plot rect: DeviceRect, x: Double) -> DeviceRect {
        DeviceRect(x: x + Self.gap, y: rect.minY, width: Self.barWidth, height: rect.height)
    }

    /// The y of the boundary above band k (level k), counted from the bottom.
    func levelY(_ k: Int, in bar: DeviceRect) -> Double {
        bar.maxY - Double(k + 1) * bar.height / Double(coloring.bandCount)
    }

    func draw(on canvas: Canvas, plot rect: DeviceRect, x: Double) {
        let bar = barRect(plot: rect, x: x)
        let boxHeight = bar.height / Double(coloring.bandCount)
        for (k, color) in coloring.colors.enumerated() {
            // Each box overlaps the next by a hair so no background shows between them.
            let top = bar.maxY - Double(k + 1) * boxHeight
            let overlap = k + 1 < coloring.bandCount ? 0.5 : 0
            canvas.withPaintRole(.backdrop) {
                canvas.fill(.rect(DeviceRect(x: bar.x, y: top - overlap, width: bar.width, height: boxHeight + overlap)),
                            color: color)
            }
        }
        canvas.stroke(.rect(bar), style: StrokeStyle(color: theme.frame, width: 0.8, join: .miter))
        let tickStyle = StrokeStyle(color: theme.frame, width: 0.8)
        let text = TextLayout(canvas: canvas)
        let shown = Set(labelledLevels(height: bar.height))
        for (k, label) in labels.enumerated() {
            let y = levelY(k, in: bar)
            let long = shown.contains(k)
            canvas.stroke(.polyline([Point2(bar.maxX, y), Point2(bar.maxX + (long ? Self.tickLength : 2), y)]),
                          style: tickStyle)
            guard long else { continue }
            let box = text.layout(label, size: labelSize)
            box.draw(on: canvas, at: Point2(bar.maxX + Self.tickLength + 4, y + 0.36 * labelSize), color: theme.foreground)
        }
    }
}
