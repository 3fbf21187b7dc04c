extension JSONValue {
    /// The value as it would appear in JSON, shortened for use after "got" in a message:
    /// `"fast"`, `2.5`, `[1]`, `{"a": 1}`.
    var summary: String {
        let full = compactText
        guard full.count > Self.summaryLimit else { return full }
        return String(full.prefix(Self.summaryLimit - 1)) + "…"
    }

    private static let summaryLimit = 60

    private var compactText: String {
        switch self {
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .number(let value): Self.format(value)
        case .string(let value): Self.quote(value)
        case .array(let values): "[" + values.map(\.compactText).joined(separator: ", ") + "]"
        case .object(let members):
            "{" + members.keys.sorted().map { Self.quote($0) + ": " + members[$0]!.compactText }
                .joined(separator: ", ") + "}"
        }
    }

    /// Integral values without a fraction (`100`, not `100.0`); others as Swift prints them.
    static func format(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return String(value)
    }

    /// A JSON string literal.
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
