import GDVizEngine

/// A JSON value written with keys in the order given, so traces are byte-stable.
package indirect enum JSONText: Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case integer(Int)
    case string(String)
    case array([JSONText])
    case object([(String, JSONText)])
    /// JSON text written as it is (the caller guarantees it is valid JSON).
    case raw(String)
    /// An array of numbers, kept as doubles (a run of 10⁶ steps needs no 10⁶ nodes).
    case numberArray([Double])
    /// An array of points, each `[x, y]`, or `[x]` when `dimension` is 1.
    case pointArray([Point2], dimension: Int)

    /// Compact JSON, one line. Doubles use Swift's shortest round-trip form (full precision:
    /// parsing the text gives back the same double); NaN and ±∞ have no JSON form and become null.
    package var text: String {
        var bytes: [UInt8] = []
        stream { bytes += $0 }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The same JSON as `text`, handed to `emit` in chunks of about `chunkSize` bytes as it is
    /// written (at least a block of a long array: see `ParallelElementText`), so a long trace is
    /// never held as one string.
    package func stream(chunkSize: Int = 1 << 16, _ emit: ([UInt8]) throws -> Void) rethrows {
        var out: [UInt8] = []
        out.reserveCapacity(chunkSize + 1024)
        try write(into: &out, chunkSize: chunkSize, emit)
        if !out.isEmpty { try emit(out) }
    }

    private func write(into out: inout [UInt8], chunkSize: Int, _ emit: ([UInt8]) throws -> Void) rethrows {
        func flushIfFull() throws {
            if out.count >= chunkSize {
                try emit(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        switch self {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .integer(let i): out += String(i).utf8
        case .number(let d): JSONText.append(d, to: &out)
        case .string(let s): out += JSONText.quote(s).utf8
        case .raw(let text): out += text.utf8
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                try item.write(into: &out, chunkSize: chunkSize, emit)
                try flushIfFull()
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                out += JSONText.quote(key).utf8
                out.append(UInt8(ascii: ":"))
                try value.write(into: &out, chunkSize: chunkSize, emit)
                try flushIfFull()
            }
            out.append(UInt8(ascii: "}"))
        case .numberArray(let values):
            out.append(UInt8(ascii: "["))
            try ParallelElementText.write(count: values.count, into: &out, chunkSize: chunkSize, emit) { i, bytes in
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                JSONText.append(values[i], to: &bytes)
            }
            out.append(UInt8(ascii: "]"))
        case .pointArray(let points, let dimension):
            out.append(UInt8(ascii: "["))
            try ParallelElementText.write(count: points.count, into: &out, chunkSize: chunkSize, emit) { i, bytes in
                bytes += (i > 0 ? ",[" : "[").utf8
                JSONText.append(points[i].x, to: &bytes)
                if dimension != 1 {
                    bytes.append(UInt8(ascii: ","))
                    JSONText.append(points[i].y, to: &bytes)
                }
                bytes.append(UInt8(ascii: "]"))
            }
            out.append(UInt8(ascii: "]"))
        }
    }

    /// A whole number below 10¹⁵ without a fraction (`3`, not `3.0`); other finite doubles in
    /// Swift's shortest round-trip form; NaN and ±∞ as null.
    private static func append(_ d: Double, to out: inout [UInt8]) {
        if !d.isFinite {
            out += "null".utf8
        } else if d == d.rounded(), abs(d) < 1e15 {
            out += String(Int64(d)).utf8
        } else {
            // The digits of `description`, written straight into `out` (moved in and out, no copy).
            var stream = ASCIIByteStream()
            swap(&stream.bytes, &out)
            d.write(to: &stream)
            swap(&stream.bytes, &out)
        }
    }

    /// JSON with each array and object member on its own line, indented by two spaces; arrays of
    /// scalars stay on one line.
    package var pretty: String {
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
        case .pointArray(let points, let dimension) where !points.isEmpty:
            JSONText.array(points.map { .numberArray(dimension == 1 ? [$0.x] : [$0.x, $0.y]) })
                .writePretty(into: &out, indent: indent)
        case .object(let members) where !members.isEmpty:
            out += "{\n"
            for (i, (key, value)) in members.enumerated() {
                out += inner + JSONText.quote(key) + ": "
                value.writePretty(into: &out, indent: inner)
                out += i < members.count - 1 ? ",\n" : "\n"
            }
            out += indent + "}"
        default:
            out += text
        }
    }

    private var isContainer: Bool {
        switch self {
        case .array, .object, .numberArray, .pointArray: return true
        default: return false
        }
    }

    /// The same escaping the scene reader uses to quote values in its messages.
    static func quote(_ s: String) -> String { JSONValue.quote(s) }

    static func numbers(_ values: [Double]) -> JSONText { .numberArray(values) }
}
