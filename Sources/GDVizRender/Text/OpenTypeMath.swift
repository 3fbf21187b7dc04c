/// The parts of an OpenType MATH table that typesetting needs, decoded from its bytes
/// (layout per the OpenType specification, "MATH — The Mathematical Typesetting Table").
/// Every offset is bounds-checked: a malformed table yields nil, never a crash.
struct OpenTypeMath: Sendable {
    /// MathConstants by name, in font units (the two percentages as plain numbers).
    struct Constants: Sendable {
        var scriptPercentScaleDown = 70.0, scriptScriptPercentScaleDown = 50.0
        var delimitedSubFormulaMinHeight = 1300.0, displayOperatorMinHeight = 1300.0
        var axisHeight = 250.0, accentBaseHeight = 450.0
        var subscriptShiftDown = 150.0, subscriptTopMax = 344.0, subscriptBaselineDropMin = 200.0
        var superscriptShiftUp = 363.0, superscriptShiftUpCramped = 289.0, superscriptBottomMin = 108.0
        var superscriptBaselineDropMax = 250.0, subSuperscriptGapMin = 160.0
        var superscriptBottomMaxWithSubscript = 344.0, spaceAfterScript = 56.0
        var upperLimitGapMin = 200.0, upperLimitBaselineRiseMin = 111.0
        var lowerLimitGapMin = 167.0, lowerLimitBaselineDropMin = 600.0
        var stackTopShiftUp = 444.0, stackTopDisplayStyleShiftUp = 677.0
        var stackBottomShiftDown = 345.0, stackBottomDisplayStyleShiftDown = 686.0
        var stackGapMin = 120.0, stackDisplayStyleGapMin = 280.0
        var stretchStackTopShiftUp = 111.0, stretchStackBottomShiftDown = 600.0
        var stretchStackGapAboveMin = 200.0, stretchStackGapBelowMin = 167.0
        var fractionNumeratorShiftUp = 394.0, fractionNumeratorDisplayStyleShiftUp = 677.0
        var fractionDenominatorShiftDown = 345.0, fractionDenominatorDisplayStyleShiftDown = 686.0
        var fractionNumeratorGapMin = 40.0, fractionNumDisplayStyleGapMin = 120.0
        var fractionRuleThickness = 40.0
        var fractionDenominatorGapMin = 40.0, fractionDenomDisplayStyleGapMin = 120.0
        var overbarVerticalGap = 120.0, overbarRuleThickness = 40.0, overbarExtraAscender = 40.0
        var underbarVerticalGap = 120.0, underbarRuleThickness = 40.0, underbarExtraDescender = 40.0
        var radicalVerticalGap = 50.0, radicalDisplayStyleVerticalGap = 148.0
        var radicalRuleThickness = 40.0, radicalExtraAscender = 40.0
        var radicalKernBeforeDegree = 278.0, radicalKernAfterDegree = -556.0, radicalDegreeBottomRaisePercent = 60.0
    }

    struct Variant: Sendable { var glyph: UInt32; var advance: Double }
    struct Part: Sendable {
        var glyph: UInt32
        var startConnector: Double, endConnector: Double, fullAdvance: Double
        var isExtender: Bool
    }
    struct Construction: Sendable {
        var variants: [Variant]
        var assembly: [Part]?
    }

    var constants = Constants()
    var italicCorrection: [UInt32: Double] = [:]
    var topAccent: [UInt32: Double] = [:]
    var minConnectorOverlap = 0.0
    var vertical: [UInt32: Construction] = [:]
    var horizontal: [UInt32: Construction] = [:]

    init?(_ bytes: [UInt8]) {
        let r = Reader(bytes: bytes)
        guard let constantsOffset = r.u16(4), let glyphInfoOffset = r.u16(6), let variantsOffset = r.u16(8),
              let constants = Self.constants(r, at: constantsOffset) else { return nil }
        self.constants = constants
        if glyphInfoOffset != 0 {
            let base = glyphInfoOffset
            if let italics = r.u16(base), italics != 0 { italicCorrection = Self.valueTable(r, at: base + italics) }
            if let accents = r.u16(base + 2), accents != 0 { topAccent = Self.valueTable(r, at: base + accents) }
        }
        if variantsOffset != 0 { readVariants(r, at: variantsOffset) }
    }

