/// Typed reads of single JSON values. Each returns `nil` after reporting what it expected.
extension SceneReader {
    /// The members of an object, without `null` members (`null` means "use the default"),
    /// after reporting every key not in `allowed`. Keys starting with `_` are comments and ignored.
    func members(of value: JSONValue, at path: JSONPath, allowed: [String],
                 expected what: String = "an object") -> [String: JSONValue]? {
        guard case .object(let all) = value else {
            expected(what, got: value, at: path)
            return nil
        }
        var kept: [String: JSONValue] = [:]
        for key in all.keys.sorted() where !key.hasPrefix("_") {
            guard allowed.contains(key) else {
                reportUnknownKey(key, at: path.key(key), allowed: allowed)
                continue
            }
            if all[key] != .null { kept[key] = all[key] }
        }
        return kept
    }

    func reportUnknownKey(_ key: String, at path: JSONPath, allowed: [String]) {
        if let guess = Suggestion.closest(to: key, among: allowed) {
            report(path, "unknown key \(JSONValue.quote(key)); did you mean \(JSONValue.quote(guess))?")
        } else {
            report(path, "unknown key \(JSONValue.quote(key)); expected one of \(Self.list(allowed))")
        }
    }

    /// The value of `key` read by `read`, or `fallback` when the key is absent or invalid.
    func optional<T>(_ members: [String: JSONValue], _ key: String, in path: JSONPath, default fallback: T,
                     _ read: (JSONValue, JSONPath) -> T?) -> T {
        guard let value = members[key] else { return fallback }
        return read(value, path.key(key)) ?? fallback
    }

    func string(_ value: JSONValue, at path: JSONPath) -> String? {
        guard case .string(let text) = value else {
            expected("a string", got: value, at: path)
            return nil
        }
        return text
    }

    func nonEmptyString(_ value: JSONValue, at path: JSONPath) -> String? {
        guard case .string(let text) = value, !text.isEmpty else {
            expected("a non-empty string", got: value, at: path)
            return nil
        }
        return text
    }

    func bool(_ value: JSONValue, at path: JSONPath) -> Bool? {
        guard case .bool(let flag) = value else {
            expected("true or false", got: value, at: path)
            return nil
        }
        return flag
    }

    func finiteNumber(_ value: JSONValue, at path: JSONPath) -> Double? {
        guard case .number(let number) = value, number.isFinite else {
            expected("a number", got: value, at: path)
            return nil
        }
        return number
    }

    func positiveNumber(_ value: JSONValue, at path: JSONPath) -> Double? {
        guard case .number(let number) = value, number.isFinite, number > 0 else {
            expected("a positive number", got: value, at: path)
            return nil
        }
        return number
    }

    func integer(_ value: JSONValue, at path: JSONPath, in range: ClosedRange<Int>) -> Int? {
        guard case .number(let number) = value, number == number.rounded(),
              number >= Double(range.lowerBound), number <= Double(range.upperBound)
        else {
            expected("an integer between \(range.lowerBound) and \(range.upperBound)", got: value, at: path)
            return nil
        }
        return Int(number)
    }

    /// A value of a closed set, with a suggestion when the string is close to an allowed one.
    func choice<Choice: RawRepresentable & CaseIterable>(_ value: JSONValue, at path: JSONPath,
                                                         as type: Choice.Type = Choice.self) -> Choice?
    where Choice.RawValue == String {
        let allowed = Choice.allCases.map(\.rawValue)
        if case .string(let text) = value, let found = Choice(rawValue: text) { return found }
        var message = "expected one of \(Self.list(allowed)); got \(value.summary)"
        if case .string(let text) = value { message += Suggestion.clause(for: text, among: allowed) }
        report(path, message)
        return nil
    }

    static let largestCoordinate = 1e100
    static let smallestWidth = 1e-100
    static let smallestRelativeWidth = 1e-9

    /// `[min, max]` with finite `min < max`, within the drawable limits above.
    func interval(_ value: JSONValue, at path: JSONPath) -> ClosedRange<Double>? {
        guard case .array(let items) = value, items.count == 2,
              case .number(let low) = items[0], case .number(let high) = items[1],
              low.isFinite, high.isFinite
        else {
            expected("an array of 2 numbers [min, max]", got: value, at: path)
            return nil
        }
        guard low < high else {
            expected("min < max", got: value, at: path)
            return nil
        }
        // Axes, ticks and grids need a width they can divide: not overflowing, not a few ulps.
        let magnitude = max(abs(low), abs(high))
        guard magnitude <= Self.largestCoordinate,
              high - low >= max(Self.smallestWidth, magnitude * Self.smallestRelativeWidth) else {
            expected("a range that can be drawn: |min| and |max| at most 1e100, and max − min at least 1e-100 "
                     + "and at least 1e-9 × max(|min|, |max|)", got: value, at: path)
            return nil
        }
        return low...high
    }

    /// `#rrggbb`, read into its value.
    func hexColor(_ value: JSONValue, at path: JSONPath) -> SceneColor? {
        guard case .string(let text) = value, let color = SceneColor(hex: text) else {
            expected("a color \"#rrggbb\"", got: value, at: path, hint: " (e.g. \"#d62728\")")
            return nil
        }
        return color
    }

    /// `"a", "b", "c"`.
    static func list(_ words: [String]) -> String {
        words.map(JSONValue.quote).joined(separator: ", ")
    }
}
