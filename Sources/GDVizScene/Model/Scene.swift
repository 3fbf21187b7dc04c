import GDVizEngine

/// One figure, as described by a scene file: the function, where to look at it, which optimizer
/// runs to show, and which layers to draw, in order.
///
/// A `Scene` returned by ``SceneLoader`` is fully validated: every field is in range and every
/// cross-reference (layer → run label, start point → dimension) holds.
package struct Scene: Sendable, Equatable {
    /// The scene file's base name without its extension (`scenes/gd.json` → `gd`); used to name outputs.
    package var name: String
    /// The figure title; may contain `$...$` math. `nil` draws no title.
    package var title: String?
    /// Figure width in device units: points (1/72 in), pixels at scale 1; see ``Length``.
    package var width: Double
    /// Figure height in device units.
    package var height: Double
    /// The function f to draw and minimize.
    package var function: FunctionSource
    /// 1 for f(x) on an interval, 2 for f(x, y) on a rectangle.
    package var dimension: Int
    /// The plotted region in data coordinates.
    ///
    /// In 2-D, `[xMin, xMax] × [yMin, yMax]`. In 1-D, `xMin...xMax` is the interval and
    /// `yMin...yMax` is the plotted value range of f; both are NaN when the file gives no `y`,
    /// meaning "choose the value range from the data". Prefer ``valueRange`` in 1-D code.
    package var domain: Domain
    /// Axis labels, aspect ratio and grid.
    package var axes: AxesOptions
    /// Samples per axis when f is sampled on a grid (contours, 1-D curves), `10...2000`.
    package var resolution: Int
    /// Optimizer runs, with unique labels.
    package var runs: [RunSpec]
    /// What to draw, back to front.
    package var layers: [LayerSpec]
    /// Several panels in a grid; empty means one plot panel drawing `layers`.
    package var panels: [PanelSpec] = []
    /// Panels per row (default: all in one row, at most 3).
    package var columns: Int = 1
    package var theme: ThemeName = .light
    /// How runs are told apart besides colour.
    package var cues: CueMode = .auto
    /// Neighbouring plot panels over the same domain share their axes' labels.
    package var shareAxes = false
    /// `"legend"`: where every panel's legend goes unless the panel says otherwise.
    package var legend = LegendOptions()
    /// The size of axis labels and annotations in device units; titles, ticks and legends keep
    /// their proportions to it (see ``SceneDefaults/fontSize``).
    package var fontSize: Double = SceneDefaults.fontSize
    /// Whether `"size"` was given in a physical unit (cm, mm, in, pt): SVG output then states
    /// its size in points, so it shows at that size; otherwise in CSS pixels, like the PNG.
    package var physicalSize = false
    /// The typeface of the text (not of the maths).
    package var font: TextFont = .sans
    /// Whether SVG and PDF text is text (searchable, selectable) or outlines.
    package var text: TextMode = .glyphs
    /// Plays the runs step by step as frames (GIF, WebP, MP4, PDF pages); `nil` for a still figure.
    package var animation: AnimationSpec? = nil

    /// A scene built in code. `axes` and `layers` left `nil` get the defaults for `dimension`.
    /// Nothing is validated here; only ``SceneLoader`` checks values.
    package init(name: String, title: String? = nil,
                width: Double = Double(SceneDefaults.width), height: Double = Double(SceneDefaults.height),
                function: FunctionSource, dimension: Int, domain: Domain,
                axes: AxesOptions? = nil, resolution: Int = SceneDefaults.resolution,
                runs: [RunSpec] = [], layers: [LayerSpec]? = nil) {
        self.name = name
        self.title = title
        self.width = width
        self.height = height
        self.function = function
        self.dimension = dimension
        self.domain = domain
        self.axes = axes ?? AxesOptions.defaults(dimension: dimension)
        self.resolution = resolution
        self.runs = runs
        self.layers = layers ?? LayerSpec.defaults(dimension: dimension)
    }

    /// The 1-D value range given in the file, or `nil` for "automatic" (and always `nil` in 2-D).
    package var valueRange: ClosedRange<Double>? {
        guard dimension == 1, domain.yMin.isFinite, domain.yMax.isFinite, domain.yMin < domain.yMax
        else { return nil }
        return domain.yMin...domain.yMax
    }

    /// The run with this label, if any.
    package func run(labelled label: String) -> RunSpec? {
        runs.first { $0.label == label }
    }

    // Domain is Hashable, but NaN placeholders (1-D, automatic value range) are never `==`.
    package static func == (a: Scene, b: Scene) -> Bool {
        a.name == b.name && a.title == b.title && a.width == b.width && a.height == b.height
            && a.function == b.function && a.dimension == b.dimension
            && sameBounds(a.domain, b.domain)
            && a.axes == b.axes && a.resolution == b.resolution && a.runs == b.runs && a.layers == b.layers
            && a.panels == b.panels && a.columns == b.columns && a.theme == b.theme && a.cues == b.cues && a.shareAxes == b.shareAxes
            && a.animation == b.animation && a.physicalSize == b.physicalSize && a.fontSize == b.fontSize && a.font == b.font && a.text == b.text
    }

    private static func sameBounds(_ a: Domain, _ b: Domain) -> Bool {
        func same(_ u: Double, _ v: Double) -> Bool { u == v || (u.isNaN && v.isNaN) }
        return same(a.xMin, b.xMin) && same(a.xMax, b.xMax) && same(a.yMin, b.yMin) && same(a.yMax, b.yMax)
    }
}