    private static func constants(_ r: Reader, at base: Int) -> Constants? {
        func value(_ index: Int) -> Double? { r.s16(base + 8 + 4 * (index - 4)).map(Double.init) }
        guard let p1 = r.s16(base), let p2 = r.s16(base + 2), let h1 = r.u16(base + 4), let h2 = r.u16(base + 6),
              let last = r.s16(base + 8 + 4 * 51) else { return nil }
        var c = Constants()
        c.scriptPercentScaleDown = Double(p1)
        c.scriptScriptPercentScaleDown = Double(p2)
        c.delimitedSubFormulaMinHeight = Double(h1)
        c.displayOperatorMinHeight = Double(h2)
        // MathValueRecords in table order, from mathLeading (index 4) on.
        let fields: [WritableKeyPath<Constants, Double>?] = [
            nil, \.axisHeight, \.accentBaseHeight, nil, \.subscriptShiftDown, \.subscriptTopMax,
            \.subscriptBaselineDropMin, \.superscriptShiftUp, \.superscriptShiftUpCramped, \.superscriptBottomMin,
            \.superscriptBaselineDropMax, \.subSuperscriptGapMin, \.superscriptBottomMaxWithSubscript,
            \.spaceAfterScript, \.upperLimitGapMin, \.upperLimitBaselineRiseMin, \.lowerLimitGapMin,
            \.lowerLimitBaselineDropMin, \.stackTopShiftUp, \.stackTopDisplayStyleShiftUp, \.stackBottomShiftDown,
            \.stackBottomDisplayStyleShiftDown, \.stackGapMin, \.stackDisplayStyleGapMin, \.stretchStackTopShiftUp,
            \.stretchStackBottomShiftDown, \.stretchStackGapAboveMin, \.stretchStackGapBelowMin,
            \.fractionNumeratorShiftUp, \.fractionNumeratorDisplayStyleShiftUp, \.fractionDenominatorShiftDown,
            \.fractionDenominatorDisplayStyleShiftDown, \.fractionNumeratorGapMin, \.fractionNumDisplayStyleGapMin,
            \.fractionRuleThickness, \.fractionDenominatorGapMin, \.fractionDenomDisplayStyleGapMin, nil, nil,
            \.overbarVerticalGap, \.overbarRuleThickness, \.overbarExtraAscender, \.underbarVerticalGap,
            \.underbarRuleThickness, \.underbarExtraDescender, \.radicalVerticalGap, \.radicalDisplayStyleVerticalGap,
            \.radicalRuleThickness, \.radicalExtraAscender, \.radicalKernBeforeDegree, \.radicalKernAfterDegree,
        ]
        for (k, field) in fields.enumerated() {
            guard let field else { continue }
            guard let v = value(4 + k) else { return nil }
            c[keyPath: field] = v
        }
        c.radicalDegreeBottomRaisePercent = Double(last)
        return c
    }

    /// A coverage table plus MathValueRecords (italic corrections, top-accent attachments).
    private static func valueTable(_ r: Reader, at base: Int) -> [UInt32: Double] {
        guard let coverageOffset = r.u16(base), let count = r.u16(base + 2) else { return [:] }
        let glyphs = r.coverage(at: base + coverageOffset)
        var table: [UInt32: Double] = [:]
        for (index, glyph) in glyphs.enumerated() where index < count {
            if let v = r.s16(base + 4 + 4 * index) { table[glyph] = Double(v) }
        }
        return table
    }

    private mutating func readVariants(_ r: Reader, at base: Int) {
        guard let overlap = r.u16(base), let vCoverage = r.u16(base + 2), let hCoverage = r.u16(base + 4),
              let vCount = r.u16(base + 6), let hCount = r.u16(base + 8) else { return }
        minConnectorOverlap = Double(overlap)
        let vGlyphs = vCoverage == 0 ? [] : r.coverage(at: base + vCoverage)
        let hGlyphs = hCoverage == 0 ? [] : r.coverage(at: base + hCoverage)
        for (index, glyph) in vGlyphs.enumerated() where index < vCount {
            if let offset = r.u16(base + 10 + 2 * index), let c = Self.construction(r, at: base + offset) {
                vertical[glyph] = c
            }
        }
        for (index, glyph) in hGlyphs.enumerated() where index < hCount {
            if let offset = r.u16(base + 10 + 2 * (vCount + index)), let c = Self.construction(r, at: base + offset) {
                horizontal[glyph] = c
            }
        }
    }

    private static func construction(_ r: Reader, at base: Int) -> Construction? {
        guard let assemblyOffset = r.u16(base), let count = r.u16(base + 2) else { return nil }
        var variants: [Variant] = []
        for k in 0..<count {
            guard let g = r.u16(base + 4 + 4 * k), let a = r.u16(base + 6 + 4 * k) else { return nil }
            variants.append(Variant(glyph: UInt32(g), advance: Double(a)))
        }
        var assembly: [Part]?
        if assemblyOffset != 0, let partCount = r.u16(base + assemblyOffset + 4) {
            let start = base + assemblyOffset + 6
            var parts: [Part] = []
            for k in 0..<partCount {
                let p = start + 10 * k
                guard let g = r.u16(p), let s = r.u16(p + 2), let e = r.u16(p + 4), let f = r.u16(p + 6),
                      let flags = r.u16(p + 8) else { return nil }
                parts.append(Part(glyph: UInt32(g), startConnector: Double(s), endConnector: Double(e),
                                  fullAdvance: Double(f), isExtender: flags & 1 != 0))
            }
            assembly = parts.isEmpty ? nil : parts
        }
        return Construction(variants: variants, assembly: assembly)
    }

    /// Big-endian reads that return nil past the end.
    private struct Reader {
        let bytes: [UInt8]

        func u16(_ at: Int) -> Int? {
            guard at >= 0, at + 1 < bytes.count else { return nil }
            return Int(bytes[at]) << 8 | Int(bytes[at + 1])
        }

        func s16(_ at: Int) -> Int? { u16(at).map { Int(Int16(truncatingIfNeeded: $0)) } }

        /// Glyphs of a coverage table, in coverage-index order.
        func coverage(at base: Int) -> [UInt32] {
            guard let format = u16(base), let count = u16(base + 2) else { return [] }
            var glyphs: [UInt32] = []
            if format == 1 {
                for k in 0..<count { if let g = u16(base + 4 + 2 * k) { glyphs.append(UInt32(g)) } }
            } else if format == 2 {
                for k in 0..<count {
                    let p = base + 4 + 6 * k
                    guard let first = u16(p), let last = u16(p + 2), first <= last, last - first < 65536 else { continue }
                    // Ranges list glyphs in coverage order; startCoverageIndex equals the running count.
                    for g in first...last { glyphs.append(UInt32(g)) }
                }
            }
            return glyphs
        }
    }
}
