import GDVizEngine

/// Marks a ``KindEntry`` as a layer's.
package enum LayerStage {}

/// A kind of layer's entry in the table of kinds (``LayerTable``).
package typealias LayerKind = KindEntry<LayerStage>

/// A layer's settings as read from a scene: one type per kind of layer, in its own file under
/// `GDVizScene/Layers/`, listed once in ``LayerTable/all``.
///
/// A kind says what it is (``kind``), how it is read and validated (``read(_:)``) and what it
/// asks the engine for (``evaluate(_:)``). Its drawing lives in the rendering module, in an
/// extension of ``Evaluated`` there.
package protocol LayerSpecification: Sendable, Equatable {
    /// What the engine computed for the layer; it keeps the spec for the renderer.
    associatedtype Evaluated: EvaluatedLayerContent
    /// The kind's entry in the table.
    static var kind: LayerKind { get }
    /// Reads the layer's members (unknown keys are already reported); reports every problem
    /// through the input and returns `nil` only when there is nothing sensible to return.
    static func read(_ input: SpecInput) -> Self?
    /// The engine work for this layer.
    func evaluate(_ context: LayerEvaluationContext) -> Evaluated
}

/// What a layer kind's evaluation hands to the renderer.
package protocol EvaluatedLayerContent: Sendable {}

extension LayerSpecification {
    /// Equality across kinds (different kinds are never equal).
    func isEqual(to other: any LayerSpecification) -> Bool {
        guard let other = other as? Self else { return false }
        return self == other
    }

    func evaluateErased(_ context: LayerEvaluationContext) -> any EvaluatedLayerContent {
        evaluate(context)
    }
}

/// One layer of a scene: a value of one of the kinds in ``LayerTable``.
package struct LayerSpec: Sendable, Equatable {
    package var content: any LayerSpecification

    package init(_ content: some LayerSpecification) {
        self.content = content
    }

    /// The spelling of the layer's `"type"`.
    package var typeName: String { kind.name }

    package var kind: LayerKind { type(of: content).kind }

    package static func == (a: LayerSpec, b: LayerSpec) -> Bool {
        a.content.isEqual(to: b.content)
    }

    /// The layers of a scene without `"layers"`: contours then trajectories in 2-D,
    /// the curve then trajectories in 1-D.
    package static func defaults(dimension: Int) -> [LayerSpec] {
        dimension == 1
            ? [LayerSpec(CurveLayerSpec()), LayerSpec(TrajectoryLayerSpec())]
            : [LayerSpec(ContourLayerSpec()), LayerSpec(TrajectoryLayerSpec())]
    }
}

/// A layer as the engine evaluated it; the renderer casts it to the kind's `Evaluated` type.
package typealias EvaluatedLayer = any EvaluatedLayerContent
