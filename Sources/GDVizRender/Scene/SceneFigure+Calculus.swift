import GDVizEngine
import GDVizScene

extension SceneFigure {
    /// 2-D Taylor layers in a panel with contour lines draw each level of the approximation in the
    /// colour of the same level of f, so that each dashed level set is compared with its solid one.
    static func matchingTaylorColors(_ layers: [FigureLayer]) -> [FigureLayer] {
        guard let contours = layers.first(where: { $0 is ContourLinesLayer }) as? ContourLinesLayer else { return layers }
        let colors = contours.levels.indices.map { (contours.levels[$0].value, contours.color(forLevel: $0)) }
        return layers.map { layer in
            guard var taylor = layer as? TaylorLayer, taylor.dimension == 2, let levels = taylor.contours.first else {
                return layer
            }
            let matched = levels.map { level in
                colors.first { abs($0.0 - level.value) <= 1e-9 * max(1, abs(level.value)) }?.1
            }
            guard matched.allSatisfy({ $0 != nil }) else { return layer }
            taylor.levelColors = matched.compactMap { $0 }
            return taylor
        }
    }

    /// The figure layer of a calculus layer, with its colour resolved against the theme.
    static func calculusLayer(_ layer: EvaluatedLayer, theme: Theme) -> FigureLayer {
        func color(_ hex: String?, _ fallback: UInt32?) -> Color {
            CalculusDrawing.color(hex.flatMap(parseHexColor), default: fallback, theme: theme)
        }
        switch layer {
        case .tangent(let spec, let point, let slope, let line):
            return TangentLayer(point: point, slope: slope, line: line, label: spec.label, color: color(spec.color, 0xD62728))
        case .secant(let spec, let from, let to, let line):
            return SecantLayer(from: from, to: to, line: line, legs: spec.legs, legLabels: spec.legLabels,
                               label: spec.label, color: color(spec.color, 0xFF7F0E))
        case .points(let spec, let points, let slopes):
            return PointsLayer(points: points, slopes: slopes, labels: spec.labels, labelsBelow: spec.labelSide == .below,
                               color: color(spec.color, nil))
        case .interval(let spec):
            return IntervalLayer(from: spec.from, to: spec.to, label: spec.label, color: color(spec.color, 0x1F77B4))
        case .chord(let spec, let from, let to):
            return ChordLayer(from: from, to: to, label: spec.label, color: color(spec.color, 0xD62728))
        case .constraint(let spec, let lines):
            return ConstraintLayer(lines: lines, label: spec.label, color: color(spec.color, 0xD62728),
                                   lineWidth: spec.lineWidth)
        case .parametric(let spec, let path, let markers, let velocities):
            var layer = ParametricLayer(path: path, markers: markers, markerLabels: spec.markerLabels,
                                        velocities: spec.velocity ? velocities.map { spec.velocityScale * $0 } : [],
                                        label: spec.label, color: color(spec.color, 0xD62728))
            layer.markerLabelsOnRight = spec.markerLabelSide == .right
            layer.velocityLabel = spec.velocityLabel
            layer.velocityColor = color(nil, 0x2CA02C)
            return layer
        case .vector(let spec, let tails, let vectors):
            return VectorLayer(tails: tails, vectors: vectors, scale: spec.scale, label: spec.label,
                               color: color(spec.color, nil))
        case .annotation(let spec):
            return AnnotationLayer(text: spec.text, at: Point2(spec.at[0], spec.at[1]),
                                   arrowTo: spec.arrowTo.map { Point2($0[0], $0[1]) }, color: color(spec.color, nil))
        default:
            preconditionFailure("not a calculus layer")
        }
    }
}
