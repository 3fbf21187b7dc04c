/// A location in a JSON document in JSONPath notation: `$`, `$.runs[1].lr`, `$.function.params["my a"]`.
/// Array indices are 0-based, as in JSONPath and `jq`.
struct JSONPath: Sendable, Equatable, CustomStringConvertible {
    let description: String

    static let root = JSONPath(description: "$")

    func key(_ name: String) -> JSONPath {
        let isIdentifier = !name.isEmpty && name.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_"
        } && !("0"..."9").contains(name.unicodeScalars.first!)
        return JSONPath(description: description + (isIdentifier ? "." + name : "[" + JSONValue.quote(name) + "]"))
    }

    func index(_ position: Int) -> JSONPath {
        JSONPath(description: description + "[\(position)]")
    }
}
