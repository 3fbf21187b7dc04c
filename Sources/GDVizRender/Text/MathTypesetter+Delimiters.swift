import GDVizEngine
import GDVizScene

/// Delimiters grown to fit their contents (`\left … \right`) and the size variants and
/// extensible assemblies they are built from.
extension MathTypesetter {
    /// `\left … \right`: delimiters grown to cover the body about the axis (rule 19).
    func fenced(left: String, _ bodyAtoms: [MathAtom], right: String, _ mode: Mode) -> TextBox {
        var body = list(bodyAtoms, mode)
        if bodyAtoms.contains(where: { if case .middle = $0.nucleus { return true } else { return false } }) {
            body = list(bodyAtoms, mode, middleHeight: (body.ascent, body.descent))
        }
        return wrap(body, left: left, right: right, mode)
    }

    func wrap(_ body: TextBox, left: String, right: String, _ mode: Mode) -> TextBox {
        var box = TextBox()
        box.append(delimiter(left, covering: body.ascent, body.descent, mode))
        box.append(body)
        box.append(delimiter(right, covering: body.ascent, body.descent, mode))
        return box
    }

    /// A delimiter at least 90.1 % of twice the body's larger extent from the axis, and at most
    /// 0.5 em short of it (TeX's `\delimiterfactor` 901 and `\delimitershortfall` 5 pt), on the axis.
    func delimiter(_ delimiter: String, covering ascent: Double, _ descent: Double, _ mode: Mode) -> TextBox {
        let s = size(mode.style)
        guard !delimiter.isEmpty else {
            var space = TextBox()
            space.width = nullDelimiterSpace * s
            return space
        }
        let axis = c.axisHeight * k(mode.style)
        let extent = max(ascent - axis, descent + axis)
        let target = max(2 * extent * 0.901, 2 * extent - 0.5 * s)
        return centredOnAxis(verticalGlyph(delimiter, minimum: target, size: s), mode)
    }

    /// The first vertical size variant of `character` at least `minimum` tall (ascent + descent),
    /// else its extensible assembly, else its largest variant. The box is on the glyph's own baseline.
    func verticalGlyph(_ character: String, minimum: Double, size: Double) -> TextBox {
        guard let scalar = character.unicodeScalars.first, case let base = font.glyph(scalar), base != 0 else {
            return glyphRun(character, size: size).box
        }
        let f = size / font.unitsPerEm
        guard let construction = font.table.vertical[base] else { return glyphBox(base, size: size) }
        for variant in construction.variants {
            let m = font.metrics(variant.glyph)
            if (m.height + m.depth) * f >= minimum { return glyphBox(variant.glyph, size: size) }
        }
        if let parts = construction.assembly {
            return assembly(parts, length: minimum / f, vertical: true, size: size)
        }
        return glyphBox(construction.variants.last?.glyph ?? base, size: size)
    }

    /// As ``verticalGlyph(_:minimum:size:)``, by width.
    func horizontalGlyph(_ character: String, minimum: Double, size: Double) -> TextBox {
        guard let scalar = character.unicodeScalars.first, case let base = font.glyph(scalar), base != 0 else {
            return glyphRun(character, size: size).box
        }
        let f = size / font.unitsPerEm
        guard let construction = font.table.horizontal[base] else { return glyphBox(base, size: size) }
        for variant in construction.variants {
            let m = font.metrics(variant.glyph)
            if (m.maxX - m.minX) * f >= minimum { return glyphBox(variant.glyph, size: size) }
        }
        if let parts = construction.assembly {
            return assembly(parts, length: minimum / f, vertical: false, size: size)
        }
        return glyphBox(construction.variants.last?.glyph ?? base, size: size)
    }

    /// An extensible glyph built from parts (bottom to top, or left to right): extenders repeated
    /// the fewest times that reach `length` (font units), connectors overlapped evenly, never by
    /// less than the font's minimum overlap or more than either connector allows.
    func assembly(_ parts: [OpenTypeMath.Part], length: Double, vertical: Bool, size: Double) -> TextBox {
        let minOverlap = font.table.minConnectorOverlap
        var sequence: [OpenTypeMath.Part] = []
        for repeats in 0...64 {
            sequence = parts.flatMap { $0.isExtender ? Array(repeating: $0, count: repeats) : [$0] }
            guard sequence.count > 1 else { continue }
            let longest = sequence.map(\.fullAdvance).reduce(0, +) - Double(sequence.count - 1) * minOverlap
            if longest >= length || !parts.contains(where: \.isExtender) { break }
        }
        guard !sequence.isEmpty else { return TextBox() }
        let connections = max(1, sequence.count - 1)
        let maxOverlap = zip(sequence, sequence.dropFirst()).map { min($0.endConnector, $1.startConnector) }.min() ?? 0
        let total = sequence.map(\.fullAdvance).reduce(0, +)
        let overlap = max(minOverlap, min(maxOverlap, (total - length) / Double(connections)))
        let f = size / font.unitsPerEm
        var box = TextBox()
        var position = 0.0
        for part in sequence {
            let m = font.metrics(part.glyph)
            if vertical {
                // The part's ink starts at `position`: its baseline sits `depth` above that.
                box.glyphs.append(TextBox.Glyph(id: part.glyph, size: size, offset: Point2(0, -(position + m.depth) * f)))
                box.width = max(box.width, m.advance * f)
            } else {
                box.glyphs.append(TextBox.Glyph(id: part.glyph, size: size, offset: Point2((position - m.minX) * f, 0)))
                box.ascent = max(box.ascent, m.height * f)
                box.descent = max(box.descent, m.depth * f)
            }
            position += part.fullAdvance - overlap
        }
        let extent = (position + overlap) * f
        if vertical {
            box.ascent = extent
            box.descent = 0
        } else {
            box.width = extent
        }
        return box
    }
}
