/// A JSON value written with keys in the order given, so traces are byte-stable.
public indirect enum JSONText: Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case integer(Int)
    case string(String)
    case array([JSONText])
    case object([(String, JSONText)])
    /// JSON text written as it is (the caller guarantees it is valid JSON).
    case raw(String)

    /// Compact JSON, one line. Doubles use Swift's shortest round-trip form (full precision:
    /// parsing the text gives back the same double); NaN and ±∞ have no JSON form and become null.
    public var text: String {
        var out = ""
        write(into: &out)
        return out
    }

    private func write(into out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .integer(let i): out += String(i)
        case .number(let d):
            if !d.isFinite { out += "null" } else if d == d.rounded(), abs(d) < 1e15 { out += String(Int64(d)) } else { out += "\(d)" }
        case .string(let s): out += JSONText.quote(s)
        case .raw(let text): out += text
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.write(into: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out += "," }
                out += JSONText.quote(key) + ":"
                value.write(into: &out)
            }
            out += "}"
        }
    }

    /// JSON with each array and object member on its own line, indented by two spaces; arrays of
    /// scalars stay on one line.
    public var pretty: String {
        var out = ""
        writePretty(into: &out, indent: "")
        return out + "\n"
    }

    private func writePretty(into out: inout String, indent: String) {
        let inner = indent + "  "
        switch self {
        case .array(let items) where items.contains(where: \.isContainer):
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += inner
                item.writePretty(into: &out, indent: inner)
                out += i < items.count - 1 ? ",\n" : "\n"
            }
            out += indent + "]"
        case .object(let members) where !members.isEmpty:
            out += "{\n"
            for (i, (key, value)) in members.enumerated() {
                out += inner + JSONText.quote(key) + ": "
                value.writePretty(into: &out, indent: inner)
                out += i < members.count - 1 ? ",\n" : "\n"
            }
            out += indent + "}"
        default:
            write(into: &out)
        }
    }

    private var isContainer: Bool {
        switch self {
        case .array, .object: return true
        default: return false
        }
    }

    /// The same escaping the scene reader uses to quote values in its messages.
    static func quote(_ s: String) -> String { JSONValue.quote(s) }

    static func numbers(_ values: [Double]) -> JSONText { .array(values.map { .number($0) }) }
}
