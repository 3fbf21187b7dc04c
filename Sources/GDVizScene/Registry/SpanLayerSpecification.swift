/// A layer of a 1-D figure set by an x-range a < b, with a label and a colour: `chord` and
/// `interval` share their keys and their reading here and differ only in what they evaluate.
package protocol SpanLayerSpecification: LayerSpecification {
    init(from: Double, to: Double, label: String?, color: SceneColor?)
}

extension SpanLayerSpecification {
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
