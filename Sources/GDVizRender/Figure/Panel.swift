import GDVizEngine

/// A panel that draws itself without 2-D axes (a 3-D surface view, a computation graph).
public protocol PanelDrawing {
    /// Draws the whole panel inside `rect` (the panel title is already drawn above it).
    func draw(in rect: DeviceRect, canvas: Canvas, theme: Theme)
}

/// One set of axes and the layers drawn in them.
public struct Panel {
    public var domain: Domain
    public var title: String?
    public var xLabel: String
    public var yLabel: String
    public var equalAspect: Bool
    public var grid: Bool
    public var layers: [FigureLayer]
    public var xLog = false
    public var yLog = false
    /// When set, replaces the axes and layers entirely.
    public var custom: PanelDrawing?

    public init(domain: Domain, title: String? = nil, xLabel: String, yLabel: String, equalAspect: Bool = false,
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
public struct Figure {
    public var width: Double
    public var height: Double
    public var title: String?
    public var panels: [Panel]
    public var columns: Int
    public var theme: Theme

    public init(width: Double, height: Double, title: String?, panels: [Panel], columns: Int = 1, theme: Theme = .light) {
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
    public func draw(on canvas: Canvas) {
        let text = TextLayout(canvas: canvas)
        var area = DeviceRect(x: 0, y: 0, width: width, height: height).insetBy(dx: 14, dy: 12)
        if let title, !title.isEmpty {
            let box = text.layout(title, size: theme.titleSize)
            box.draw(on: canvas, at: Point2(width / 2 - box.width / 2, area.minY + box.ascent), color: theme.foreground)
            let used = box.height + 10
            area = DeviceRect(x: area.x, y: area.y + used, width: area.width, height: area.height - used)
        }
        let columns = min(self.columns, max(1, panels.count))
        for (panel, cell) in zip(panels, Self.cells(count: panels.count, columns: columns, in: area, gap: 18)) {
            var cell = cell
            if let title = panel.title, !title.isEmpty {
                // Room for the panel title above its plot.
                let used = theme.labelSize * 1.5
                cell = DeviceRect(x: cell.x, y: cell.y + used, width: cell.width, height: cell.height - used)
            }
            if let custom = panel.custom {
                if let title = panel.title, !title.isEmpty {
                    let box = text.layout(title, size: theme.labelSize)
                    box.draw(on: canvas, at: Point2(cell.center.x - box.width / 2, cell.minY - 8 - box.descent),
                             color: theme.foreground)
                }
                custom.draw(in: cell, canvas: canvas, theme: theme)
            } else {
                AxesRenderer(panel: panel, theme: theme, canvas: canvas).draw(in: cell)
            }
        }
    }
}
