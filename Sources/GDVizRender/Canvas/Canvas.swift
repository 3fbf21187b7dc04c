import GDVizEngine

/// An RGBA colour with components in 0...1 (not premultiplied).
package struct Color: Hashable, Sendable {
    package var r: Double, g: Double, b: Double, a: Double

    package init(_ r: Double, _ g: Double, _ b: Double, _ a: Double = 1) {
        self.r = r; self.g = g; self.b = b; self.a = a
    }

    /// `0xRRGGBB`.
    package init(hex: UInt32, alpha: Double = 1) {
        self.init(Double((hex >> 16) & 0xFF) / 255, Double((hex >> 8) & 0xFF) / 255,
                  Double(hex & 0xFF) / 255, alpha)
    }

    package func withAlpha(_ a: Double) -> Color { Color(r, g, b, a) }

    package static let black = Color(0, 0, 0)
    package static let white = Color(1, 1, 1)
}

/// A rectangle in device coordinates (y grows downwards, units are pixels at scale 1).
package struct DeviceRect: Hashable, Sendable {
    package var x: Double, y: Double, width: Double, height: Double

    package init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }

    package var minX: Double { x }
    package var maxX: Double { x + width }
    package var minY: Double { y }
    package var maxY: Double { y + height }
    package var center: Point2 { Point2(x + width / 2, y + height / 2) }

    package func insetBy(dx: Double, dy: Double) -> DeviceRect {
        DeviceRect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy)
    }

    package func intersects(_ o: DeviceRect) -> Bool {
        x < o.maxX && o.x < maxX && y < o.maxY && o.y < maxY
    }

    package func contains(_ p: Point2) -> Bool {
        p.x >= x && p.x <= maxX && p.y >= y && p.y <= maxY
    }
}

/// A path in device coordinates.
package struct Path: Sendable, Equatable {
    package enum Element: Sendable, Equatable {
        case move(Point2)
        case line(Point2)
        case curve(Point2, Point2, Point2)
        case close
    }

    package var elements: [Element] = []

    package init() {}

    package mutating func move(to p: Point2) { elements.append(.move(p)) }
    package mutating func line(to p: Point2) { elements.append(.line(p)) }
    package mutating func curve(to p: Point2, control1 c1: Point2, control2 c2: Point2) {
        elements.append(.curve(c1, c2, p))
    }
    package mutating func close() { elements.append(.close) }

    package static func polyline(_ points: [Point2], closed: Bool = false) -> Path {
        var path = Path()
        guard let first = points.first else { return path }
        path.move(to: first)
        for p in points.dropFirst() { path.line(to: p) }
        if closed { path.close() }
        return path
    }

    package static func rect(_ r: DeviceRect) -> Path {
        polyline([Point2(r.minX, r.minY), Point2(r.maxX, r.minY), Point2(r.maxX, r.maxY), Point2(r.minX, r.maxY)],
                 closed: true)
    }

    /// A circle approximated by four cubic Béziers (error < 0.03 % of the radius).
    package static func circle(center c: Point2, radius r: Double) -> Path {
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

package enum LineCap: Sendable { case butt, round, square }
package enum LineJoin: Sendable { case miter, round, bevel }

package struct StrokeStyle: Sendable, Equatable {
    package var color: Color
    package var width: Double
    package var dash: [Double]
    package var cap: LineCap
    package var join: LineJoin

    package init(color: Color, width: Double, dash: [Double] = [], cap: LineCap = .butt, join: LineJoin = .round) {
        self.color = color; self.width = width; self.dash = dash; self.cap = cap; self.join = join
    }
}

/// The fonts gdviz draws with. Each is loaded from a known font file, never by family name.
package enum FontRole: Sendable, Hashable, CaseIterable {
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
package struct TextExtents: Sendable, Equatable {
    /// Horizontal advance.
    package var width: Double
    /// Height above the baseline (positive).
    package var ascent: Double
    /// Depth below the baseline (positive).
    package var descent: Double

    package init(width: Double, ascent: Double, descent: Double) {
        self.width = width; self.ascent = ascent; self.descent = descent
    }
}

/// The handful of primitives figures need. Cairo implements it; tests use a recording canvas.
/// Coordinates are device units with y pointing down.
package protocol Canvas: AnyObject {
    func fill(_ path: Path, color: Color)
    func stroke(_ path: Path, style: StrokeStyle)
    /// Fills the polygon `corners` with `fill` and draws a band of `band` colour, `bandWidth`
    /// wide, centred on its outline (a mesh face: the band's outer half also closes the
    /// anti-aliasing seams to its neighbours).
    func fillBanded(_ corners: [Point2], fill: Color, band: Color, bandWidth: Double)
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
    /// Strokes the outlines of `text`'s glyphs (a halo drawn under the text itself); canvases
    /// that only record may ignore it.
    func strokeText(_ text: String, font: FontRole, size: Double, at origin: Point2, angle: Double, style: StrokeStyle)
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
package enum LayoutBoxKind: Sendable, Equatable {
    case text, legend, marker
}

extension Canvas {
    package func fillBanded(_ corners: [Point2], fill: Color, band: Color, bandWidth: Double) {
        fillBandedByStroking(corners, fill: fill, band: band, bandWidth: bandWidth)
    }

    /// A fill and a stroke of the outline with round joins: one element in vector output.
    package func fillBandedByStroking(_ corners: [Point2], fill: Color, band: Color, bandWidth: Double) {
        let path = Path.polyline(corners, closed: true)
        self.fill(path, color: fill)
        stroke(path, style: StrokeStyle(color: band, width: bandWidth, join: .round))
    }

    /// Canvases that cannot show images (recording canvases in tests) ignore them.
    package func drawImage(_ image: RasterImage, in rect: DeviceRect, smooth: Bool) {}
    package var pixelScale: Double { 1 }
    package func beginPaintRole(_ role: PaintRole) {}
    package func endPaintRole() {}
    package func note(_ box: DeviceRect, kind: LayoutBoxKind) {}
    package func strokeText(_ text: String, font: FontRole, size: Double, at origin: Point2, angle: Double,
                           style: StrokeStyle) {}
    package var textFont: FontRole { .sans }
    package func showMathGlyphs(_ glyphs: [TextBox.Glyph], at origin: Point2, angle: Double, color: Color) -> Bool { false }
    package func noteText(_ text: String, at origin: Point2, angle: Double, size: Double, width: Double) {}
}
