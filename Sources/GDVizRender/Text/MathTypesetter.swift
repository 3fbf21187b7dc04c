import GDVizEngine
import GDVizScene

/// A small TeX: turns atoms into boxes following the rules of The TeXbook's Appendix G, with every
/// distance taken from the OpenType MATH constants of Latin Modern Math (as LuaTeX and XeTeX do).
/// Boxes are y-down; a box's origin is on its baseline at its left edge.
struct MathTypesetter {
    let layout: TextLayout
    let font: MathFont
    /// Size of text and display style, in device units per em.
    let baseSize: Double
    /// Limits of `\sum`, `\lim`… go below/above also outside display style (standalone labels).
    let limitsInline: Bool

    enum Style: Int, Comparable {
        case display, text, script, scriptScript
        static func < (a: Style, b: Style) -> Bool { a.rawValue < b.rawValue }
        var superscript: Style { self <= .text ? .script : .scriptScript }
        var fractionPart: Style { self == .display ? .text : self == .text ? .script : .scriptScript }
        var isScript: Bool { self >= .script }
    }

    struct Mode {
        var style: Style
        var cramped: Bool
        var superscript: Mode { Mode(style: style.superscript, cramped: cramped) }
        var sub: Mode { Mode(style: style.superscript, cramped: true) }
        var crampedCopy: Mode { Mode(style: style, cramped: true) }
    }

    var c: OpenTypeMath.Constants { font.table.constants }

    func size(_ style: Style) -> Double {
        switch style {
        case .display, .text: return baseSize
        case .script: return baseSize * c.scriptPercentScaleDown / 100
        case .scriptScript: return baseSize * c.scriptScriptPercentScaleDown / 100
        }
    }

    /// Font units → device units at the size of `style`.
    func k(_ style: Style) -> Double { size(style) / font.unitsPerEm }

    // MARK: Lists

    /// Atoms side by side with TeX's inter-atom spacing. `middleHeight` sizes `\middle` delimiters.
    func list(_ atoms: [MathAtom], _ start: Mode, middleHeight: (Double, Double)? = nil) -> TextBox {
        var mode = start
        var items: [(box: TextBox, cls: MathClass?, style: Style)] = []
        for atom in atoms {
            switch atom.nucleus {
            case .style(let s):
                switch s {
                case .display: mode.style = .display
                case .text: mode.style = .text
                case .script: mode.style = .script
                case .scriptScript: mode.style = .scriptScript
                }
                continue
            case .space(let em):
                var space = TextBox()
                space.width = em * size(mode.style)
                items.append((space, nil, mode.style))
                continue
            default:
                items.append((self.atom(atom, mode, middleHeight: middleHeight), atom.mathClass, mode.style))
            }
        }
        // A binary operator with no left operand, or before a relation or closing, is ordinary (TeX rules 5, 6).
        var previous: Int?
        for index in items.indices {
            guard let cls = items[index].cls else { continue }
            if cls == .binary, previous.map({ [.binary, .largeOperator, .relation, .open, .punctuation].contains(items[$0].cls!) }) ?? true {
                items[index].cls = .ordinary
            }
            if [.relation, .close, .punctuation].contains(cls), let p = previous, items[p].cls == .binary {
                items[p].cls = .ordinary
            }
            previous = index
        }
        if let p = previous, items[p].cls == .binary { items[p].cls = .ordinary }
        var box = TextBox()
        var left: MathClass?
        for item in items {
            var gap = 0.0
            if let right = item.cls {
                if let l = left { gap = Self.spacing(l, right, script: item.style.isScript) * size(item.style) }
                left = right
            }
            box.append(item.box, gap: gap)
        }
        return box
    }

    /// TeX's spacing table (The TeXbook, ch. 18) in 18ths of an em: 3 thin, 4 medium, 5 thick;
    /// negative entries apply only outside script styles.
    static func spacing(_ left: MathClass, _ right: MathClass, script: Bool) -> Double {
        let order: [MathClass] = [.ordinary, .largeOperator, .binary, .relation, .open, .close, .punctuation, .inner]
        let table: [[Int]] = [
            [0, 3, -4, -5, 0, 0, 0, -3],
            [3, 3, 0, -5, 0, 0, 0, -3],
            [-4, -4, 0, 0, -4, 0, 0, -4],
            [-5, -5, 0, 0, -5, 0, 0, -5],
            [0, 0, 0, 0, 0, 0, 0, 0],
            [0, 3, -4, -5, 0, 0, 0, -3],
            [-3, -3, 0, -3, -3, -3, -3, -3],
            [-3, 3, -4, -5, -3, 0, -3, -3],
        ]
        let v = table[order.firstIndex(of: left)!][order.firstIndex(of: right)!]
        if v < 0 { return script ? 0 : Double(-v) / 18 }
        return Double(v) / 18
    }

    // MARK: Atoms

