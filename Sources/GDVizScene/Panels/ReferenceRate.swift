#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GDVizEngine

/// One of an iterations panel's `"reference"` guides: `{"rate": "1/t"}`, `{"rate": "1/sqrt(t)"}`
/// or `{"rate": "linear", "factor": q}`, drawn as a dashed line C·r(t) through the first point
/// of a run's curve where r is defined, so a curve that bends away from it is faster or slower.
package struct ReferenceRate: Sendable, Equatable {
    package enum Rate: String, Sendable, CaseIterable, Codable {
        case inverse = "1/t"
        case inverseSqrt = "1/sqrt(t)"
        case linear
    }

    package var rate: Rate
    /// q of the linear rate qᵗ, 0 < q < 1.
    package var factor: Double?
    package var label: String?
    /// The run whose curve anchors the guide; nil: the panel's first run.
    package var run: String?
    package var color: SceneColor?

    /// r(t): 1/t, 1/√t or qᵗ.
    func shape(_ t: Double) -> Double {
        switch rate {
        case .inverse: return 1 / t
        case .inverseSqrt: return 1 / t.squareRoot()
        case .linear: return pow(factor ?? 0.5, t)
        }
    }

    /// The smallest plotted t where r is finite and positive: 1 for the power laws, 0 for qᵗ.
    var firstStep: Double { rate == .linear ? 0 : 1 }

    /// The legend entry unless `label` is given: `$O(1/t)$`, `$O(1/\sqrt{t})$`, `$O(0.9^t)$`.
    var displayLabel: String {
        if let label { return label }
        switch rate {
        case .inverse: return "$O(1/t)$"
        case .inverseSqrt: return "$O(1/\\sqrt{t})$"
        case .linear: return "$O(\(JSONValue.format(factor ?? 0.5))^t)$"
        }
    }

    /// Samples of the guide from its anchor to `lastStep`: C·r(t) with C = y_a / r(t_a), (t_a, y_a)
    /// the first point of `curve` at t ≥ ``firstStep`` with a positive finite value. Empty when
    /// the curve has no such point.
    func guide(through curve: [Point2], to lastStep: Double, samples: Int = 200) -> [Point2] {
        guard let anchor = curve.first(where: { $0.x >= firstStep && $0.y.isFinite && $0.y > 0 }),
              lastStep > anchor.x else { return [] }
        let scale = anchor.y / shape(anchor.x)
        guard scale.isFinite else { return [] }
        // Geometric spacing when t starts at 1 keeps the guide smooth on a log t axis too.
        let geometric = anchor.x >= 1
        return (0..<samples).map { i in
            let s = Double(i) / Double(samples - 1)
            let t = i == samples - 1 ? lastStep
                : geometric ? anchor.x * pow(lastStep / anchor.x, s) : anchor.x + s * (lastStep - anchor.x)
            return Point2(t, scale * shape(t))
        }
    }
}

/// A reference guide as evaluated: its points in plotted coordinates and its legend entry.
package struct ReferenceGuide: Sendable {
    package var reference: ReferenceRate
    package var label: String
    package var points: [Point2]
}

extension SceneKeys {
    package static let reference = [
        SettingKey("rate", .choice(ReferenceRate.Rate.self), required: true,
                   "the guide's shape: C/t, C/√t, or C·qᵗ (\"linear\", with \"factor\": q)"),
        SettingKey("factor", .positiveNumber, "q of the linear rate, 0 < q < 1; only with \"rate\": \"linear\""),
        SettingKey("label", .nonEmptyString, "its legend entry; absent: $O(1/t)$, $O(1/\\sqrt{t})$ or $O(q^t)$"),
        SettingKey("run", .string, "the run whose curve the guide starts on; absent: the panel's first run"),
        SettingKey("color", .color, "its colour; absent: the theme's foreground, faded"),
    ]
}

extension SceneReader {
    /// An iterations panel's `"reference"`: 1 to 6 guides.
    func readReferences(_ value: JSONValue, at path: JSONPath, runLabels: [String]) -> [ReferenceRate] {
        guard case .array(let items) = value, (1...6).contains(items.count) else {
            expected(#"an array of 1 to 6 guides such as [{"rate": "1/t"}, {"rate": "linear", "factor": 0.9}]"#,
                     got: value, at: path)
            return []
        }
        return items.enumerated().compactMap { index, item -> ReferenceRate? in
            let itemPath = path.index(index)
            guard let members = members(of: item, at: itemPath, allowed: SceneKeys.reference.map(\.name),
                                        expected: #"a guide such as {"rate": "1/t"}"#)
            else { return nil }
            guard let rateValue = members["rate"] else {
                missing(itemPath.key("rate"), expected: Self.list(ReferenceRate.Rate.allCases.map(\.rawValue)))
                return nil
            }
            let rate: ReferenceRate.Rate? = choice(rateValue, at: itemPath.key("rate"))
            var factor: Double?
            if let value = members["factor"] {
                if rate != .linear {
                    report(itemPath.key("factor"), #""factor" is q of "rate": "linear" (C·qᵗ); remove it"#)
                } else if case .number(let q) = value, q > 0, q < 1 {
                    factor = q
                } else {
                    expected("a number q with 0 < q < 1", got: value, at: itemPath.key("factor"))
                }
            } else if rate == .linear {
                missing(itemPath.key("factor"), expected: "q of the linear rate C·qᵗ, 0 < q < 1")
            }
            let label = optional(members, "label", in: itemPath, default: nil, nonEmptyText)
            let run = members["run"].flatMap { value -> String? in
                guard let name = string(value, at: itemPath.key("run")) else { return nil }
                guard runLabels.contains(name) else {
                    report(itemPath.key("run"), "no run is labelled \(JSONValue.quote(name))"
                           + Suggestion.clause(for: name, among: runLabels))
                    return nil
                }
                return name
            }
            let color = optional(members, "color", in: itemPath, default: nil, hexColor)
            guard let rate else { return nil }
            return ReferenceRate(rate: rate, factor: factor, label: label, run: run, color: color)
        }
    }
}
