import GDVizEngine
import GDVizScene

/// What an automatic legend's spots are weighed by: every layer's data points and line ink in one
/// plot. A panel that first asks whether its legend fits inside reuses them to place it.
struct LegendEvidence {
    let points: [(point: Point2, weight: Double)]
    let ink: [(line: [Point2], weight: Double)]

    init(_ layers: [FigureLayer], in context: PlotContext) {
        points = layers.flatMap { $0.dataPoints(in: context) }
        ink = layers.flatMap { $0.inkLines(in: context) }
    }
}

/// Draws the legend in the candidate position that covers the least data.
struct LegendRenderer {
    let theme: Theme
    let canvas: Canvas

    struct Layout {
        var size: (width: Double, height: Double)
        var rowHeight: Double
        var boxes: [TextBox]
        var columns: Int
        /// Left edge of each column relative to the legend's left edge.
        var columnX: [Double]
    }

    /// Entries in `columns` columns, filled row by row.
    func measure(_ entries: [LegendEntry], columns: Int = 1) -> Layout {
        let text = TextLayout(canvas: canvas)
        let boxes = entries.map { text.layout($0.label, size: theme.legendSize) }
        let rowHeight = max(theme.legendSize * 1.55, (boxes.map(\.height).max() ?? 0) + 4)
        let columns = max(1, min(columns, entries.count))
        var columnX: [Double] = []
        var x = 10.0
        for c in 0..<columns {
            columnX.append(x)
            let widest = stride(from: c, to: boxes.count, by: columns).map { boxes[$0].width }.max() ?? 0
            x += widest + 48 + (c < columns - 1 ? 14 : 0)  // key 30, gap 8, padding 10; 14 between columns
        }
        let rows = (entries.count + columns - 1) / columns
        return Layout(size: (x, rowHeight * Double(rows) + 10), rowHeight: rowHeight, boxes: boxes,
                      columns: columns, columnX: columnX)
    }

    /// Candidate rectangles in preference order: the four corners, then the edge midpoints, then
    /// a grid of inner positions (used only when every earlier spot covers something).
    static func candidates(width: Double, height: Double, in plot: DeviceRect, inset: Double = 10) -> [DeviceRect] {
        let left = plot.minX + inset, right = max(left, plot.maxX - inset - width)
        let top = plot.minY + inset, bottom = max(top, plot.maxY - inset - height)
        let midX = max(left, plot.center.x - width / 2), midY = max(top, plot.center.y - height / 2)
        var spots = [(right, top), (left, top), (right, bottom), (left, bottom), (midX, top), (midX, bottom),
                     (left, midY), (right, midY)]
        for j in 1..<4 {
            for i in 1..<4 {
                spots.append((left + (right - left) * Double(i) / 4, top + (bottom - top) * Double(j) / 4))
            }
        }
        return spots.map { DeviceRect(x: $0.0, y: $0.1, width: width, height: height) }
    }

    /// The candidate with the least weight of data points and line ink under it (ties: earliest
    /// candidate). A marker (weight ≥ 2) under a legend costs 50 times its weight: a legend may
    /// cross a line where it must, but never hide a marked point. Ink is ``LineInk``: a trajectory
    /// costs 1 per device unit of its length under the legend, a streamline ½, a contour line 0.08.
    static func bestPlacement(_ candidates: [DeviceRect], points: [(point: Point2, weight: Double)],
                              ink lines: [(line: [Point2], weight: Double)] = []) -> (rect: DeviceRect, score: Double) {
        let ink = LineInk.Index(lines)
        // The corners and edge midpoints first; the inner grid only when each of them hides a marker.
        let outer = Array(candidates.prefix(8))
        let first = bestPlacement(among: outer, points: points, ink: ink)
        guard first.score >= 100, candidates.count > outer.count else { return first }
        return bestPlacement(among: candidates, points: points, ink: ink)
    }

    private static func bestPlacement(among candidates: [DeviceRect], points: [(point: Point2, weight: Double)],
                                      ink: LineInk.Index) -> (rect: DeviceRect, score: Double) {
        let best = PlacementScore.best(candidates, points: points, ink: ink)
        return (best.rect, best.score)
    }

    /// An automatic legend moves outside the plot (right of it and of any colour bar, or below an
    /// equal-aspect plot when that keeps more of it) when every spot inside would hide more than
    /// this: about 40 device units of trajectory, curve or arrow, 80 of streamlines or quiver
    /// arrows, or a marker (background contours and faint points do not count). The gallery's
    /// layout test holds every legend to the same 40 units of foreground line.
    static let outsideThreshold = 40.0

    /// Whether an automatic legend for `layers` in `context` goes outside the plot.
    func movesOutside(_ layers: [FigureLayer], in context: PlotContext, options: LegendOptions) -> Bool {
        (insideCost(layers, in: context, options: options) ?? 0) > Self.outsideThreshold
    }

