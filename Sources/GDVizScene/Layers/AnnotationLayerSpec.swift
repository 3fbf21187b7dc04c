import GDVizEngine

/// `{"type": "annotation", "text": "minimum", "at": [1, 2], "arrow_to": [0, 0]}`: text in data
/// coordinates (1-D: x and the value axis), centred on `at`, with an optional arrow.
package struct AnnotationLayerSpec: LayerSpecification {
    package static let kind = LayerKind(
        name: "annotation", summary: "text at a point in data coordinates, with an optional arrow", dimensions: 1...2,
        keys: [
            SettingKey("text", .nonEmptyString, required: true, "the text; may contain $…$ math"),
            SettingKey("at", .point2, required: true, "where the text is centred (1-D: x and the value axis)"),
            SettingKey("arrow_to", .point2, "the arrow's tip; absent: no arrow"),
            colorKey,
        ])

    package var text: String
    package var at: ScenePoint
    package var arrowTo: ScenePoint?
    package var color: SceneColor?

    package init(text: String, at: ScenePoint, arrowTo: ScenePoint? = nil, color: SceneColor? = nil) {
        self.text = text
        self.at = at
        self.arrowTo = arrowTo
        self.color = color
    }

    package static func read(_ input: SpecInput) -> AnnotationLayerSpec? {
        let reader = input.reader, path = input.path
        let text = input.required("text", expected: "the text to write").flatMap {
            reader.nonEmptyText($0, at: path.key("text"))
        }
        let at = reader.readPoint(input["at"], at: path.key("at"), dimension: 2)
        let arrow = input["arrow_to"].flatMap { reader.readPoint($0, at: path.key("arrow_to"), dimension: 2) }
        return AnnotationLayerSpec(text: text ?? "", at: at ?? .origin(dimension: 2), arrowTo: arrow, color: input.color)
    }

    /// The annotation, as given.
    package struct Evaluated: EvaluatedLayerContent {
        package var spec: AnnotationLayerSpec
    }

    package func evaluate(_ context: LayerEvaluationContext) -> Evaluated {
        Evaluated(spec: self)
    }
}
