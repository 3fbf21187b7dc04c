import GDVizEngine

/// Points (`start`, `at`, `arrow_to`): read once into a ``ScenePoint``.
extension SceneReader {
    /// A required point with one finite coordinate per dimension, `[x]` or `[x, y]`; with
    /// `bareNumber`, a 1-D point may also be written `x`. A wrong shape is reported at `path`, a
    /// coordinate that is not a number at its own index.
    func readPoint(_ value: JSONValue?, at path: JSONPath, dimension: Int, bareNumber: Bool = false) -> ScenePoint? {
        let shape = dimension == 1 ? "[x]" : "[x, y]"
        guard let value else {
            missing(path, expected: "a point \(shape)")
            return nil
        }
        if bareNumber, dimension == 1, case .number = value {
            return finiteNumber(value, at: path).flatMap { ScenePoint(x: $0) }
        }
        guard case .array(let items) = value, items.count == dimension else {
            expected(Self.pointShape(dimension, bareNumber: bareNumber), got: value, at: path)
            return nil
        }
        let coordinates = items.enumerated().compactMap { finiteNumber($1, at: path.index($0)) }
        return coordinates.count == dimension ? ScenePoint(coordinates) : nil
    }

    /// What a point looks like, for messages: "an array of 2 numbers [x, y]".
    static func pointShape(_ dimension: Int, bareNumber: Bool = false) -> String {
        if dimension == 1 { return (bareNumber ? "a number or " : "") + "an array of 1 number [x]" }
        return "an array of \(dimension) numbers [x, y]"
    }
}