    /// What an automatic legend would hide at its best spot inside (see ``movesOutside``), or nil
    /// when there is no automatic legend.
    /// `evidence` is `LegendEvidence(layers, in: context)` when the caller has it already.
    func insideCost(_ layers: [FigureLayer], in context: PlotContext, options: LegendOptions,
                    evidence: LegendEvidence? = nil) -> Double? {
        guard options.position == .auto else { return nil }
        let entries = layers.flatMap(\.legendEntries)
        guard !entries.isEmpty else { return nil }
        let layout = measure(entries, columns: options.columns)
        let spots = Self.candidates(width: layout.size.width, height: layout.size.height, in: context.plotRect)
        let evidence = evidence ?? LegendEvidence(layers, in: context)
        // Background contour lines alone never push a legend out: they fill most plots.
        let best = Self.bestPlacement(spots, points: evidence.points.filter { $0.weight >= 2 },
                                      ink: evidence.ink.filter { $0.weight > LineInk.background })
        return best.score
    }

    /// Room the legend takes outside the plot: (right, bottom), for the outside positions.
    func outsideRoom(_ layers: [FigureLayer], options: LegendOptions) -> (right: Double, bottom: Double) {
        let entries = layers.flatMap(\.legendEntries)
        guard !entries.isEmpty else { return (0, 0) }
        switch options.position {
        case .outsideRight: return (measure(entries, columns: options.columns).size.width + 12, 0)
        case .outsideBottom: return (0, measure(entries, columns: options.columns).size.height + 10)
        default: return (0, 0)
        }
    }

    /// Where the legend of `layers` goes, or nil when they have no entries or it is turned off.
    /// `below` is the y where the room for an outside-bottom legend starts.
    /// `evidence` is `LegendEvidence(layers, in: context)` when the caller has it already.
    func placement(_ layers: [FigureLayer], in context: PlotContext, options: LegendOptions = LegendOptions(),
                   rightOffset: Double = 0, below: Double? = nil, evidence: LegendEvidence? = nil) -> DeviceRect? {
        let entries = layers.flatMap(\.legendEntries)
        guard !entries.isEmpty, options.position != .none else { return nil }
        let layout = measure(entries, columns: options.columns)
        let w = layout.size.width, h = layout.size.height, plot = context.plotRect
        let spots = Self.candidates(width: w, height: h, in: plot)
        switch options.position {
        case .none: return nil
        case .upperRight: return spots[0]
        case .upperLeft: return spots[1]
        case .lowerRight: return spots[2]
        case .lowerLeft: return spots[3]
        case .outsideRight: return DeviceRect(x: plot.maxX + rightOffset + 12, y: plot.minY, width: w, height: h)
        case .outsideBottom:
            return DeviceRect(x: plot.center.x - w / 2, y: (below ?? plot.maxY) + 4, width: w, height: h)
        case .auto:
            let evidence = evidence ?? LegendEvidence(layers, in: context)
            return Self.bestPlacement(spots, points: evidence.points, ink: evidence.ink).rect
        }
    }

    /// Draws the legend at `rect` when the caller already has its ``placement``, else places it.
    func draw(_ layers: [FigureLayer], in context: PlotContext, options: LegendOptions = LegendOptions(),
              rightOffset: Double = 0, below: Double? = nil, at placed: DeviceRect? = nil) {
        let entries = layers.flatMap(\.legendEntries)
        guard !entries.isEmpty,
              let rect = placed ?? placement(layers, in: context, options: options, rightOffset: rightOffset, below: below)
        else { return }
        let layout = measure(entries, columns: options.columns)
        canvas.note(rect, kind: .legend)
        canvas.fill(.rect(rect), color: theme.background.withAlpha(0.88))
        canvas.withPaintRole(.decoration) {
            canvas.stroke(.rect(rect), style: StrokeStyle(color: theme.frame.withAlpha(0.35), width: 0.8))
        }
        for (i, (entry, box)) in zip(entries, layout.boxes).enumerated() {
            let row = i / layout.columns, column = i % layout.columns
            let centerY = rect.minY + 5 + layout.rowHeight * (Double(row) + 0.5)
            let keyLeft = rect.minX + layout.columnX[column]
            switch entry.key {
            case .line(let style, let marker):
                canvas.stroke(.polyline([Point2(keyLeft, centerY), Point2(keyLeft + 30, centerY)]), style: style)
                marker?.draw(on: canvas, at: Point2(keyLeft + 15, centerY), radius: 3, fill: style.color,
                             edge: theme.background, edgeWidth: 0.7)
            case .marker(let shape, let color):
                shape.draw(on: canvas, at: Point2(keyLeft + 15, centerY), radius: 4.5, fill: color,
                           edge: theme.background, edgeWidth: 0.8)
            case .arrow(let color):
                let tip = Point2(keyLeft + 28, centerY)
                canvas.stroke(.polyline([Point2(keyLeft + 2, centerY), Point2(tip.x - 5, centerY)]),
                              style: StrokeStyle(color: color, width: 1.4))
                canvas.fill(.polyline([tip, Point2(tip.x - 8, centerY - 3.4), Point2(tip.x - 8, centerY + 3.4)], closed: true),
                            color: color)
            }
            box.draw(on: canvas, at: Point2(keyLeft + 38, centerY + (box.ascent - box.descent) / 2),
                     color: theme.foreground)
        }
    }
}
