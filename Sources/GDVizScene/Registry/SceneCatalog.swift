import GDVizEngine

/// What `gdviz list` can list.
package enum CatalogTopic: String, CaseIterable, Sendable {
    case functions, optimizers, layers, panels, colormaps, themes, schedules
    /// Every key of every scene object: the reference table of docs/scenes.md.
    case keys
}

/// `gdviz list`: the names a scene can use, with their settings, defaults and one-line docs,
/// read from the same tables the scene reader uses, so the list cannot drift from the code.
package enum SceneCatalog {
    package static func text(_ topic: CatalogTopic) -> String {
        lines(topic).joined(separator: "\n") + "\n"
    }

    static func lines(_ topic: CatalogTopic) -> [String] {
        switch topic {
        case .functions:
            return ["Built-in test functions ({\"builtin\": NAME, \"params\": {...}}):"]
                + TestFunction.all.map { f in
                    let params = f.parameters.map { "\($0.name) = \(JSONValue.format($0.value))" }.joined(separator: ", ")
                    return "  \(pad(f.name.rawValue, 18)) \(f.formula)" + (params.isEmpty ? "" : "   [\(params)]")
                }
                + ["", "Functions in expressions: " + MathFunction.allCases.map(\.rawValue).joined(separator: " "),
                   "Constants: pi e"]
        case .optimizers:
            return OptimizerMethod.allCases.flatMap { method -> [String] in
                let entry = method.entry
                var out = ["\(method.rawValue): \(entry.summary)",
                           "    \(entry.rule)",
                           "    lr = \(entry.learningRateMeaning), default "
                               + (method.defaultsToAutomaticLearningRate
                                  ? "\"auto\" (1/L; \(JSONValue.format(entry.defaultLearningRate)) where f has no positive curvature)"
                                  : JSONValue.format(entry.defaultLearningRate))]
                out += entry.settings.map { "    \(pad($0.name, 10)) default \(pad($0.defaultJSON, 10)) \($0.summary)" }
                return out
            }
        case .layers:
            return LayerTable.kinds.flatMap { kind in
                ["\(kind.name) (\(dimensions(kind.dimensions))): \(kind.summary)"] + keyLines(kind.keys)
            }
        case .panels:
            return PanelTable.kinds.flatMap { kind in
                ["\(kind.name) (\(dimensions(kind.dimensions))): \(kind.summary)"] + keyLines(kind.keys)
            }
        case .colormaps:
            return ["contours, surface colormap: " + Colormap.allCases.map(\.rawValue).joined(separator: " "),
                    "filled_contours colormap:   " + FillColormap.allCases.map(\.rawValue).joined(separator: " ")]
        case .themes:
            return ThemeName.allCases.map { "\($0.rawValue)" }
        case .schedules:
            return ScheduleKind.allCases.map { kind in
                let parameters = kind.parameters.map(\.name)
                let spelling = parameters.isEmpty ? "\"\(kind.rawValue)\""
                    : "{\"type\": \"\(kind.rawValue)\", " + parameters.map { "\"\($0)\": …" }.joined(separator: ", ") + "}"
                return "\(pad(kind.rawValue, 13)) \(kind.summary)   \(spelling)"
            }
        case .keys:
            return keyReference()
        }
    }

    private static func keyLines(_ keys: [SettingKey]) -> [String] {
        keys.map { key in
            let value = key.required ? "required" : key.defaultJSON.map { "default \($0)" } ?? "optional"
            return "    \(pad(key.name, 18)) \(pad(key.type.description, 28)) \(pad(value, 18)) \(key.summary)"
        }
    }

    private static func dimensions(_ range: ClosedRange<Int>) -> String {
        range.lowerBound == range.upperBound ? "\(range.lowerBound)-D" : "1-D and 2-D"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// Every scene object with its keys, as Markdown tables (the reference in docs/scenes.md).
    package static func keyReference() -> [String] {
        var sections: [(String, [SettingKey])] = [
            ("top level", SceneKeys.topLevel), ("`size`", SceneKeys.size), ("`domain`", SceneKeys.domain),
            ("`axes`", SceneKeys.axes), ("`legend` object", SceneKeys.legend), ("`function` object", SceneKeys.function),
            ("`quadratic`", SceneKeys.quadratic), ("`least_squares`", SceneKeys.leastSquares),
            ("run", SceneKeys.run + SceneKeys.optimizerSettingKeys), ("`animate`", SceneKeys.animate),
        ]
        sections += LayerTable.kinds.map { ("layer `\($0.name)`", $0.keys) }
        sections += PanelTable.kinds.map { ("panel `\($0.name)`", $0.keys) }
        sections.append(("plot panel `curves` item", SceneKeys.panelCurve))
        sections.append(("iterations panel `reference` item", SceneKeys.reference))
        var out: [String] = []
        for (title, keys) in sections {
            out += ["", "**\(title)**", "", "| key | type | default | |", "|---|---|---|---|"]
            out += keys.map { key in
                let value = key.required ? "**required**" : key.defaultJSON.map { "`\($0)`" } ?? ""
                return "| `\(key.name)` | \(escape(key.type.description)) | \(value) | \(escape(key.summary)) |"
            }
        }
        return Array(out.dropFirst())
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
