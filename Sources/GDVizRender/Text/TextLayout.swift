import GDVizEngine

/// Sets labels: plain text in the sans font and `$…$` spans as mathematics in Latin Modern Math
/// (italic variables, upright digits and operators, TeX spacing, smaller scripts).
public struct TextLayout {
    let canvas: Canvas
    /// Maths is set slightly larger than the sans text so x-heights match (Latin Modern's is smaller).
    static let mathScale = 1.12
    static let scriptScale = 0.7

    public init(canvas: Canvas) { self.canvas = canvas }

    /// Lays out `label` at `size`. `\$` is a literal dollar sign.
    public func layout(_ label: String, size: Double, font: FontRole = .sans) -> TextBox {
        var box = TextBox()
        var plain = ""
        var math = ""
        var inMath = false
        var previous: Character = " "
        for ch in label {
            if ch == "$" && previous != "\\" {
                if inMath {
                    box.append(layoutMath(math, size: size * Self.mathScale))
                    math = ""
                } else if !plain.isEmpty {
                    box.append(plainBox(plain, size: size, font: font))
                    plain = ""
                }
                inMath.toggle()
            } else if inMath {
                math.append(ch)
            } else {
                if ch == "$" { plain.removeLast() }
                plain.append(ch)
            }
            previous = ch
        }
        if inMath { plain += "$" + math }
        if !plain.isEmpty { box.append(plainBox(plain, size: size, font: font)) }
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

    func layoutMath(_ source: String, size: Double) -> TextBox {
        MathTypesetter(layout: self).list(MathParser.parse(source), size: size)
    }
}

/// Turns parsed atoms into boxes.
struct MathTypesetter {
    let layout: TextLayout

    func list(_ atoms: [MathAtom], size: Double, script: Bool = false) -> TextBox {
        var box = TextBox()
        var previousClass: AtomClass? = nil
        for atom in atoms {
            var cls = atom.atomClass
            // A binary operator with nothing on its left is unary (−x), as in TeX.
            if cls == .binary, previousClass == nil || [.binary, .relation, .open, .punctuation].contains(previousClass!) {
                cls = .ordinary
            }
            let gap = script ? 0 : spacing(previousClass, cls) * size
            box.append(self.atom(atom, size: size, script: script), gap: gap)
            previousClass = cls
        }
        return box
    }

    /// TeX's inter-atom spaces in 18ths of an em: thin 3, medium 4, thick 5.
    private func spacing(_ left: AtomClass?, _ right: AtomClass) -> Double {
        guard let left else { return 0 }
        switch (left, right) {
        case (.binary, _), (_, .binary): return 4 / 18
        case (.relation, .relation): return 0
        case (.relation, _), (_, .relation): return 5 / 18
        case (.punctuation, _): return 3 / 18
        case (.operator, .ordinary), (.operator, .operator), (.ordinary, .operator), (.close, .operator): return 3 / 18
        default: return 0
        }
    }

    private func atom(_ atom: MathAtom, size: Double, script: Bool) -> TextBox {
        var box = nucleus(atom.nucleus, size: size, script: script)
        guard atom.lower != nil || atom.upper != nil else { return box }
        let scriptSize = size * (script ? 0.85 : TextLayout.scriptScale)
        let both = atom.lower != nil && atom.upper != nil
        let start = box.width + 0.05 * size
        var widest = 0.0
        if let sup = atom.upper {
            let s = list(sup, size: scriptSize, script: true)
            let raise = max(0.42 * size, box.ascent - 0.35 * size)
            box.place(s, at: Point2(start, -raise))
            widest = max(widest, s.width)
        }
        if let sub = atom.lower {
            let s = list(sub, size: scriptSize, script: true)
            let drop = both ? 0.26 * size : 0.18 * size
            box.place(s, at: Point2(start, drop))
            widest = max(widest, s.width)
        }
        box.width = start + widest + 0.03 * size
        return box
    }

    private func nucleus(_ node: MathNode, size: Double, script: Bool) -> TextBox {
        switch node {
        case .symbol(let text, _):
            return layout.plainBox(text, size: size, font: .math)
        case .group(let atoms):
            return list(atoms, size: size, script: script)
        case .fraction(let num, let den):
            return fraction(num, den, size: size)
        case .matrix(let rows):
            return matrix(rows, size: size)
        case .radical(let atoms):
            return radical(list(atoms, size: size, script: script), size: size)
        case .overline(let atoms, let accent):
            return overline(list(atoms, size: size, script: script), size: size, accent: accent)
        }
    }

    /// The radical sign drawn as a stroke, so it reaches the bar at any height (TeX likewise builds
    /// tall radicals from pieces): a short rising tick, a long fall to just below the baseline, and
    /// a rise to the bar, which sits 0.1 em above the argument's ink and runs over the whole argument.
    private func radical(_ body: TextBox, size: Double) -> TextBox {
        let thickness = 0.04 * size
        let barTop = Self.inkTop(body) + 0.1 * size + thickness
        let bottom = max(body.descent * 0.6, 0.08 * size)
        let signWidth = 0.62 * size
        var box = TextBox()
        box.strokes.append(TextBox.Stroke(points: [
            Point2(0.02 * size, -0.30 * size),
            Point2(0.13 * size, -0.37 * size),
            Point2(0.33 * size, bottom),
            Point2(signWidth, -barTop + thickness / 2),
        ], width: 0.05 * size))
        box.place(body, at: Point2(signWidth + 0.06 * size, 0))
        box.width = signWidth + 0.06 * size + body.width + 0.06 * size
        box.rules.append(TextBox.Rule(rect: DeviceRect(x: signWidth - 0.01 * size, y: -barTop,
                                                       width: box.width - signWidth - 0.03 * size, height: thickness)))
        box.ascent = max(box.ascent, barTop)
        box.descent = max(box.descent, bottom + 0.03 * size)
        return box
    }

