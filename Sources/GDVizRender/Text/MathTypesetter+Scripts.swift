import GDVizEngine
import GDVizScene

/// Sub- and superscripts, limits and large operators.
extension MathTypesetter {
    /// Rule 18 of Appendix G: superscript and subscript shifts from the MATH constants.
    func scripts(_ nucleus: TextBox, italic: Double, isCharacter: Bool, _ atom: MathAtom, _ mode: Mode) -> TextBox {
        guard atom.upper != nil || atom.lower != nil else {
            var box = nucleus
            box.width += italic
            return box
        }
        let f = k(mode.style)
        var box = nucleus
        let sup = atom.upper.map { list($0, mode.superscript) }
        let sub = atom.lower.map { list($0, mode.sub) }
        var u = isCharacter ? 0 : nucleus.ascent - c.superscriptBaselineDropMax * f
        var v = isCharacter ? 0 : nucleus.descent + c.subscriptBaselineDropMin * f
        if let sup {
            u = max(u, (mode.cramped ? c.superscriptShiftUpCramped : c.superscriptShiftUp) * f,
                    sup.descent + c.superscriptBottomMin * f)
        }
        if let sub, sup == nil {
            v = max(v, c.subscriptShiftDown * f, sub.ascent - c.subscriptTopMax * f)
        }
        if let sup, let sub {
            v = max(v, c.subscriptShiftDown * f)
            let gap = (u - sup.descent) - (sub.ascent - v)
            if gap < c.subSuperscriptGapMin * f {
                v += c.subSuperscriptGapMin * f - gap
                let lift = c.superscriptBottomMaxWithSubscript * f - (u - sup.descent)
                if lift > 0 { u += lift; v -= lift }
            }
        }
        var right = nucleus.width
        if let sup {
            let x = nucleus.width + italic
            box.place(sup, at: Point2(x, -u))
            right = max(right, x + sup.width)
        }
        if let sub {
            // The subscript does not get the italic correction: it tucks under a slanted nucleus.
            let x = nucleus.width
            box.place(sub, at: Point2(x, v))
            right = max(right, x + sub.width)
        }
        box.width = right + c.spaceAfterScript * f
        return box
    }

    /// Limits centred above and below `base` (rule 13a), with the upper limit shifted right by half
    /// the italic correction and the lower one left, as for a slanted integral.
    func limits(_ base: TextBox, upper: [MathAtom]?, lower: [MathAtom]?, italic: Double, _ mode: Mode) -> TextBox {
        let f = k(mode.style)
        let sup = upper.map { list($0, mode.superscript) }
        let sub = lower.map { list($0, mode.sub) }
        let width = max(base.width, sup?.width ?? 0, sub?.width ?? 0)
        var box = TextBox()
        box.place(base, at: Point2((width - base.width) / 2, 0))
        if let sup {
            let lift = base.ascent + max(c.upperLimitGapMin * f, c.upperLimitBaselineRiseMin * f - sup.descent) + sup.descent
            box.place(sup, at: Point2((width - sup.width + italic) / 2, -lift))
        }
        if let sub {
            let drop = base.descent + max(c.lowerLimitGapMin * f, c.lowerLimitBaselineDropMin * f - sub.ascent) + sub.ascent
            box.place(sub, at: Point2((width - sub.width - italic) / 2, drop))
        }
        box.width = width
        return box
    }

    // MARK: Operators

    /// A large operator on the axis: in display style its first size variant at least
    /// `displayOperatorMinHeight` tall.
    func largeOperator(_ glyph: String, _ mode: Mode) -> (TextBox, italic: Double) {
        let s = size(mode.style)
        guard let scalar = glyph.unicodeScalars.first, case let base = font.glyph(scalar), base != 0 else {
            return (glyphRun(glyph, size: s).box, 0)
        }
        var id = base
        if mode.style == .display, let variants = font.table.vertical[base]?.variants {
            id = variants.first { $0.advance >= c.displayOperatorMinHeight }?.glyph ?? variants.last?.glyph ?? base
        }
        let italic = font.metrics(id).italicCorrection * k(mode.style)
        return (centredOnAxis(glyphBox(id, size: s), mode), italic)
    }

    /// `\lim`, `\max`, `\operatorname{…}`: upright roman letters.
    func operatorName(_ name: String, _ mode: Mode) -> TextBox {
        glyphRun(name, size: size(mode.style)).box
    }
}
