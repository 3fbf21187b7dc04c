import GDVizEngine

/// The gradient layers: `filled_contours`, `gradient_field`, `streamlines`.
extension SceneReader {
    static let filledContourKeys = ["type", "levels", "spacing", "colormap", "center", "colorbar", "lines"]
    static let gradientFieldKeys = ["type", "direction", "grid", "length", "color", "label"]
    static let streamlineKeys = ["type", "direction", "separation", "color", "line_width", "arrows", "label"]

    func readFieldLayer(_ kind: LayerSpec.Kind, _ value: JSONValue, at path: JSONPath) -> LayerSpec? {
        switch kind {
        case .filledContours:
            guard let members = members(of: value, at: path, allowed: Self.filledContourKeys) else { return nil }
            return .filledContours(readFilledContours(members, at: path))
        case .gradientField:
            guard let members = members(of: value, at: path, allowed: Self.gradientFieldKeys) else { return nil }
            var layer = GradientFieldLayerSpec()
            layer.direction = optional(members, "direction", in: path, default: layer.direction) { self.choice($0, at: $1) }
            layer.grid = optional(members, "grid", in: path, default: layer.grid) {
                self.integer($0, at: $1, in: GradientFieldLayerSpec.gridRange)
            }
            layer.length = optional(members, "length", in: path, default: layer.length) { self.choice($0, at: $1) }
            layer.color = optional(members, "color", in: path, default: nil) { self.hexColor($0, at: $1) }
            layer.label = optional(members, "label", in: path, default: nil) { self.text($0, at: $1) }
            return .gradientField(layer)
        case .streamlines:
            guard let members = members(of: value, at: path, allowed: Self.streamlineKeys) else { return nil }
            var layer = StreamlineLayerSpec()
            layer.direction = optional(members, "direction", in: path, default: layer.direction) { self.choice($0, at: $1) }
            layer.separation = optional(members, "separation", in: path, default: nil, positiveNumber)
            layer.color = optional(members, "color", in: path, default: nil) { self.hexColor($0, at: $1) }
            layer.lineWidth = optional(members, "line_width", in: path, default: layer.lineWidth, positiveNumber)
            layer.arrows = optional(members, "arrows", in: path, default: layer.arrows, bool)
            layer.label = optional(members, "label", in: path, default: nil) { self.nonEmptyText($0, at: $1) }
            return .streamlines(layer)
        default:
            return nil
        }
    }

    private func readFilledContours(_ members: [String: JSONValue], at path: JSONPath) -> FilledContourLayerSpec {
        var layer = FilledContourLayerSpec()
        layer.levels = readLevelSpec(members, at: path)
        layer.colormap = optional(members, "colormap", in: path, default: layer.colormap) { self.choice($0, at: $1) }
        layer.center = optional(members, "center", in: path, default: layer.center, finiteNumber)
        if members["center"] != nil, layer.colormap != .diverging {
            report(path.key("center"), #""center" applies only to "colormap": "diverging"; remove it or use that colormap"#)
        }
        layer.colorbar = optional(members, "colorbar", in: path, default: layer.colorbar, bool)
        layer.lines = optional(members, "lines", in: path, default: layer.lines, bool)
        return layer
    }
}