    /// How far the ink of `box` rises above its baseline, estimated from its runs: 0.44 em for
    /// short lower-case italics, 0.75 em for anything else (capitals, ascenders, digits, brackets).
    static func inkTop(_ box: TextBox) -> Double {
        let runs = box.runs.map { run -> Double in
            let short = run.text.unicodeScalars.allSatisfy { shortLetters.contains($0.value) }
            return -run.offset.y + (short ? 0.44 : 0.75) * run.size
        }
        return (runs + box.rules.map { -$0.rect.minY }).max() ?? 0
    }

    /// Lower-case italic letters without ascenders (their ink stops at the x-height).
    static let shortLetters = Set("acegmnopqrsuvwxyz".unicodeScalars.map { $0.value - 0x61 + 0x1D44E })

    /// `\bar`: a short bar centred over the argument, shifted right for an italic letter's slant.
    /// `\overline`: a rule over the whole argument. Both sit 0.1 em above the argument's ink.
    private func overline(_ body: TextBox, size: Double, accent: Bool) -> TextBox {
        var box = body
        let scalars = body.runs.flatMap { $0.text.unicodeScalars }
        let italic = scalars.count == 1 && scalars.allSatisfy { (0x1D434...0x1D467).contains($0.value) }
        let thickness = 0.04 * size
        let y = -(Self.inkTop(body) + 0.1 * size) - thickness
        let width = accent ? min(max(0.3 * size, body.width * 0.75), body.width + 0.1 * size) : body.width
        let x = (body.width - width) / 2 + (accent && italic ? 0.07 * size : 0)
        box.rules.append(TextBox.Rule(rect: DeviceRect(x: x, y: y, width: width, height: thickness)))
        box.ascent = max(box.ascent, -y)
        return box
    }

    /// Numerator and denominator centred over a rule on the maths axis (0.25 em above the baseline).
    private func fraction(_ num: [MathAtom], _ den: [MathAtom], size: Double) -> TextBox {
        let partSize = size * 0.8
        let n = list(num, size: partSize, script: true)
        let d = list(den, size: partSize, script: true)
        let axis = 0.25 * size, thickness = 0.045 * size, gap = 0.12 * size
        let width = max(n.width, d.width) + 0.2 * size
        var box = TextBox()
        box.place(n, at: Point2((width - n.width) / 2, -(axis + thickness / 2 + gap + n.descent)))
        box.place(d, at: Point2((width - d.width) / 2, -axis + thickness / 2 + gap + d.ascent))
        box.rules.append(TextBox.Rule(rect: DeviceRect(x: 0.05 * size, y: -axis - thickness / 2,
                                                       width: width - 0.1 * size, height: thickness)))
        box.width = width
        return box
    }

    /// Cells centred in columns between square brackets drawn as rules.
    private func matrix(_ rows: [[[MathAtom]]], size: Double) -> TextBox {
        let cells = rows.map { $0.map { list($0, size: size) } }
        let columns = cells.map(\.count).max() ?? 0
        var columnWidths = [Double](repeating: 0, count: columns)
        for row in cells { for (j, c) in row.enumerated() { columnWidths[j] = max(columnWidths[j], c.width) } }
        let rowAscent = cells.map { $0.map(\.ascent).max() ?? 0 }
        let rowDescent = cells.map { $0.map(\.descent).max() ?? 0 }
        let rowGap = 0.25 * size, columnGap = 0.8 * size, bracket = 0.3 * size, thickness = 0.05 * size
        let totalHeight = zip(rowAscent, rowDescent).map { $0 + $1 }.reduce(0, +) + rowGap * Double(max(0, rows.count - 1))
        let axis = 0.25 * size
        var box = TextBox()
        var y = -axis - totalHeight / 2
        for (r, row) in cells.enumerated() {
            y += rowAscent[r]
            var x = bracket + 0.15 * size
            for (j, cell) in row.enumerated() {
                box.place(cell, at: Point2(x + (columnWidths[j] - cell.width) / 2, y))
                x += columnWidths[j] + columnGap
            }
            y += rowDescent[r] + rowGap
        }
        let inner = columnWidths.reduce(0, +) + columnGap * Double(max(0, columns - 1))
        let width = inner + 2 * (bracket + 0.15 * size)
        let top = -axis - totalHeight / 2 - 0.1 * size, bottom = -axis + totalHeight / 2 + 0.1 * size
        for x in [0.0, width - thickness] {
            box.rules.append(TextBox.Rule(rect: DeviceRect(x: x, y: top, width: thickness, height: bottom - top)))
        }
        for (x, w) in [(0.0, bracket * 0.6), (width - bracket * 0.6, bracket * 0.6)] {
            box.rules.append(TextBox.Rule(rect: DeviceRect(x: x, y: top, width: w, height: thickness)))
            box.rules.append(TextBox.Rule(rect: DeviceRect(x: x, y: bottom - thickness, width: w, height: thickness)))
        }
        box.width = width
        box.ascent = max(box.ascent, -top)
        box.descent = max(box.descent, bottom)
        return box
    }
}
