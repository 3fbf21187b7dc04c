/// The table of layer kinds: the one list the reader, the evaluator, the docs, `gdviz list` and
/// the JSON Schema take the layer kinds from. Adding a kind is a file under `GDVizScene/Layers/`,
/// its drawing under `GDVizRender/Layers/`, and one line here (see docs/architecture.md).
package enum LayerTable {
    /// Every kind, in the order the docs and error messages list them.
    package static var all: [any LayerSpecification.Type] {
        [
            ContourLayerSpec.self, TrajectoryLayerSpec.self, CurveLayerSpec.self, CriticalPointsLayerSpec.self,
            TaylorLayerSpec.self, ComputationGraphLayerSpec.self,
            TangentLayerSpec.self, SecantLayerSpec.self, PointsLayerSpec.self, IntervalLayerSpec.self,
            ChordLayerSpec.self, ConstraintLayerSpec.self, ParametricLayerSpec.self, VectorLayerSpec.self,
            AnnotationLayerSpec.self,
            FilledContourLayerSpec.self, GradientFieldLayerSpec.self, StreamlineLayerSpec.self,
            GridMapLayerSpec.self,
        ]
    }

    package static var kinds: [LayerKind] { all.map { $0.kind } }

    /// The kind spelled `name` in scene files.
    package static func type(named name: String) -> (any LayerSpecification.Type)? {
        all.first { $0.kind.name == name }
    }
}
