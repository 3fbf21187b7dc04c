import GDVizEngine
import GDVizScene

/// Sets labels: plain text in the sans font and `$…$` spans as mathematics in Latin Modern Math,
/// typeset by ``MathTypesetter`` from the atoms of ``LabelSyntax`` (the parser the scene reader
/// validated the label with). `\\` breaks a label into lines.
package struct TextLayout {
    let canvas: Canvas
    /// Maths is set slightly larger than DejaVu Sans text so x-heights match (Latin Modern's is
    /// smaller); next to Latin Modern text it is set at the text's size, as LaTeX does.
    static func mathScale(_ textFont: FontRole) -> Double { textFont == .sans ? 1.12 : 1 }
    var mathScale: Double { Self.mathScale(canvas.textFont) }
    /// Baseline-to-baseline distance of multi-line labels, in ems of the text size.
    static let lineSpacing = 1.25

    package enum Alignment: Sendable { case left, center, right }

    package init(canvas: Canvas) { self.canvas = canvas }

    /// Lays out `label` at `size`. With `limits`, `\sum`, `\lim`, `\argmin`… set their limits below and
    /// above (titles and annotations, where a formula stands on its own); otherwise, as in running
    /// text, the limits are scripts. `$$…$$` is display maths. Lines are aligned by `alignment`.
    package func layout(_ label: String, size: Double, font: FontRole? = nil, limits: Bool = false,
                       alignment: Alignment = .center) -> TextBox {
        let font = font ?? canvas.textFont
        // Scene labels were validated when read; text made by gdviz itself that is not label
        // syntax (never expected) is drawn as plain text rather than guessed at.
        let lines = (try? LabelSyntax.parse(label)) ?? [[.text(label)]]
        var boxes = lines.map { line(segments: $0, size: size, font: font, limits: limits) }
        for i in boxes.indices {
            boxes[i].text = Self.plainText(boxes[i])
            boxes[i].textSize = size
        }
        guard boxes.count > 1 else { return boxes.first ?? plainBox("", size: size, font: font) }
        let widest = boxes.map(\.width).max() ?? 0
        let shift: Double = alignment == .left ? 0 : alignment == .center ? 0.5 : 1
        var stacked = TextBox()
        var baseline = 0.0
        for (index, box) in boxes.enumerated() {
            if index > 0 {
                baseline += max(Self.lineSpacing * size, boxes[index - 1].descent + box.ascent + 0.15 * size)
            }
            stacked.place(box, at: Point2((widest - box.width) * shift, baseline))
        }
        stacked.width = widest
        stacked.ascent = max(stacked.ascent, boxes[0].ascent)
        stacked.text = boxes.map(\.text).joined(separator: " ")
        stacked.textSize = size
        return stacked
    }

    /// One line's text runs and math glyphs (as the characters they stand for) from left to right.
    static func plainText(_ box: TextBox) -> String {
        var pieces: [(x: Double, text: String)] = box.runs.map { ($0.offset.x, $0.text) }
        if let font = MathFont.shared {
            for glyph in box.glyphs {
                if let scalar = font.character(glyph.id) { pieces.append((glyph.offset.x, String(Character(scalar)))) }
            }
        }
        // A stable sort keeps the order of pieces at the same x (a fraction's numerator first).
        return pieces.enumerated().sorted { ($0.element.x, $0.offset) < ($1.element.x, $1.offset) }
            .map(\.element.text).joined()
    }

    private func line(segments: [LabelSegment], size: Double, font: FontRole, limits: Bool) -> TextBox {
        // Every line is at least as tall as the fonts it uses (a strut), so a label's box, and the
        // layout around it, does not jump with the ink of the maths in it.
        var box = TextBox()
        var strut = (ascent: 0.0, descent: 0.0)
        func extend(_ e: TextExtents) { strut = (max(strut.ascent, e.ascent), max(strut.descent, e.descent)) }
        if !segments.contains(where: { if case .math = $0 { return true } else { return false } }) {
            extend(canvas.measure("", font: font, size: size))
        }
        for segment in segments {
            switch segment {
            case .text(let text):
                extend(canvas.measure("", font: font, size: size))
                box.append(plainBox(text, size: size, font: font))
            case .math(let atoms, let display):
                extend(canvas.measure("", font: .math, size: size * mathScale))
                box.append(math(atoms, size: size * mathScale, display: display, limits: limits))
            }
        }
        // Ink that pokes out of the strut by less than a tenth of an em (a parenthesis, a
        // descender) keeps the strut's box, so neighbouring labels share a baseline; taller
        // maths (fractions, limits, matrices) grows the box.
        let slack = 0.1 * size
        box.ascent = box.ascent <= strut.ascent + slack ? strut.ascent : box.ascent
        box.descent = box.descent <= strut.descent + slack ? strut.descent : box.descent
        return box
    }

    func plainBox(_ text: String, size: Double, font: FontRole) -> TextBox {
        let e = canvas.measure(text, font: font, size: size)
        var box = TextBox()
        box.runs = [TextBox.Run(text: text, font: font, size: size, offset: .zero)]
        box.width = e.width
        box.ascent = e.ascent
        box.descent = e.descent
        return box
    }

    func math(_ atoms: [MathAtom], size: Double, display: Bool, limits: Bool) -> TextBox {
        guard let font = MathFont.shared else {
            // Without the math font nothing can be typeset properly; the source is shown instead.
            return plainBox("[math font missing]", size: size, font: .sans)
        }
        let typesetter = MathTypesetter(layout: self, font: font, baseSize: size, limitsInline: limits)
        return typesetter.list(atoms, MathTypesetter.Mode(style: display ? .display : .text, cramped: false))
    }
}
