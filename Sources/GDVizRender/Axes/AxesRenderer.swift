import GDVizEngine
import GDVizScene

/// Lays out and draws one panel: frame, ticks, labels, clipped layers and legend.
struct AxesRenderer {
    var panel: Panel
    let theme: Theme
    let canvas: Canvas
    /// Which part to paint (animations paint the unchanging parts once).
    var phase: DrawPhase = .all

    private var text: TextLayout { TextLayout(canvas: canvas) }

    /// The plot rectangle left inside `area` once room is made for tick labels and axis titles,
    /// together with the ticks chosen for it.
    func layout(in area: DeviceRect) -> (rect: DeviceRect, xTicks: Ticks, yTicks: Ticks) {
        let d = panel.domain
        let m = margins(in: area)
        var rect = DeviceRect(x: area.minX + m.left, y: area.minY + m.top,
                              width: max(10, area.width - m.left - m.right),
                              height: max(10, area.height - m.top - m.bottom))
        if panel.equalAspect {
            rect = PlotTransform.equalAspectRect(for: d, in: rect)
        }
        let xTicks = ticks(d.xMin, d.xMax, log: panel.xLog, target: max(3, Int.checked(rect.width / 90)))
        let yTicks = ticks(d.yMin, d.yMax, log: panel.yLog, target: max(2, Int.checked(rect.height / 70)))
        return (rect, xTicks, yTicks)
    }

    /// Room around the frame for tick labels, axis titles and layers' strips (a colour bar).
    /// A panel that shares its neighbour's axis keeps only its ticks on that side.
    func margins(in area: DeviceRect) -> (left: Double, right: Double, top: Double, bottom: Double) {
        let d = panel.domain
        // Tick density follows the room available: about one tick per 90 px across, 70 px up,
        // and never fewer than 3 intervals across.
        let yTicks = ticks(d.yMin, d.yMax, log: panel.yLog, target: max(2, Int.checked(area.height / 70)))
        let tickWidth = yTicks.labels.map { text.layout($0, size: theme.tickLabelSize).width }.max() ?? 0
        let xLabelBox = text.layout(panel.xLabel, size: theme.labelSize)
        let yLabelBox = text.layout(panel.yLabel, size: theme.labelSize)
        let tickHeight = theme.tickLabelSize * 1.2
        let left = panel.showsYLabels
            ? (panel.yLabel.isEmpty ? 0 : yLabelBox.height + 10) + tickWidth + theme.tickLength + 6
            : theme.tickLength + 4
        let bottom = panel.showsXLabels
            ? (panel.xLabel.isEmpty ? 0 : xLabelBox.height + 8) + tickHeight + theme.tickLength + 6
            : theme.tickLength + 4
        let outside = LegendRenderer(theme: theme, canvas: canvas).outsideRoom(panel.layers, options: panel.legend)
        let right = theme.tickLabelSize + rightMargins.reduce(0, +) + outside.right
        let top = theme.tickLabelSize * 0.6
        return (left, right, top, bottom + outside.bottom)
    }

    /// The width each layer asks for right of the frame (0 for most).
    private var rightMargins: [Double] { panel.layers.map { max(0, $0.rightMargin(text: text, theme: theme)) } }

    private func ticks(_ lo: Double, _ hi: Double, log: Bool, target: Int) -> Ticks {
        log ? Ticks.logarithmic(lo, hi, target: target) : Ticks.nice(lo, hi, target: target)
    }