    private func atom(_ atom: MathAtom, _ mode: Mode, middleHeight: (Double, Double)?) -> TextBox {
        let limitsByDefault = mode.style == .display || limitsInline
        switch atom.nucleus {
        case .largeOperator(let glyph, let limits):
            let (op, italic) = largeOperator(glyph, mode)
            if atom.limits ?? (limits && limitsByDefault) {
                return self.limits(op, upper: atom.upper, lower: atom.lower, italic: italic, mode)
            }
            return scripts(op, italic: italic, isCharacter: false, atom, mode)
        case .operatorName(let name, let limits):
            let op = operatorName(name, mode)
            if atom.limits ?? (limits && limitsByDefault) {
                return self.limits(op, upper: atom.upper, lower: atom.lower, italic: 0, mode)
            }
            return scripts(op, italic: 0, isCharacter: false, atom, mode)
        case .brace(let over, let body):
            let base = brace(over: over, body, mode)
            return limits(base, upper: atom.upper, lower: atom.lower, italic: 0, mode)
        case .glyph(let text, _):
            let (box, italic, single) = glyphRun(text, size: size(mode.style))
            return scripts(box, italic: italic, isCharacter: single, atom, mode)
        default:
            let box = nucleus(atom.nucleus, mode, middleHeight: middleHeight)
            return scripts(box, italic: 0, isCharacter: false, atom, mode)
        }
    }

    private func nucleus(_ node: MathNode, _ mode: Mode, middleHeight: (Double, Double)?) -> TextBox {
        switch node {
        case .glyph(let text, _):
            return glyphRun(text, size: size(mode.style)).box
        case .text(let text):
            return glyphRun(text, size: size(mode.style)).box
        case .group(let atoms):
            return list(atoms, mode)
        case .largeOperator, .operatorName, .brace, .style, .space:
            return TextBox()  // handled by atom(_:_:) and list(_:_:)
        case .fraction(let numerator, let denominator, let kind):
            return fraction(numerator, denominator, kind: kind, mode)
        case .radical(let degree, let body):
            return radical(degree: degree, body, mode)
        case .accent(let accent, let wide, let body):
            return self.accent(accent, wide: wide, body, mode)
        case .overline(let body):
            return overline(body, mode)
        case .underline(let body):
            return underline(body, mode)
        case .overArrow(let arrow, let body):
            return overArrow(arrow, body, mode)
        case .stack(let over, let base, let annotation):
            let baseBox = list(base, mode)
            return limits(baseBox, upper: over ? annotation : nil, lower: over ? nil : annotation, italic: 0, mode)
        case .fenced(let left, let body, let right):
            return fenced(left: left, body, right: right, mode)
        case .middle(let delimiter):
            guard let (ascent, descent) = middleHeight else { return glyphRun(delimiter, size: size(mode.style)).box }
            return self.delimiter(delimiter, covering: ascent, descent, mode)
        case .big(let delimiter, let level, _):
            let total = [1.2, 1.8, 2.4, 3.0][max(0, min(3, level - 1))] * size(mode.style)
            return centredOnAxis(verticalGlyph(delimiter, minimum: total, size: size(mode.style)), mode)
        case .environment(let environment, let rows):
            return self.environment(environment, rows, mode)
        }
    }

    // MARK: Glyphs

    /// The characters of `text` set from the math font (any it lacks from the sans font), with the
    /// last glyph's italic correction and whether `text` is one character.
    func glyphRun(_ text: String, size: Double) -> (box: TextBox, italic: Double, single: Bool) {
        var box = TextBox()
        var italic = 0.0
        let scalars = Array(text.unicodeScalars)
        for scalar in scalars {
            if scalar == "\u{2009}" {
                box.width += size * 3 / 18
                continue
            }
            let id = font.glyph(scalar)
            if id == 0 {
                box.append(layout.plainBox(String(scalar), size: size / layout.mathScale, font: .sans))
                italic = 0
                continue
            }
            box.append(glyphBox(id, size: size))
            italic = font.metrics(id).italicCorrection * size / font.unitsPerEm
        }
        return (box, italic, scalars.count == 1)
    }

    func glyphBox(_ id: UInt32, size: Double) -> TextBox {
        let m = font.metrics(id)
        let k = size / font.unitsPerEm
        var box = TextBox()
        box.glyphs = [TextBox.Glyph(id: id, size: size, offset: .zero)]
        box.width = m.advance * k
        box.ascent = max(0, m.height * k)
        box.descent = max(0, m.depth * k)
        return box
    }

    /// `box` moved up or down so its vertical middle is on the maths axis (where − and fraction bars sit).
    func centredOnAxis(_ box: TextBox, _ mode: Mode) -> TextBox {
        let shift = (box.ascent - box.descent) / 2 - c.axisHeight * k(mode.style)
        var centred = TextBox()
        centred.place(box, at: Point2(0, shift))
        centred.width = box.width
        return centred
    }
}
