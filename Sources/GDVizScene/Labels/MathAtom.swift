/// One piece of a formula with its scripts, after TeX's noads.
package struct MathAtom: Sendable {
    package var nucleus: MathNode
    package var lower: [MathAtom]?
    package var upper: [MathAtom]?
    /// `\limits` (true) or `\nolimits` (false) after an operator; `nil` keeps the operator's default.
    package var limits: Bool?

    package init(_ nucleus: MathNode) { self.nucleus = nucleus }

    package var mathClass: MathClass { nucleus.mathClass }
}

/// A parsed formula element. Every case comes from an entry of ``MathMacros/table`` or a plain character.
package indirect enum MathNode: Sendable {
    /// Characters set from the math font as they are (already mapped to their alphabet).
    case glyph(String, MathClass)
    /// `\text{…}`: upright roman, spaces kept.
    case text(String)
    case group([MathAtom])
    case largeOperator(String, limits: Bool)
    case operatorName(String, limits: Bool)
    case fraction(numerator: [MathAtom], denominator: [MathAtom], kind: FractionKind)
    case radical(degree: [MathAtom]?, body: [MathAtom])
    case accent(String, wide: Bool, body: [MathAtom])
    case overline([MathAtom])
    case underline([MathAtom])
    /// The brace's label is the atom's superscript (over) or subscript (under).
    case brace(over: Bool, body: [MathAtom])
    case overArrow(String, body: [MathAtom])
    case stack(over: Bool, base: [MathAtom], annotation: [MathAtom])
    /// `\left( … \right)`; an empty delimiter is `\left.`.
    case fenced(left: String, body: [MathAtom], right: String)
    /// `\middle|` inside a `\left … \right`.
    case middle(String)
    case big(String, size: Int, MathClass)
    case environment(MathEnvironment, rows: [[[MathAtom]]])
    /// Horizontal space in ems.
    case space(Double)
    case style(MathStyleSwitch)

    package var mathClass: MathClass {
        switch self {
        case .glyph(_, let c), .big(_, _, let c): return c
        case .largeOperator, .operatorName: return .largeOperator
        case .fenced: return .inner
        case .middle: return .relation
        case .fraction(_, _, let kind) where kind == .binom || kind == .dbinom || kind == .tbinom: return .inner
        default: return .ordinary
        }
    }
}

/// A problem in a label: a message and the 1-based column (in Unicode scalars) it points at, 0 for none.
package struct LabelError: Error, Sendable, Equatable {
    package var column: Int
    package var message: String

    package init(column: Int, message: String) {
        self.column = column
        self.message = message
    }
}
