import GDVizEngine
import GDVizScene

/// A panel that draws itself without 2-D axes (a 3-D surface view, a computation graph).
package protocol PanelDrawing {
    /// Draws the whole panel inside `rect` (the panel title is already drawn above it).
    func draw(in rect: DeviceRect, canvas: Canvas, theme: Theme)
}

/// One set of axes and the layers drawn in them.
package struct Panel {
    package var domain: Domain
    package var title: String?
    package var xLabel: String
    package var yLabel: String
    package var equalAspect: Bool
    package var grid: Bool
    package var layers: [FigureLayer]
    package var xLog = false
    package var yLog = false
    /// When set, replaces the axes and layers entirely.
    package var custom: PanelDrawing?
    /// False when the panel shares its x axis with the panel below it (tick labels and title hidden).
    package var showsXLabels = true
    /// False when the panel shares its y axis with the panel to its left.
    package var showsYLabels = true
    /// Where the legend goes and in how many columns.
    package var legend = LegendOptions()
    /// False when the plot must keep the frame its row or column gives it (shared axes): an
    /// automatic legend then stays inside even where it covers lines.
    package var legendMayMoveOutside = true

    package init(domain: Domain, title: String? = nil, xLabel: String, yLabel: String, equalAspect: Bool = false,
                grid: Bool = false, layers: [FigureLayer]) {
        self.domain = domain
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.equalAspect = equalAspect
        self.grid = grid
        self.layers = layers
    }
}

/// A whole figure: its size in device units, an optional title and its panels in a grid.
package struct Figure {
    package var width: Double
    package var height: Double
    package var title: String?
    package var panels: [Panel]
    package var columns: Int
    package var theme: Theme
    /// Neighbouring plot panels over the same domain show their shared axis's labels only once.
    package var sharesAxes = false

    package init(width: Double, height: Double, title: String?, panels: [Panel], columns: Int = 1, theme: Theme = .light) {
        self.width = width
        self.height = height
        self.title = title
        self.panels = panels
        self.columns = max(1, columns)
        self.theme = theme
    }

    /// The cells of a `rows × columns` grid inside `area`, row by row, with `gap` between them.
    static func cells(count: Int, columns: Int, in area: DeviceRect, gap: Double) -> [DeviceRect] {
        let rows = (count + columns - 1) / columns
        let w = (area.width - gap * Double(columns - 1)) / Double(columns)
        let h = (area.height - gap * Double(rows - 1)) / Double(max(1, rows))
        return (0..<count).map { i in
            DeviceRect(x: area.minX + Double(i % columns) * (w + gap), y: area.minY + Double(i / columns) * (h + gap),
                       width: w, height: h)
        }
    }

    /// Draws the figure onto `canvas` (whose background is already painted).
    package func draw(on canvas: Canvas, phase: DrawPhase = .all) {
        let text = TextLayout(canvas: canvas)
        var area = DeviceRect(x: 0, y: 0, width: width, height: height).insetBy(dx: 14, dy: 12)
        if let title, !title.isEmpty {
            let box = text.layout(title, size: theme.titleSize, limits: true)
            if phase.paintsBackground { box.draw(on: canvas, at: Point2(width / 2 - box.width / 2, area.minY + box.ascent), color: theme.foreground) }
            let used = box.height + 10
            area = DeviceRect(x: area.x, y: area.y + used, width: area.width, height: area.height - used)
        }
        let columns = min(self.columns, max(1, panels.count))
        var panels = self.panels
        if sharesAxes {
            Self.markSharedAxes(&panels, columns: columns)
            for i in panels.indices { panels[i].legendMayMoveOutside = false }
        }
        let cells = sharesAxes
            ? sharedCells(panels, columns: columns, in: area, gap: 18, canvas: canvas)
            : Self.cells(count: panels.count, columns: columns, in: area, gap: 18)
        for (panel, cell) in zip(panels, cells) {
            var cell = cell
            if let title = panel.title, !title.isEmpty {
                // Room for the panel title above its plot (more for a tall or multi-line title).
                let box = text.layout(title, size: theme.labelSize, limits: true)
                let used = theme.labelSize * 1.5 + max(0, box.height - theme.labelSize * 1.25)
                cell = DeviceRect(x: cell.x, y: cell.y + used, width: cell.width, height: cell.height - used)
            }
            if let custom = panel.custom {
                guard phase.paintsBackground else { continue }
                if let title = panel.title, !title.isEmpty {
                    let box = text.layout(title, size: theme.labelSize, limits: true)
                    box.draw(on: canvas, at: Point2(cell.center.x - box.width / 2, cell.minY - 8 - box.descent),
                             color: theme.foreground)
                }
                custom.draw(in: cell, canvas: canvas, theme: theme)
            } else {
                AxesRenderer(panel: panel, theme: theme, canvas: canvas, phase: phase).draw(in: cell)
            }
        }
    }

    /// Which plot panels hide labels: the y labels when the panel to the left is a plot over the
    /// same domain, the x labels when the panel below is.
    static func markSharedAxes(_ panels: inout [Panel], columns: Int) {
        func sharable(_ a: Panel, _ b: Panel) -> Bool {
            a.custom == nil && b.custom == nil && a.domain == b.domain && a.xLog == b.xLog && a.yLog == b.yLog
        }
        for i in panels.indices {
            if i % columns > 0, sharable(panels[i - 1], panels[i]) { panels[i].showsYLabels = false }
            if i + columns < panels.count, sharable(panels[i + columns], panels[i]) { panels[i].showsXLabels = false }
        }
    }

    /// Cells sized so that every plot area in a row has the same width and every plot area in a
    /// row the same height, although panels with hidden labels need smaller margins.
    func sharedCells(_ panels: [Panel], columns: Int, in area: DeviceRect, gap: Double, canvas: Canvas) -> [DeviceRect] {
        let uniform = Self.cells(count: panels.count, columns: columns, in: area, gap: gap)
        let margins = zip(panels, uniform).map { panel, cell in
            AxesRenderer(panel: panel, theme: theme, canvas: canvas).margins(in: cell)
        }
        let rows = (panels.count + columns - 1) / columns
        var result = uniform
        for r in 0..<rows {
            let indices = Array((r * columns)..<min(panels.count, (r + 1) * columns))
            let horizontal = indices.map { margins[$0].left + margins[$0].right }
            let plotWidth = (area.width - gap * Double(columns - 1) - horizontal.reduce(0, +)
                             - Double(columns - indices.count) * (uniform[0].width)) / Double(indices.count)
            var x = area.minX
            for (k, i) in indices.enumerated() {
                result[i].x = x
                result[i].width = plotWidth + horizontal[k]
                x += result[i].width + gap
            }
        }
        let vertical = (0..<rows).map { r in
            ((r * columns)..<min(panels.count, (r + 1) * columns)).map { margins[$0].top + margins[$0].bottom }.max() ?? 0
        }
        let plotHeight = (area.height - gap * Double(rows - 1) - vertical.reduce(0, +)) / Double(rows)
        var y = area.minY
        for r in 0..<rows {
            for i in (r * columns)..<min(panels.count, (r + 1) * columns) {
                result[i].y = y
                result[i].height = plotHeight + vertical[r]
            }
            y += plotHeight + vertical[r] + gap
        }
        return result
    }
}
