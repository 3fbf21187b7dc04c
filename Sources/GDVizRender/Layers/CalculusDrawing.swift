import GDVizEngine

/// Pieces the calculus layers share: arrows, marked points, labels beside things, and line
/// normals. All coordinates here are device units.
enum CalculusDrawing {
    /// Type size of labels drawn next to lines, points and arrows.
    static func labelSize(_ theme: Theme) -> Double { theme.legendSize + 2 }

    /// The default colour of a layer: `hex` in colour themes, the foreground in greyscale ones.
    static func color(_ explicit: Color?, default hex: UInt32?, theme: Theme) -> Color {
        if let explicit { return theme.legible(explicit) }
        guard let hex else { return theme.foreground }
        return theme.accent(hex)
    }

    // MARK: Arrows

    /// A shaft from `tail` to `tip` with a filled head whose point is exactly at `tip`. The shaft
    /// stops inside the head so a thick line never pokes through its point. Arrows shorter than
    /// the head get a head scaled down to their length.
    static func arrow(on canvas: Canvas, from tail: Point2, to tip: Point2, color: Color, width: Double,
                      headLength: Double = 12, headWidth: Double = 9) {
        let d = tip - tail
        let length = d.norm
        guard length > 1e-9, length.isFinite else { return }
        let u = (1 / length) * d
        let head = min(headLength, 0.6 * length), half = headWidth / 2 * head / headLength
        let base = tip - head * u
        let n = Point2(-u.y, u.x)
        canvas.stroke(.polyline([tail, tip - 0.6 * head * u]), style: StrokeStyle(color: color, width: width, cap: .butt))
        canvas.fill(.polyline([tip, base + half * n, base - half * n], closed: true), color: color)
    }

    /// A filled arrowhead at `tip` pointing along `direction` (no shaft).
    static func arrowhead(on canvas: Canvas, at tip: Point2, direction: Point2, color: Color, length: Double = 13,
                          width: Double = 10) {
        let norm = direction.norm
        guard norm > 1e-12, norm.isFinite else { return }
        let u = (1 / norm) * direction, n = Point2(-u.y, u.x)
        let base = tip - length * u
        canvas.fill(.polyline([tip, base + width / 2 * n, base - width / 2 * n], closed: true), color: color)
    }

    /// A round marker ringed in the background colour.
    static func dot(on canvas: Canvas, at p: Point2, color: Color, theme: Theme, radius: Double = 4.5) {
        guard p.isFinite else { return }
        MarkerShape.circle.draw(on: canvas, at: p, radius: radius, fill: color, edge: theme.background, edgeWidth: 1.2)
    }

    // MARK: Labels

    /// The baseline origin that puts `box` beside `anchor`: its centre `gap` units beyond the
    /// box's own half-extent along `direction`, then moved inside `rect` (inset by 4) if it sticks out.
    static func origin(for box: TextBox, beside anchor: Point2, direction: Point2, gap: Double,
                       inside rect: DeviceRect) -> Point2 {
        let norm = direction.norm
        let u = norm > 1e-12 ? (1 / norm) * direction : Point2(0, -1)
        let reach = abs(u.x) * box.width / 2 + abs(u.y) * box.height / 2 + gap
        var center = anchor + reach * u
        let inset = rect.insetBy(dx: 4, dy: 4)
        center.x = min(max(center.x, inset.minX + box.width / 2), max(inset.minX + box.width / 2, inset.maxX - box.width / 2))
        center.y = min(max(center.y, inset.minY + box.height / 2), max(inset.minY + box.height / 2, inset.maxY - box.height / 2))
        return Point2(center.x - box.width / 2, center.y + (box.ascent - box.descent) / 2)
    }

    /// The rectangle `box` covers when drawn at `origin`.
    static func bounds(of box: TextBox, at origin: Point2, padding: Double = 0) -> DeviceRect {
        DeviceRect(x: origin.x - padding, y: origin.y - box.ascent - padding, width: box.width + 2 * padding,
                   height: box.height + 2 * padding)
    }

    /// Draws `box` at `origin` so it reads on top of what is under it. Over background lines
    /// (contours, fills) a halo of the page colour follows the glyphs, so the lines are interrupted
    /// only around the ink and never by a white box. Only where the label would sit on a foreground
    /// line (a path, an arrow, a trajectory), whose crossing strokes would run through the letters,
    /// does it get the soft box of page colour.
    static func drawLabel(_ box: TextBox, at origin: Point2, color: Color, in context: PlotContext) {
        let patch = bounds(of: box, at: origin, padding: 2.5)
        let foreground = context.panelLayers.flatMap { $0.inkLines(in: context) }.filter { $0.weight >= LineInk.foreground }
        if LineInk.covered(by: patch, foreground) >= 4 {
            context.canvas.fill(.rect(patch), color: context.theme.background.withAlpha(0.8))
        } else {
            box.drawHalo(on: context.canvas, at: origin, color: context.theme.background.withAlpha(0.85), width: 3.2)
        }
        box.draw(on: context.canvas, at: origin, color: color)
    }

    /// Lays out `text` and draws it beside `anchor`, towards `direction` unless lines, markers or
    /// the legend are there (``LabelPlacement``); returns where it went.
    @discardableResult
    static func label(_ text: String, beside anchor: Point2, direction: Point2, gap: Double = 7, color: Color,
                      in context: PlotContext) -> DeviceRect {
        let box = context.text.layout(text, size: labelSize(context.theme))
        let at = LabelPlacement.origin(for: box, beside: anchor, direction: direction, gap: gap, in: context)
        drawLabel(box, at: at, color: color, in: context)
        return bounds(of: box, at: at)
    }

    // MARK: Geometry

    /// The unit normal of a–b that points up the screen (or right, for a vertical segment).
    static func upwardNormal(_ a: Point2, _ b: Point2) -> Point2 {
        let d = b - a
        let length = d.norm
        guard length > 1e-12 else { return Point2(0, -1) }
        var n = Point2(d.y / length, -d.x / length)
        if n.y > 0 || (n.y == 0 && n.x < 0) { n = -n }
        return n
    }
}
