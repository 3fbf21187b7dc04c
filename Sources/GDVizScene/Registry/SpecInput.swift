import GDVizEngine

/// What a layer or panel kind's `read(_:)` gets: its members (unknown keys already
/// reported, `null` members dropped), where they are, and the reader that collects problems.
package struct SpecInput {
    let reader: SceneReader
    let members: [String: JSONValue]
    let path: JSONPath
    /// The scene's dimension (1 or 2).
    let dimension: Int
    /// The labels of the scene's runs, for layers that refer to them.
    let runLabels: [String]

    /// The value of `key`, or `nil` when absent.
    subscript(key: String) -> JSONValue? { members[key] }

    /// `key`'s value read by `read`, or `fallback` when absent or invalid (then reported).
    func optional<T>(_ key: String, default fallback: T, _ read: (SceneReader) -> (JSONValue, JSONPath) -> T?) -> T {
        reader.optional(members, key, in: path, default: fallback, read(reader))
    }

    /// `key`'s value read by `read`, or `fallback` when absent or invalid.
    func optional<T>(_ key: String, default fallback: T, _ read: (JSONValue, JSONPath) -> T?) -> T {
        reader.optional(members, key, in: path, default: fallback, read)
    }

    /// A required key's value, reported missing otherwise.
    func required(_ key: String, expected what: String) -> JSONValue? {
        guard let value = members[key] else {
            reader.missing(path.key(key), expected: what)
            return nil
        }
        return value
    }

    /// The optional non-empty `label`.
    var label: String? { optional("label", default: nil, SceneReader.nonEmptyText) }
    /// The optional `color`.
    var color: SceneColor? { optional("color", default: nil, SceneReader.hexColor) }

    func report(_ key: String, _ message: String) {
        reader.report(path.key(key), message)
    }
}
