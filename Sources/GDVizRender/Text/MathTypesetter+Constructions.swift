import GDVizEngine
import GDVizScene

/// Fractions, radicals, accents, bars, braces and matrices (delimiters: `+Delimiters`).
extension MathTypesetter {
    /// TeX's `\nulldelimiterspace`, 1.2 pt at 10 pt: the space either side of a fraction.
    var nullDelimiterSpace: Double { 0.12 }

    // MARK: Fractions (rule 15)

    func fraction(_ numerator: [MathAtom], _ denominator: [MathAtom], kind: FractionKind, _ mode: Mode) -> TextBox {
        var style = mode.style
        if kind == .dfrac || kind == .dbinom { style = .display }
        if kind == .tfrac || kind == .tbinom { style = .text }
        let display = style == .display
        let f = k(style)
        let num = list(numerator, Mode(style: style.fractionPart, cramped: mode.cramped))
        let den = list(denominator, Mode(style: style.fractionPart, cramped: true))
        let axis = c.axisHeight * f
        let ruled = kind == .frac || kind == .dfrac || kind == .tfrac
        var u: Double, v: Double
        let thickness = c.fractionRuleThickness * f
        if ruled {
            u = (display ? c.fractionNumeratorDisplayStyleShiftUp : c.fractionNumeratorShiftUp) * f
            v = (display ? c.fractionDenominatorDisplayStyleShiftDown : c.fractionDenominatorShiftDown) * f
            let numGap = (display ? c.fractionNumDisplayStyleGapMin : c.fractionNumeratorGapMin) * f
            let denGap = (display ? c.fractionDenomDisplayStyleGapMin : c.fractionDenominatorGapMin) * f
            u = max(u, axis + thickness / 2 + numGap + num.descent)
            v = max(v, den.ascent + denGap - (axis - thickness / 2))
        } else {
            u = (display ? c.stackTopDisplayStyleShiftUp : c.stackTopShiftUp) * f
            v = (display ? c.stackBottomDisplayStyleShiftDown : c.stackBottomShiftDown) * f
            let gapMin = (display ? c.stackDisplayStyleGapMin : c.stackGapMin) * f
            let gap = (u - num.descent) - (den.ascent - v)
            if gap < gapMin { u += (gapMin - gap) / 2; v += (gapMin - gap) / 2 }
        }
        let pad = nullDelimiterSpace * size(style)
        let width = max(num.width, den.width)
        var box = TextBox()
        box.place(num, at: Point2(pad + (width - num.width) / 2, -u))
        box.place(den, at: Point2(pad + (width - den.width) / 2, v))
        if ruled {
            box.rules.append(TextBox.Rule(rect: DeviceRect(x: pad, y: -axis - thickness / 2, width: width, height: thickness)))
        }
        box.width = width + 2 * pad
        guard !ruled else { return box }
        // \binom: the stack between parentheses that cover it.
        var stack = TextBox()
        stack.place(num, at: Point2((width - num.width) / 2, -u))
        stack.place(den, at: Point2((width - den.width) / 2, v))
        stack.width = width
        return wrap(stack, left: "(", right: ")", Mode(style: style, cramped: mode.cramped))
    }

    // MARK: Radicals (rule 11)

    func radical(degree: [MathAtom]?, _ bodyAtoms: [MathAtom], _ mode: Mode) -> TextBox {
        let f = k(mode.style)
        let body = list(bodyAtoms, mode.crampedCopy)
        let thickness = c.radicalRuleThickness * f
        var gap = (mode.style == .display ? c.radicalDisplayStyleVerticalGap : c.radicalVerticalGap) * f
        let target = body.ascent + body.descent + gap + thickness
        let sign = verticalGlyph("√", minimum: target, size: size(mode.style))
        let signTotal = sign.ascent + sign.descent
        if signTotal > target { gap += (signTotal - target) / 2 }
        let ruleTop = body.ascent + gap + thickness
        var box = TextBox()
        var x = 0.0
        if let degree {
            let index = list(degree, Mode(style: .scriptScript, cramped: true))
            let bottom = ruleTop - signTotal
            let raise = bottom + c.radicalDegreeBottomRaisePercent / 100 * signTotal
            x = c.radicalKernBeforeDegree * f
            box.place(index, at: Point2(x, -(raise + index.descent)))
            x = max(0, x + index.width + c.radicalKernAfterDegree * f)
        }
        box.place(sign, at: Point2(x, sign.ascent - ruleTop))
        x += sign.width
        box.rules.append(TextBox.Rule(rect: DeviceRect(x: x, y: -ruleTop, width: body.width, height: thickness)))
        box.place(body, at: Point2(x, 0))
        box.width = x + body.width
        box.ascent = max(box.ascent, ruleTop + c.radicalExtraAscender * f)
        return box
    }

    // MARK: Accents and bars

