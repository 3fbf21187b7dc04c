import GDVizEngine

/// One set of axes and the layers drawn in them.
public struct Panel {
    public var domain: Domain
    public var title: String?
    public var xLabel: String
    public var yLabel: String
    public var equalAspect: Bool
    public var grid: Bool
    public var layers: [FigureLayer]

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

/// A whole figure: its size in device units, an optional title and its panel.
public struct Figure {
    public var width: Double
    public var height: Double
    public var title: String?
    public var panel: Panel
    public var theme: Theme

    public init(width: Double, height: Double, title: String?, panel: Panel, theme: Theme = .light) {
        self.width = width
        self.height = height
        self.title = title
        self.panel = panel
        self.theme = theme
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
        AxesRenderer(panel: panel, theme: theme, canvas: canvas).draw(in: area)
    }
}