    func draw(in area: DeviceRect) {
        // An automatic legend that would hide data everywhere inside goes outside the plot; so does
        // one that would hide a little, when the room outside is free (an equal-aspect plot in a
        // wider cell keeps its size).
        // The data the trial weighs the legend's spots by, kept for placing it in the same plot.
        var trialEvidence: (rect: DeviceRect, evidence: LegendEvidence)?
        if panel.legend.position == .auto, panel.legendMayMoveOutside {
            let inside = layout(in: area).rect
            let trial = PlotContext(canvas: canvas, transform: PlotTransform(domain: panel.domain, rect: inside,
                                                                             xLog: panel.xLog, yLog: panel.yLog), theme: theme)
            // Gathered only when there is a legend to place (a panel without entries needs none).
            let evidence = panel.layers.contains { !$0.legendEntries.isEmpty } ? LegendEvidence(panel.layers, in: trial) : nil
            trialEvidence = evidence.map { (inside, $0) }
            if let cost = LegendRenderer(theme: theme, canvas: canvas).insideCost(panel.layers, in: trial, options: panel.legend,
                                                                                  evidence: evidence),
               cost > Self.freeRoomCost {
                let outside = outsideLegend(in: area)
                let kept = outside.layout(in: area).rect
                if cost > LegendRenderer.outsideThreshold || kept.width * kept.height >= 0.999 * inside.width * inside.height {
                    outside.draw(in: area)
                    return
                }
            }
        }
        let (rect, xTicks, yTicks) = layout(in: area)
        let transform = PlotTransform(domain: panel.domain, rect: rect, xLog: panel.xLog, yLog: panel.yLog)
        let context = PlotContext(canvas: canvas, transform: transform, theme: theme)

        if panel.grid, phase.paintsBackground { drawGrid(transform, xTicks, yTicks) }
        canvas.pushClip(rect)
        let legend = LegendRenderer(theme: theme, canvas: canvas)
        let below = legendTop(rect)
        let strips = rightMargins.reduce(0, +)
        // The moving pass of an animation draws no legend and no text that avoids it.
        let legendRect = phase == .moving ? nil
            : legend.placement(panel.layers, in: context, options: panel.legend, rightOffset: strips, below: below,
                               evidence: trialEvidence?.rect == rect ? trialEvidence?.evidence : nil)
        for (index, layer) in panel.layers.enumerated() where phase.paints(panel.layers, at: index) {
            var layerContext = context
            layerContext.layersAbove = Array(panel.layers[(index + 1)...])
            layerContext.panelLayers = panel.layers
            layerContext.legendRect = legendRect
            layer.draw(in: layerContext)
        }
        canvas.popClip()
        guard phase.paintsForeground else { return }

        let frameStyle = StrokeStyle(color: theme.frame, width: theme.frameWidth, join: .miter)
        canvas.stroke(.rect(rect), style: frameStyle)
        drawTicks(transform, panel.showsXLabels ? xTicks : xTicks.unlabelled,
                  panel.showsYLabels ? yTicks : yTicks.unlabelled)
        drawAxisLabels(rect, xTicks: xTicks, yTicks: yTicks)
        var stripX = rect.maxX
        for (layer, width) in zip(panel.layers, rightMargins) where width > 0 {
            layer.drawRightMargin(in: context, x: stripX)
            stripX += width
        }
        legend.draw(panel.layers, in: context, options: panel.legend, rightOffset: strips, below: below, at: legendRect)
        if let title = panel.title, !title.isEmpty {
            let box = text.layout(title, size: theme.labelSize, limits: true)
            box.draw(on: canvas, at: Point2(rect.center.x - box.width / 2, rect.minY - theme.tickLabelSize * 0.6 - 6 - box.descent),
                     color: theme.foreground)
        }
    }

    /// Where an outside-bottom legend starts: below the tick labels and the x axis title.
    /// What an automatic legend may hide inside before it takes free room outside the plot
    /// (a few device units of line: a legend that only grazes a line stays).
    static let freeRoomCost = 8.0

    /// This panel with its automatic legend moved outside: right of the plot, or below it (its
    /// entries side by side, when they fit) when that keeps clearly more of the plot's area (a
    /// narrow panel in a row, or a wide equal-aspect domain, would otherwise shrink to a sliver).
    func outsideLegend(in area: DeviceRect) -> AxesRenderer {
        var right = self
        right.panel.legend.position = .outsideRight
        var bottom = self
        bottom.panel.legend.position = .outsideBottom
        let entries = panel.layers.flatMap(\.legendEntries).count
        if panel.legend.columns == 1, entries > 1 {
            let legend = LegendRenderer(theme: theme, canvas: canvas)
            for columns in stride(from: min(entries, 4), to: 1, by: -1) {
                if legend.measure(panel.layers.flatMap(\.legendEntries), columns: columns).size.width <= area.width - 40 {
                    bottom.panel.legend.columns = columns
                    break
                }
            }
        }
        func plotArea(_ renderer: AxesRenderer) -> Double {
            let rect = renderer.layout(in: area).rect
            return rect.width * rect.height
        }
        return plotArea(bottom) > plotArea(right) * 1.05 ? bottom : right
    }

