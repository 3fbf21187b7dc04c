import GDVizEngine

/// An RGBA colour with components in 0...1 (not premultiplied).
public struct Color: Hashable, Sendable {
    public var r: Double, g: Double, b: Double, a: Double

    public init(_ r: Double, _ g: Double, _ b: Double, _ a: Double = 1) {
        self.r = r; self.g = g; self.b = b; self.a = a
    }

    /// `0xRRGGBB`.
    public init(hex: UInt32, alpha: Double = 1) {
        self.init(Double((hex >> 16) & 0xFF) / 255, Double((hex >> 8) & 0xFF) / 255,
                  Double(hex & 0xFF) / 255, alpha)
    }

    public func withAlpha(_ a: Double) -> Color { Color(r, g, b, a) }

    public static let black = Color(0, 0, 0)
    public static let white = Color(1, 1, 1)
}

/// A rectangle in device coordinates (y grows downwards, units are pixels at scale 1).
public struct DeviceRect: Hashable, Sendable {
    public var x: Double, y: Double, width: Double, height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }

    public var minX: Double { x }
    public var maxX: Double { x + width }
    public var minY: Double { y }
    public var maxY: Double { y + height }
    public var center: Point2 { Point2(x + width / 2, y + height / 2) }

    public func insetBy(dx: Double, dy: Double) -> DeviceRect {
        DeviceRect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy)
    }

    public func intersects(_ o: DeviceRect) -> Bool {
        x < o.maxX && o.x < maxX && y < o.maxY && o.y < maxY
    }

    public func contains(_ p: Point2) -> Bool {
        p.x >= x && p.x <= maxX && p.y >= y && p.y <= maxY
    }
}

/// A path in device coordinates.
public struct Path: Sendable, Equatable {
    public enum Element: Sendable, Equatable {
        case move(Point2)
        case line(Point2)
        case curve(Point2, Point2, Point2)
        case close
    }

    public var elements: [Element] = []

    public init() {}

    public mutating func move(to p: Point2) { elements.append(.move(p)) }
    public mutating func line(to p: Point2) { elements.append(.line(p)) }
    public mutating func curve(to p: Point2, control1 c1: Point2, control2 c2: Point2) {
        elements.append(.curve(c1, c2, p))
    }
    public mutating func close() { elements.append(.close) }

    public static func polyline(_ points: [Point2], closed: Bool = false) -> Path {
        var path = Path()
        guard let first = points.first else { return path }
        path.move(to: first)
        for p in points.dropFirst() { path.line(to: p) }
        if closed { path.close() }
        return path
    }

    public static func rect(_ r: DeviceRect) -> Path {
        polyline([Point2(r.minX, r.minY), Point2(r.maxX, r.minY), Point2(r.maxX, r.maxY), Point2(r.minX, r.maxY)],
                 closed: true)
    }

    /// A circle approximated by four cubic Béziers (error < 0.03 % of the radius).
    public static func circle(center c: Point2, radius r: Double) -> Path {
        let k = 0.5522847498307936 * r
        var p = Path()
        p.move(to: Point2(c.x + r, c.y))
        p.curve(to: Point2(c.x, c.y + r), control1: Point2(c.x + r, c.y + k), control2: Point2(c.x + k, c.y + r))
        p.curve(to: Point2(c.x - r, c.y), control1: Point2(c.x - k, c.y + r), control2: Point2(c.x - r, c.y + k))
        p.curve(to: Point2(c.x, c.y - r), control1: Point2(c.x - r, c.y - k), control2: Point2(c.x - k, c.y - r))
        p.curve(to: Point2(c.x + r, c.y), control1: Point2(c.x + k, c.y - r), control2: Point2(c.x + r, c.y - k))
        p.close()
        return p
    }
}

public enum LineCap: Sendable { case butt, round, square }
public enum LineJoin: Sendable { case miter, round, bevel }

public struct StrokeStyle: Sendable, Equatable {
    public var color: Color
    public var width: Double
    public var dash: [Double]
    public var cap: LineCap
    public var join: LineJoin

    public init(color: Color, width: Double, dash: [Double] = [], cap: LineCap = .butt, join: LineJoin = .round) {
        self.color = color; self.width = width; self.dash = dash; self.cap = cap; self.join = join
    }
}

