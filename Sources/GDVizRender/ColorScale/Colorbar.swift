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
    /// Written along the bar, reading upwards, right of its tick labels.
    var label: String?
    /// Set for log-spaced levels (equal ratios of f − origin): the bar is then ticked and labelled
    /// at decades of f − origin instead of at its levels, which read 3162, 1778, … otherwise.
    var logOrigin: Double?

    init(coloring: BandColoring, theme: Theme) {
        self.coloring = coloring
        self.theme = theme
    }

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

    /// Width of the strip right of the plot: gap, bar, tick, the widest label that may be shown,
    /// and the bar's own label.
    func width(text: TextLayout) -> Double {
        let shown = decadeTicks.map { $0.map(\.text) } ?? labels
        let widest = shown.map { text.layout($0, size: labelSize).width }.max() ?? 0
        let title = label.map { text.layout($0, size: theme.tickLabelSize).height + 8 } ?? 0
        return Self.gap + Self.barWidth + Self.tickLength + 4 + widest + 6 + title
    }

    /// Ticks at f = origin + 10ᵏ (and 2·10ᵏ, 5·10ᵏ when the bar spans less than two decades),
    /// placed where they fall between the levels: the bar is uniform in band index, which for
    /// log-spaced levels is uniform in log(f − origin). nil unless the levels are log-spaced.
    /// `position` is in level units (0 = level 0, 1 = level 1, …).
    var decadeTicks: [(position: Double, text: String)]? {
        guard let origin = logOrigin, origin.isFinite else { return nil }
        let logs = coloring.levels.map { log10($0 - origin) }
        guard logs.count >= 2, logs.allSatisfy(\.isFinite), let lo = logs.first, let hi = logs.last, hi > lo else { return nil }
        let mantissas: [Double] = hi - lo < 2 ? [1, 2, 5] : [1]
        var ticks: [(Double, Double)] = []  // (log10 of f − origin, position)
        for k in Int.checked(floor(lo))...Int.checked(ceil(hi)) {
            for m in mantissas {
                let t = log10(m) + Double(k)
                guard t >= lo - 1e-9, t <= hi + 1e-9 else { continue }
                // Piecewise linear between neighbouring levels, as the boxes are.
                let j = max(0, min(logs.count - 2, (logs.firstIndex { $0 >= t } ?? logs.count - 1) - 1))
                let position = Double(j) + (t - logs[j]) / (logs[j + 1] - logs[j])
                ticks.append((t, position))
            }
        }
        // Near-zero origin: the values are the decades themselves; else origin + 10ᵏ, to the decade's precision.
        let smallest = ticks.map { pow(10, $0.0) }.min() ?? 1
        return ticks.map { t, position in
            let step = pow(10, t)
            let value = abs(origin) <= 0.02 * smallest ? step : origin + step
            return (position, Ticks.levelLabel(value, tolerance: 0.05 * smallest))
        }
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
        var widest = 0.0
        if let decades = decadeTicks {
            for k in coloring.levels.indices {
                let y = levelY(k, in: bar)
                canvas.stroke(.polyline([Point2(bar.maxX, y), Point2(bar.maxX + 2, y)]), style: tickStyle)
            }
            let levelGap = bar.height / Double(coloring.bandCount)
            for (position, label) in decades {
                let y = bar.maxY - (position + 1) * levelGap
                canvas.stroke(.polyline([Point2(bar.maxX, y), Point2(bar.maxX + Self.tickLength, y)]), style: tickStyle)
                let box = text.layout(label, size: labelSize)
                widest = max(widest, box.width)
                box.draw(on: canvas, at: Point2(bar.maxX + Self.tickLength + 4, y + 0.36 * labelSize), color: theme.foreground)
            }
        } else {
            let shown = Set(labelledLevels(height: bar.height))
            for (k, label) in labels.enumerated() {
                let y = levelY(k, in: bar)
                let long = shown.contains(k)
                canvas.stroke(.polyline([Point2(bar.maxX, y), Point2(bar.maxX + (long ? Self.tickLength : 2), y)]),
                              style: tickStyle)
                guard long else { continue }
                let box = text.layout(label, size: labelSize)
                widest = max(widest, box.width)
                box.draw(on: canvas, at: Point2(bar.maxX + Self.tickLength + 4, y + 0.36 * labelSize), color: theme.foreground)
            }
        }
        if let label, !label.isEmpty {
            let box = text.layout(label, size: theme.tickLabelSize)
            // Reading upwards, centred on the bar, its top (ascent side) towards the tick labels.
            let x = bar.maxX + Self.tickLength + 4 + widest + 6 + box.ascent
            box.draw(on: canvas, at: Point2(x, bar.center.y + box.width / 2), angle: Double.pi / 2, color: theme.foreground)
        }
    }
}
