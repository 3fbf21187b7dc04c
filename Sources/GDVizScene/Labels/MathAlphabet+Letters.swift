extension MathAlphabet {
    /// `c` set in this alphabet: Latin letters, digits and Greek become Unicode mathematical
    /// alphanumerics (with the letterlike-block exceptions such as ℝ and ℒ); anything else is kept.
    package func map(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let v = c.value
        let lower = v >= 0x61 && v <= 0x7A, upper = v >= 0x41 && v <= 0x5A, digit = v >= 0x30 && v <= 0x39
        let italicGreek = v >= 0x1D6FC && v <= 0x1D71B
        let uprightGreekCapital = v >= 0x391 && v <= 0x3A9
        func at(_ code: UInt32) -> Unicode.Scalar { Unicode.Scalar(code) ?? c }
        switch self {
        case .upright:
            return c
        case .italic:
            if v == 0x68 { return at(0x210E) }
            if lower { return at(0x1D44E + v - 0x61) }
            if upper { return at(0x1D434 + v - 0x41) }
            return c
        case .bold:
            if lower { return at(0x1D41A + v - 0x61) }
            if upper { return at(0x1D400 + v - 0x41) }
            if digit { return at(0x1D7CE + v - 0x30) }
            if italicGreek { return at(v - 0x3A) }
            if uprightGreekCapital { return at(0x1D6A8 + v - 0x391) }
            return c
        case .boldItalic:
            if lower { return at(0x1D482 + v - 0x61) }
            if upper { return at(0x1D468 + v - 0x41) }
            if digit { return at(0x1D7CE + v - 0x30) }
            if italicGreek { return at(v + 0x3A) }
            if uprightGreekCapital { return at(0x1D71C + v - 0x391) }
            return c
        case .doubleStruck:
            let exceptions: [UInt32: UInt32] = [0x43: 0x2102, 0x48: 0x210D, 0x4E: 0x2115, 0x50: 0x2119,
                                                0x51: 0x211A, 0x52: 0x211D, 0x5A: 0x2124]
            if let e = exceptions[v] { return at(e) }
            if lower { return at(0x1D552 + v - 0x61) }
            if upper { return at(0x1D538 + v - 0x41) }
            if digit { return at(0x1D7D8 + v - 0x30) }
            return c
        case .calligraphic:
            let exceptions: [UInt32: UInt32] = [0x42: 0x212C, 0x45: 0x2130, 0x46: 0x2131, 0x48: 0x210B, 0x49: 0x2110,
                                                0x4C: 0x2112, 0x4D: 0x2133, 0x52: 0x211B, 0x65: 0x212F, 0x67: 0x210A,
                                                0x6F: 0x2134]
            if let e = exceptions[v] { return at(e) }
            if lower { return at(0x1D4B6 + v - 0x61) }
            if upper { return at(0x1D49C + v - 0x41) }
            return c
        case .fraktur:
            let exceptions: [UInt32: UInt32] = [0x43: 0x212D, 0x48: 0x210C, 0x49: 0x2111, 0x52: 0x211C, 0x5A: 0x2128]
            if let e = exceptions[v] { return at(e) }
            if lower { return at(0x1D51E + v - 0x61) }
            if upper { return at(0x1D504 + v - 0x41) }
            return c
        case .sansSerif:
            if lower { return at(0x1D5BA + v - 0x61) }
            if upper { return at(0x1D5A0 + v - 0x41) }
            if digit { return at(0x1D7E2 + v - 0x30) }
            return c
        case .monospace:
            if lower { return at(0x1D68A + v - 0x61) }
            if upper { return at(0x1D670 + v - 0x41) }
            if digit { return at(0x1D7F6 + v - 0x30) }
            return c
        }
    }

    package func map(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for c in text.unicodeScalars { out.append(map(c)) }
        return String(out)
    }
}
