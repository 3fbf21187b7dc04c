import GDVizEngine

/// Laid-out text: glyph runs and rules positioned relative to a baseline origin (y down),
/// with the box's width, ascent and descent.
package struct TextBox: Sendable {
    package struct Run: Sendable {
        package var text: String
        package var font: FontRole
        package var size: Double
        package var offset: Point2
    }

    /// A filled rectangle (fraction bars, matrix brackets) relative to the origin.
    package struct Rule: Sendable {
        package var rect: DeviceRect
    }

    /// A stroked polyline relative to the origin (the radical sign).
    package struct Stroke: Sendable {
        package var points: [Point2]
        package var width: Double
    }

    /// A glyph of the math font by index (size variants and assembly pieces have no code point).
    package struct Glyph: Sendable {
        package var id: UInt32
        package var size: Double
        package var offset: Point2
    }

    /// The label as plain text (maths as its Unicode characters), for searchable copies and
    /// descriptions; set by ``TextLayout``.
    package var text = ""
    /// The size of the label's text, for its searchable copy.
    package var textSize = 0.0

    package var runs: [Run] = []
    package var glyphs: [Glyph] = []
    package var rules: [Rule] = []
    package var strokes: [Stroke] = []
    package var width: Double = 0
    package var ascent: Double = 0
    package var descent: Double = 0

    package init() {}

    package var height: Double { ascent + descent }

    /// Appends `other` after this box, shifted right by `gap` and up by `raise`.
    mutating func append(_ other: TextBox, gap: Double = 0, raise: Double = 0) {
        place(other, at: Point2(width + gap, -raise))
        width += gap + other.width
    }

    /// Copies `other`'s content with its origin at `offset`, growing ascent/descent to fit.
    mutating func place(_ other: TextBox, at offset: Point2) {
        for var run in other.runs {
            run.offset = run.offset + offset
            runs.append(run)
        }
        for var glyph in other.glyphs {
            glyph.offset = glyph.offset + offset
            glyphs.append(glyph)
        }
        for var stroke in other.strokes {
            stroke.points = stroke.points.map { $0 + offset }
            strokes.append(stroke)
        }
        for var rule in other.rules {
            rule.rect = DeviceRect(x: rule.rect.x + offset.x, y: rule.rect.y + offset.y,
                                   width: rule.rect.width, height: rule.rect.height)
            rules.append(rule)
        }
        ascent = max(ascent, other.ascent - offset.y)
        descent = max(descent, other.descent + offset.y)
    }

    /// A halo: every glyph, rule and stroke outlined `width` wide in `color` (the page colour),
    /// drawn before the text so lines under it step aside only around the ink, not in a box.
    func drawHalo(on canvas: Canvas, at origin: Point2, angle: Double = 0, color: Color, width: Double) {
        paint(on: canvas, at: origin, angle: angle, color: color, halo: StrokeStyle(color: color, width: width, join: .round))
    }

    /// Draws the box with its baseline origin at `origin`, rotated by `angle` (counter-clockwise).
    package func draw(on canvas: Canvas, at origin: Point2, angle: Double = 0, color: Color) {
        paint(on: canvas, at: origin, angle: angle, color: color, halo: nil)
    }

    private func paint(on canvas: Canvas, at origin: Point2, angle: Double, color: Color, halo: StrokeStyle?) {
        let c = cosine(angle), s = sine(angle)
        func rotated(_ p: Point2) -> Point2 { Point2(origin.x + c * p.x + s * p.y, origin.y - s * p.x + c * p.y) }
        if let halo {
            for run in runs {
                canvas.strokeText(run.text, font: run.font, size: run.size, at: rotated(run.offset), angle: angle, style: halo)
            }
        }
        if width > 0, halo == nil {
            let corners = [Point2(0, -ascent), Point2(width, -ascent), Point2(width, descent), Point2(0, descent)].map(rotated)
            let xs = corners.map(\.x), ys = corners.map(\.y)
            canvas.note(DeviceRect(x: xs.min()!, y: ys.min()!, width: xs.max()! - xs.min()!, height: ys.max()! - ys.min()!),
                        kind: .text)
        }
        for run in runs where halo == nil {
            canvas.drawText(run.text, font: run.font, size: run.size, at: rotated(run.offset), angle: angle,
                            color: color)
        }
        if !text.isEmpty { canvas.noteText(text, at: origin, angle: angle, size: textSize, width: width) }
        if !glyphs.isEmpty, !canvas.showMathGlyphs(glyphs, at: origin, angle: angle, color: color), let font = MathFont.shared {
            // One path for all glyphs: each outline scaled from font units, flipped (y up → down), placed.
            var path = Path()
            for glyph in glyphs {
                let k = glyph.size / font.unitsPerEm
                func map(_ p: Point2) -> Point2 { rotated(Point2(glyph.offset.x + k * p.x, glyph.offset.y - k * p.y)) }
                for element in font.outline(glyph.id) {
                    switch element {
                    case .move(let p): path.move(to: map(p))
                    case .line(let p): path.line(to: map(p))
                    case .curve(let c1, let c2, let p): path.curve(to: map(p), control1: map(c1), control2: map(c2))
                    case .close: path.close()
                    }
                }
                path.close()
            }
            if let halo { canvas.stroke(path, style: halo) } else { canvas.fill(path, color: color) }
        }
        for rule in rules {
            let r = rule.rect
            let corners = [Point2(r.minX, r.minY), Point2(r.maxX, r.minY), Point2(r.maxX, r.maxY), Point2(r.minX, r.maxY)]
            let outline = Path.polyline(corners.map(rotated), closed: true)
            if let halo { canvas.stroke(outline, style: halo) } else { canvas.fill(outline, color: color) }
        }
        for stroke in strokes {
            canvas.stroke(Path.polyline(stroke.points.map(rotated)),
                          style: StrokeStyle(color: color, width: stroke.width + (halo?.width ?? 0), cap: .butt,
                                             join: .miter))
        }
    }
}

