/// One key of a layer or panel object, as the reader accepts it and as `gdviz list`, the JSON
/// Schema and the docs describe it.
package struct SettingKey: Sendable {
    /// The key's spelling in scene files, e.g. `"line_width"`.
    package var name: String
    package var type: SettingType
    /// Whether a scene must give the key.
    package var required: Bool
    /// The default as JSON text (`"1.5"`, `"\"viridis\""`, `"true"`), or `nil` when the key is
    /// required or its absence means something no JSON value spells (e.g. "the theme's colour").
    package var defaultJSON: String?
    /// One line: what the key does, and what its absence means when `defaultJSON` is `nil`.
    package var summary: String

    package init(_ name: String, _ type: SettingType, required: Bool = false, default defaultJSON: String? = nil,
                 _ summary: String) {
        self.name = name
        self.type = type
        self.required = required
        self.defaultJSON = defaultJSON
        self.summary = summary
    }
}

/// The JSON shape of a key's value.
package indirect enum SettingType: Sendable {
    case number
    case positiveNumber
    case integer(ClosedRange<Int>)
    case boolean
    case string
    case nonEmptyString
    /// `"#rrggbb"`.
    case color
    /// Expression text in these variables.
    case expression(variables: [String])
    case choice([String])
    /// `[x]` in 1-D scenes, `[x, y]` in 2-D.
    case point
    /// `[x, y]`.
    case point2
    /// A non-empty array of finite numbers.
    case numbers
    /// An array of strings.
    case strings
    /// `[min, max]` with min < max.
    case interval
    /// A length with its unit, `"12cm"` (see ``Length``).
    case length
    /// An object of named finite numbers.
    case parameters
    case oneOf([SettingType])
    /// An array of values of one type.
    case array(of: SettingType)
    /// A list of layers, as the top-level `"layers"`.
    case layers
    /// A domain, as the top-level `"domain"`.
    case domain
    /// An object described by its own key table (`"size"`, `"axes"`, `"run"`, …).
    case object(String)

    /// How `gdviz list` and the docs name the type.
    package var description: String {
        switch self {
        case .number: return "number"
        case .positiveNumber: return "number > 0"
        case .integer(let range): return "integer \(range.lowerBound)…\(range.upperBound)"
        case .boolean: return "true/false"
        case .string: return "string"
        case .nonEmptyString: return "non-empty string"
        case .color: return "\"#rrggbb\""
        case .expression(let variables): return "expression in \(variables.joined(separator: ", "))"
        case .choice(let names): return names.map { "\"\($0)\"" }.joined(separator: " | ")
        case .point: return "[x] or [x, y]"
        case .point2: return "[x, y]"
        case .numbers: return "[numbers]"
        case .strings: return "[strings]"
        case .interval: return "[min, max]"
        case .length: return "\"12cm\" (cm, mm, in, pt, px)"
        case .parameters: return "{name: number}"
        case .oneOf(let types): return types.map(\.description).joined(separator: " or ")
        case .array(let element): return "[\(element.description)]"
        case .layers: return "[layers]"
        case .domain: return "domain"
        case .object(let name): return name
        }
    }

    /// The spellings of a closed set of values.
    package static func choice<Choice: RawRepresentable & CaseIterable>(_ type: Choice.Type) -> SettingType
    where Choice.RawValue == String {
        .choice(Choice.allCases.map(\.rawValue))
    }
}

extension LayerSpecification {
    /// The `label` key of layers that name what they draw.
    static var labelKey: SettingKey {
        SettingKey("label", .nonEmptyString, "written next to what it names; may contain $…$ math; absent: none")
    }

    /// The `color` key of layers with one colour.
    static var colorKey: SettingKey {
        SettingKey("color", .color, "the layer's colour; absent: its default colour")
    }
}