    /// The accent centred on the body's top-accent point (the slanted centre of an italic letter),
    /// lowered onto short letters by the font's `accentBaseHeight`. Wide accents use the widest size
    /// variant that fits the body.
    func accent(_ accent: String, wide: Bool, _ bodyAtoms: [MathAtom], _ mode: Mode) -> TextBox {
        let s = size(mode.style), f = k(mode.style)
        let body = list(bodyAtoms, mode.crampedCopy)
        guard let scalar = accent.unicodeScalars.first, case let base = font.glyph(scalar), base != 0 else { return body }
        var id = base
        if wide, let variants = font.table.horizontal[base]?.variants {
            id = variants.last { $0.advance * f <= body.width * 1.05 }?.glyph ?? base
        }
        let m = font.metrics(id)
        var bodyCentre = body.width / 2
        if bodyAtoms.count == 1, bodyAtoms[0].upper == nil, bodyAtoms[0].lower == nil,
           case .glyph(let text, _) = bodyAtoms[0].nucleus, text.unicodeScalars.count == 1,
           case let letter = font.glyph(text.unicodeScalars.first!), letter != 0,
           let attachment = font.metrics(letter).topAccent {
            bodyCentre = attachment * f
        }
        let accentCentre = (m.topAccent ?? (m.minX + m.maxX) / 2) * f
        let lift = body.ascent - min(body.ascent, c.accentBaseHeight * f)
        var box = body
        let mark = glyphBox(id, size: s)
        box.place(mark, at: Point2(bodyCentre - accentCentre, -lift))
        box.width = body.width
        return box
    }

    func overline(_ bodyAtoms: [MathAtom], _ mode: Mode) -> TextBox {
        let f = k(mode.style)
        let body = list(bodyAtoms, mode.crampedCopy)
        let thickness = c.overbarRuleThickness * f
        let top = body.ascent + c.overbarVerticalGap * f + thickness
        var box = body
        box.rules.append(TextBox.Rule(rect: DeviceRect(x: 0, y: -top, width: body.width, height: thickness)))
        box.ascent = max(box.ascent, top + c.overbarExtraAscender * f)
        return box
    }

    func underline(_ bodyAtoms: [MathAtom], _ mode: Mode) -> TextBox {
        let f = k(mode.style)
        let body = list(bodyAtoms, mode)
        let thickness = c.underbarRuleThickness * f
        let top = body.descent + c.underbarVerticalGap * f
        var box = body
        box.rules.append(TextBox.Rule(rect: DeviceRect(x: 0, y: top, width: body.width, height: thickness)))
        box.descent = max(box.descent, top + thickness + c.underbarExtraDescender * f)
        return box
    }

    /// `\overrightarrow`: the arrow stretched to the body's width, over it.
    func overArrow(_ arrow: String, _ bodyAtoms: [MathAtom], _ mode: Mode) -> TextBox {
        let f = k(mode.style)
        let body = list(bodyAtoms, mode.crampedCopy)
        let glyph = horizontalGlyph(arrow, minimum: body.width, size: size(mode.style))
        var box = body
        let bottom = body.ascent + c.overbarVerticalGap * f
        box.place(glyph, at: Point2((body.width - glyph.width) / 2, -(bottom + glyph.descent)))
        box.width = max(body.width, glyph.width)
        return box
    }

    /// `\overbrace` / `\underbrace`: a horizontal brace stretched to the body's width.
    func brace(over: Bool, _ bodyAtoms: [MathAtom], _ mode: Mode) -> TextBox {
        let f = k(mode.style)
        let body = list(bodyAtoms, mode)
        let glyph = horizontalGlyph(over ? "⏞" : "⏟", minimum: body.width, size: size(mode.style))
        var box = body
        let x = (body.width - glyph.width) / 2
        if over {
            box.place(glyph, at: Point2(x, -(body.ascent + c.stretchStackGapBelowMin * f * 0.5 + glyph.descent)))
        } else {
            box.place(glyph, at: Point2(x, body.descent + c.stretchStackGapAboveMin * f * 0.5 + glyph.ascent))
        }
        box.width = max(body.width, glyph.width)
        return box
    }

    // MARK: Matrices and cases

    /// Cells in text style, rows on TeX's array struts (0.7 and 0.3 of a 1.2 em baseline skip),
    /// columns 1 em apart, centred on the axis between the environment's delimiters.
    func environment(_ environment: MathEnvironment, _ rows: [[[MathAtom]]], _ mode: Mode) -> TextBox {
        let cellMode = Mode(style: mode.style == .display ? .text : mode.style, cramped: mode.cramped)
        let em = size(cellMode.style)
        let cells = rows.map { $0.map { list($0, cellMode) } }
        let columns = cells.map(\.count).max() ?? 0
        var widths = [Double](repeating: 0, count: columns)
        for row in cells { for (j, cell) in row.enumerated() { widths[j] = max(widths[j], cell.width) } }
        let strutAscent = 0.7 * 1.2 * em, strutDescent = 0.3 * 1.2 * em
        let ascents = cells.map { max(strutAscent, $0.map(\.ascent).max() ?? 0) }
        let descents = cells.map { max(strutDescent, $0.map(\.descent).max() ?? 0) }
        let columnGap = em
        let cases = environment == .cases
        var grid = TextBox()
        var y = 0.0
        for (r, row) in cells.enumerated() {
            if r > 0 { y += descents[r - 1] + ascents[r] }
            var x = 0.0
            for (j, cell) in row.enumerated() {
                let inset = cases ? 0 : (widths[j] - cell.width) / 2
                grid.place(cell, at: Point2(x + inset, y))
                x += widths[j] + columnGap
            }
        }
        grid.width = widths.reduce(0, +) + columnGap * Double(max(0, columns - 1))
        grid.ascent = ascents.first ?? 0
        grid.descent = y + (descents.last ?? 0)
        let centred = centredOnAxis(grid, mode)
        let (left, right) = environment.delimiters
        if left == nil, right == nil { return centred }
        var body = centred
        if !cases {
            // amsmath pads the cells inside the delimiters by a thin space either side.
            var padded = TextBox()
            padded.place(body, at: Point2(em * 3 / 18, 0))
            padded.width = body.width + em * 6 / 18
            body = padded
        }
        return wrap(body, left: left ?? "", right: right ?? "", mode)
    }
}