    private func legendTop(_ r: DeviceRect) -> Double {
        var y = r.maxY + theme.tickLength + 6 + theme.tickLabelSize * 1.2
        if !panel.xLabel.isEmpty, panel.showsXLabels { y += text.layout(panel.xLabel, size: theme.labelSize).height + 8 }
        return y
    }

    private func drawGrid(_ transform: PlotTransform, _ xTicks: Ticks, _ yTicks: Ticks) {
        let style = StrokeStyle(color: theme.gridLine, width: 0.8)
        canvas.beginPaintRole(.decoration)
        defer { canvas.endPaintRole() }
        let r = transform.rect
        for x in xTicks.values {
            let p = transform.device(Point2(x, panel.domain.yMin)).x
            canvas.stroke(.polyline([Point2(p, r.minY), Point2(p, r.maxY)]), style: style)
        }
        for y in yTicks.values {
            let p = transform.device(Point2(panel.domain.xMin, y)).y
            canvas.stroke(.polyline([Point2(r.minX, p), Point2(r.maxX, p)]), style: style)
        }
    }

    private func drawTicks(_ transform: PlotTransform, _ xTicks: Ticks, _ yTicks: Ticks) {
        let r = transform.rect
        let style = StrokeStyle(color: theme.frame, width: theme.frameWidth)
        let size = theme.tickLabelSize
        for (x, label) in zip(xTicks.values, xTicks.labels) {
            let p = transform.device(Point2(x, panel.domain.yMin)).x
            canvas.stroke(.polyline([Point2(p, r.maxY), Point2(p, r.maxY + theme.tickLength)]), style: style)
            guard !label.isEmpty else { continue }
            let box = text.layout(label, size: size)
            box.draw(on: canvas, at: Point2(p - box.width / 2, r.maxY + theme.tickLength + 4 + box.ascent),
                     color: theme.foreground)
        }
        for (y, label) in zip(yTicks.values, yTicks.labels) {
            let p = transform.device(Point2(panel.domain.xMin, y)).y
            canvas.stroke(.polyline([Point2(r.minX - theme.tickLength, p), Point2(r.minX, p)]), style: style)
            guard !label.isEmpty else { continue }
            let box = text.layout(label, size: size)
            // Centre digits on the tick: half the height of a digit below the tick.
            box.draw(on: canvas, at: Point2(r.minX - theme.tickLength - 5 - box.width, p + 0.36 * size),
                     color: theme.foreground)
        }
    }

    private func drawAxisLabels(_ r: DeviceRect, xTicks: Ticks, yTicks: Ticks) {
        let tickHeight = theme.tickLabelSize * 1.2
        if !panel.xLabel.isEmpty, panel.showsXLabels {
            let box = text.layout(panel.xLabel, size: theme.labelSize)
            let y = r.maxY + theme.tickLength + 6 + tickHeight + 6 + box.ascent
            box.draw(on: canvas, at: Point2(r.center.x - box.width / 2, y), color: theme.foreground)
        }
        if !panel.yLabel.isEmpty, panel.showsYLabels {
            let box = text.layout(panel.yLabel, size: theme.labelSize)
            let tickWidth = yTicks.labels.map { text.layout($0, size: theme.tickLabelSize).width }.max() ?? 0
            let x = r.minX - theme.tickLength - 5 - tickWidth - 8 - box.descent
            box.draw(on: canvas, at: Point2(x, r.center.y + box.width / 2), angle: Double.pi / 2,
                     color: theme.foreground)
        }
    }
}
