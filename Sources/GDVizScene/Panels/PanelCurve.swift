import GDVizEngine

/// One of a 1-D plot panel's `"curves"`: `{"expression": "x^2/2", "label": "$x^2/2$", "color": "#d62728"}`,
/// another function of x drawn over the panel's own f, with a legend entry.
package struct PanelCurve: Sendable, Equatable {
    /// The expression exactly as written.
    package var source: String
    package var expression: MathExpression
    package var label: String?
    /// Lowercase `#rrggbb`, or `nil` for the next colour of the run palette.
    package var color: SceneColor?

    /// At most this many curves per panel: each is sampled at ``SceneEvaluator/curveSamples`` points.
    static let maxCount = 12

    package static func == (a: PanelCurve, b: PanelCurve) -> Bool {
        a.source == b.source && a.label == b.label && a.color == b.color
    }

    /// (x, g(x)) at the same x as the panel's curve of f.
    func samples(over domain: Domain) -> [Point2] {
        SceneEvaluator.curve(Objective(expression, dimension: 1), domain)
    }
}

extension SceneKeys {
    package static let panelCurve = [
        SettingKey("expression", .expression(variables: ["x"]), required: true, "the curve g(x), an expression in x"),
        SettingKey("label", .nonEmptyString, "its legend entry; may contain $…$ math; absent: none"),
        SettingKey("color", .color, "its colour; absent: the next colour of the run palette"),
    ]
}

extension SceneReader {
    /// `"curves"` of a plot panel; only 1-D panels have them.
    func readPanelCurves(_ value: JSONValue, at path: JSONPath, dimension: Int) -> [PanelCurve] {
        guard dimension == 1 else {
            report(path, "\"curves\" are graphs of functions of x and need a 1-D panel; this panel is 2-D")
            return []
        }
        guard case .array(let items) = value, (1...PanelCurve.maxCount).contains(items.count) else {
            expected("an array of 1 to \(PanelCurve.maxCount) curves such as [{\"expression\": \"x^2\", \"label\": \"$x^2$\"}]",
                     got: value, at: path)
            return []
        }
        return items.enumerated().compactMap { index, item -> PanelCurve? in
            let itemPath = path.index(index)
            guard let members = members(of: item, at: itemPath, allowed: SceneKeys.panelCurve.map(\.name),
                                        expected: #"a curve object such as {"expression": "x^2", "label": "$x^2$"}"#)
            else { return nil }
            guard let text = members["expression"] else {
                missing(itemPath.key("expression"), expected: "an expression in x")
                return nil
            }
            let label = optional(members, "label", in: itemPath, default: nil, nonEmptyText)
            let color = optional(members, "color", in: itemPath, default: nil, hexColor)
            guard let source = string(text, at: itemPath.key("expression")) else { return nil }
            do {
                let expression = try MathExpression.parse(source, variables: ["x"])
                return PanelCurve(source: source, expression: expression, label: label, color: color)
            } catch let error as ExpressionError {
                report(itemPath.key("expression"), Self.message(for: error), detail: error.caretDiagram)
                return nil
            } catch {
                return nil
            }
        }
    }
}