/// The fonts gdviz draws with. Each is loaded from a known font file, never by family name.
public enum FontRole: Sendable, Hashable, CaseIterable {
    /// Tick labels, titles, legends (DejaVu Sans).
    case sans
    /// Bold titles (DejaVu Sans Bold).
    case sansBold
    /// Mathematics: italic variables, upright digits and operators (Latin Modern Math).
    case math
    /// Text of `"font": "serif"` (Latin Modern Roman 10, a LaTeX article's body font).
    case serif
    /// Text of `"font": "latin-modern-sans"` (Latin Modern Sans 10, beamer's text font).
    case latinModernSans
}

/// Size of a piece of text set in one font, in device units.
public struct TextExtents: Sendable, Equatable {
    /// Horizontal advance.
    public var width: Double
    /// Height above the baseline (positive).
    public var ascent: Double
    /// Depth below the baseline (positive).
    public var descent: Double

    public init(width: Double, ascent: Double, descent: Double) {
        self.width = width; self.ascent = ascent; self.descent = descent
    }
}

/// The handful of primitives figures need. Cairo implements it; tests use a recording canvas.
/// Coordinates are device units with y pointing down.
public protocol Canvas: AnyObject {
    func fill(_ path: Path, color: Color)
    func stroke(_ path: Path, style: StrokeStyle)
    /// Restricts drawing to `rect` until the matching `popClip()`.
    func pushClip(_ rect: DeviceRect)
    func popClip()
    /// Extents of `text` set in `font` at `size`, from the font's unhinted advances.
    func measure(_ text: String, font: FontRole, size: Double) -> TextExtents
    /// Draws `text` with its baseline origin at `origin`, rotated by `angle` radians
    /// (counter-clockwise on screen) about the origin. Glyphs are filled as paths.
    func drawText(_ text: String, font: FontRole, size: Double, at origin: Point2, angle: Double, color: Color)
    /// Draws `image` (premultiplied RGBA, first row at the top) stretched over `rect`. With
    /// `smooth: false` every image pixel is a hard-edged square (nearest-neighbour sampling).
    func drawImage(_ image: RasterImage, in rect: DeviceRect, smooth: Bool)
    /// Output pixels per device unit: the PNG scale on raster pages, the resolution images are
    /// prepared at on vector pages. Layers that rasterize (filled contours) sample at this density.
    var pixelScale: Double { get }
    /// Tags what is drawn until the matching `endPaintRole()` (nested calls stack).
    func beginPaintRole(_ role: PaintRole)
    func endPaintRole()
    /// Records the device box of a placed item (text, legend, marker) for layout checks; drawing
    /// canvases ignore it.
    func note(_ box: DeviceRect, kind: LayoutBoxKind)
    /// The font of the figure's text (labels, ticks, legends); maths is always `.math`.
    var textFont: FontRole { get }
    /// Shows glyphs of the math font by index as text (searchable, selectable) when the canvas
    /// sets text as text, and returns true; false means the caller fills their outlines.
    /// `origin` and `angle` are those of the label; each glyph's offset is relative to them.
    func showMathGlyphs(_ glyphs: [TextBox.Glyph], at origin: Point2, angle: Double, color: Color) -> Bool
    /// A drawn label's plain text, its baseline origin, angle, size and width: kept by canvases
    /// that write a searchable copy of the text (SVG).
    func noteText(_ text: String, at origin: Point2, angle: Double, size: Double, width: Double)
}

/// What a noted layout box holds.
public enum LayoutBoxKind: Sendable, Equatable {
    case text, legend, marker
}

extension Canvas {
    /// Canvases that cannot show images (recording canvases in tests) ignore them.
    public func drawImage(_ image: RasterImage, in rect: DeviceRect, smooth: Bool) {}
    public var pixelScale: Double { 1 }
    public func beginPaintRole(_ role: PaintRole) {}
    public func endPaintRole() {}
    public func note(_ box: DeviceRect, kind: LayoutBoxKind) {}
    public var textFont: FontRole { .sans }
    public func showMathGlyphs(_ glyphs: [TextBox.Glyph], at origin: Point2, angle: Double, color: Color) -> Bool { false }
    public func noteText(_ text: String, at origin: Point2, angle: Double, size: Double, width: Double) {}
}
