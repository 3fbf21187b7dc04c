/// What a span layer is given: an x-range a < b, a label and a colour.
package struct LayerSpan: Sendable, Equatable {
    package var from: Double
    package var to: Double
    package var label: String?
    package var color: SceneColor?

    package init(from: Double, to: Double, label: String? = nil, color: SceneColor? = nil) {
        self.from = from
        self.to = to
        self.label = label
        self.color = color
    }
}

/// A layer of a 1-D figure set by an x-range a < b, with a label and a colour: `chord` and
/// `interval` share their keys, their stored ``LayerSpan`` and their reading here, and differ only
/// in what they evaluate.
package protocol SpanLayerSpecification: LayerSpecification {
    var span: LayerSpan { get }
    init(span: LayerSpan)
}

extension SpanLayerSpecification {
    package init(from: Double, to: Double, label: String? = nil, color: SceneColor? = nil) {
        self.init(span: LayerSpan(from: from, to: to, label: label, color: color))
    }

    /// a.
    package var from: Double { span.from }
    /// b.
    package var to: Double { span.to }
    package var label: String? { span.label }
    package var color: SceneColor? { span.color }

    /// `from`, `to`, `label`, `color`.
    static var spanKeys: [SettingKey] {
        [
            SettingKey("from", .number, required: true, "a"),
            SettingKey("to", .number, required: true, "b, greater than a"),
            labelKey, colorKey,
        ]
    }

    /// Both ends must be numbers with a < b (reported at `to`); a missing end reads as 0 or 1.
    package static func read(_ input: SpecInput) -> Self? {
        let (a, b) = input.reader.readFromTo(input)
        return Self(from: a ?? 0, to: b ?? 1, label: input.label, color: input.color)
    }
}
