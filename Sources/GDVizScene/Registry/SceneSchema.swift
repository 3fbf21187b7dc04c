import GDVizEngine

/// The JSON Schema (draft 2020-12) of scene files, generated from the tables of kinds and keys,
/// so editors can complete and check keys while typing (`gdviz schema`).
///
/// The schema checks shapes: key names, types, ranges and closed sets of names. Checks that
/// involve several values (run labels that layers refer to, a start point's dimension, an
/// expression's syntax, which optimizer takes which setting) are left to `gdviz render`, which
/// reports them with the JSON path.
package enum SceneSchema {
    package static let identifier = "https://gdviz.invalid/scene.schema.json"

    package static var json: JSONText {
        .object([
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string(identifier)),
            ("title", .string("gdviz scene")),
            ("description", .string("A figure of an optimization lecture: a function, optimizer runs and layers to draw. "
                                    + "See docs/scenes.md.")),
        ] + members(object(SceneKeys.topLevel)) + [
            ("$defs", .object(definitions)),
        ])
    }

    private static var definitions: [(String, JSONText)] {
        [
            ("size", object(SceneKeys.size)),
            ("domain", object(SceneKeys.domain)),
            ("axes", object(SceneKeys.axes)),
            ("legend", object(SceneKeys.legend)),
            ("colorbar", object(FilledContourLayerSpec.colorbarKeys)),
            ("animate", object(SceneKeys.animate)),
            ("function", .object([("anyOf", .array([
                .object([("type", .string("string")), ("description", .string("an expression in x (and y)"))]),
                object(SceneKeys.function, extra: [("minProperties", .integer(1))]),
            ]))])),
            ("quadratic", object(SceneKeys.quadratic)),
            ("least_squares", object(SceneKeys.leastSquares)),
            ("panel_curve", object(SceneKeys.panelCurve)),
            ("reference", object(SceneKeys.reference)),
            ("run", object(SceneKeys.run + SceneKeys.optimizerSettingKeys)),
            ("schedule", .object([("anyOf", .array(
                [.object([("enum", .array(ScheduleKind.allCases.map { .string($0.rawValue) }))])]
                + ScheduleKind.allCases.map { kind in
                    object([SettingKey("type", .choice([kind.rawValue]), required: true, kind.summary)] + kind.parameters)
                }))])),
            ("layers", .object([("type", .string("array")), ("items", .object([("$ref", .string("#/$defs/layer"))]))])),
            ("layer", .object([("oneOf", .array(LayerTable.kinds.map { kind in
                object([SettingKey("type", .choice([kind.name]), required: true, kind.summary)] + kind.keys,
                       extra: [("description", .string(kind.summary))])
            }))])),
            ("panel", .object([("oneOf", .array(PanelTable.kinds.map { kind in
                // A panel without "type" is a plot panel.
                object([SettingKey("type", .choice([kind.name]), required: kind.name != "plot", kind.summary)] + kind.keys,
                       extra: [("description", .string(kind.summary))])
            }))])),
        ]
    }

    /// An object schema: its keys, which are required, and no others (keys starting with `_` are comments).
    private static func object(_ keys: [SettingKey], extra: [(String, JSONText)] = []) -> JSONText {
        let required = keys.filter(\.required).map { JSONText.string($0.name) }
        return .object([
            ("type", .string("object")),
            ("properties", .object(keys.map { ($0.name, property($0)) })),
            ("patternProperties", .object([("^_", .object([]))])),
            ("additionalProperties", .bool(false)),
        ] + (required.isEmpty ? [] : [("required", .array(required))]) + extra)
    }

    private static func members(_ object: JSONText) -> [(String, JSONText)] {
        guard case .object(let members) = object else { return [] }
        return members
    }

    private static func property(_ key: SettingKey) -> JSONText {
        guard case .object(let members) = schema(key.type) else { return schema(key.type) }
        return .object(members + [("description", .string(key.summary))]
                       + (key.defaultJSON.map { [("default", .raw($0))] } ?? []))
    }

    private static func schema(_ type: SettingType) -> JSONText {
        func numbers(min: Int? = nil, max: Int? = nil) -> JSONText {
            .object([("type", .string("array")), ("items", .object([("type", .string("number"))]))]
                    + (min.map { [("minItems", .integer($0))] } ?? []) + (max.map { [("maxItems", .integer($0))] } ?? []))
        }
        switch type {
        case .number: return .object([("type", .string("number"))])
        case .positiveNumber: return .object([("type", .string("number")), ("exclusiveMinimum", .integer(0))])
        case .integer(let range):
            return .object([("type", .string("integer")), ("minimum", .integer(range.lowerBound)),
                            ("maximum", .integer(range.upperBound))])
        case .boolean: return .object([("type", .string("boolean"))])
        case .string, .expression: return .object([("type", .string("string"))])
        case .nonEmptyString: return .object([("type", .string("string")), ("minLength", .integer(1))])
        case .color: return .object([("type", .string("string")), ("pattern", .string("^#[0-9a-fA-F]{6}$"))])
        case .choice(let names): return .object([("enum", .array(names.map { .string($0) }))])
        case .point: return numbers(min: 1, max: 2)
        case .point2: return numbers(min: 2, max: 2)
        case .numbers: return numbers()
        case .interval: return numbers(min: 2, max: 2)
        case .length: return .object([("type", .string("string")), ("pattern", .string(Length.pattern))])
        case .strings: return .object([("type", .string("array")), ("items", .object([("type", .string("string"))]))])
        case .parameters:
            return .object([("type", .string("object")), ("additionalProperties", .object([("type", .string("number"))]))])
        case .oneOf(let types): return .object([("anyOf", .array(types.map(schema)))])
        case .array(let element): return .object([("type", .string("array")), ("items", schema(element))])
        case .layers: return .object([("$ref", .string("#/$defs/layers"))])
        case .domain: return .object([("$ref", .string("#/$defs/domain"))])
        case .object(let name): return .object([("$ref", .string("#/$defs/\(name)"))])
        }
    }
}
