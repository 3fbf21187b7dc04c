import GDVizEngine

/// `{"type": "chord", "from": -1, "to": 2}`: the segment from (a, f(a)) to (b, f(b)).
package struct ChordLayerSpec: SpanLayerSpecification {
    package static let kind = LayerKind(
        name: "chord", summary: "the segment from (a, f(a)) to (b, f(b)) of a 1-D graph", dimensions: 1...1,
        keys: spanKeys)

    package var span: LayerSpan

    package init(span: LayerSpan) {
        self.span = span
    }

    /// (a, f(a)) and (b, f(b)).
    package struct Evaluated: EvaluatedLayerContent {
        package var spec: ChordLayerSpec
        package var from: Point2
        package var to: Point2
    }

    package func evaluate(_ context: LayerEvaluationContext) -> Evaluated {
        Evaluated(spec: self, from: SceneEvaluator.graphPoint(context.objective, from),
                  to: SceneEvaluator.graphPoint(context.objective, to))
    }
}
