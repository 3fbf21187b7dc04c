import GDVizEngine

/// `{"type": "interval", "from": 0, "to": 1}`: a shaded vertical band a ≤ x ≤ b.
package struct IntervalLayerSpec: SpanLayerSpecification {
    package static let kind = LayerKind(
        name: "interval", summary: "a shaded vertical band a ≤ x ≤ b", dimensions: 1...1,
        keys: spanKeys)

    package var span: LayerSpan

    package init(span: LayerSpan) {
        self.span = span
    }

    /// The band, as given.
    package struct Evaluated: EvaluatedLayerContent {
        package var spec: IntervalLayerSpec
    }

    package func evaluate(_ context: LayerEvaluationContext) -> Evaluated {
        Evaluated(spec: self)
    }
}
