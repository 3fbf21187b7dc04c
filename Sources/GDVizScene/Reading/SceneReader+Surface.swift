/// `{"type": "surface"}` panels: the 3-D view of f.
extension SceneReader {
    func readSurfacePanel(_ input: SpecInput) -> SurfacePanelSpec {
        let members = input.members, path = input.path, dimension = input.dimension, runLabels = input.runLabels
        if dimension != 2 {
            report(path.key("type"), "a \"surface\" panel draws f(x, y) and needs a 2-D scene, "
                   + "but this scene is \(dimension)-D; use a \"plot\" panel with a \"curve\" layer")
        }
        var spec = SurfacePanelSpec()
        spec.title = optional(members, "title", in: path, default: nil) { self.text($0, at: $1) }
        spec.azimuth = optional(members, "azimuth", in: path, default: spec.azimuth) {
            self.angle($0, at: $1, in: SurfacePanelSpec.azimuthRange)
        }
        spec.elevation = optional(members, "elevation", in: path, default: spec.elevation) {
            self.angle($0, at: $1, in: SurfacePanelSpec.elevationRange)
        }
        spec.resolution = optional(members, "resolution", in: path, default: spec.resolution) {
            self.integer($0, at: $1, in: SurfacePanelSpec.resolutionRange)
        }
        spec.floorContours = optional(members, "floor_contours", in: path, default: spec.floorContours, bool)
        spec.levels = readSurfaceLevels(members["levels"], at: path.key("levels")) ?? spec.levels
        if members["levels"] != nil, !spec.floorContours {
            report(path.key("levels"), "\"levels\" sets the floor contours, which \"floor_contours\": false turns off")
        }
        spec.floorGradient = optional(members, "floor_gradient", in: path, default: spec.floorGradient, bool)
        spec.colormap = optional(members, "colormap", in: path, default: spec.colormap) { self.choice($0, at: $1) }
        if let runs = members["runs"] {
            spec.runLabels = readRunReferences(runs, at: path.key("runs"), runLabels: runLabels)
        }
        spec.criticalPoints = optional(members, "critical_points", in: path, default: spec.criticalPoints, bool)
        spec.zLabel = optional(members, "z_label", in: path, default: nil) { self.text($0, at: $1) }
        return spec
    }

    /// An angle in degrees inside `range`.
    private func angle(_ value: JSONValue, at path: JSONPath, in range: ClosedRange<Double>) -> Double? {
        guard case .number(let degrees) = value, degrees.isFinite, range.contains(degrees) else {
            expected("an angle in degrees between \(JSONValue.format(range.lowerBound)) and "
                     + "\(JSONValue.format(range.upperBound))", got: value, at: path)
            return nil
        }
        return degrees
    }

    /// A count of linear levels or explicit increasing levels, as in a contours layer.
    private func readSurfaceLevels(_ value: JSONValue?, at path: JSONPath) -> LevelSpec? {
        switch value {
        case nil:
            return nil
        case .array(let items)?:
            let values = readLevelValues(items, at: path)
            return values.isEmpty ? nil : .values(values)
        case .number?:
            return integer(value!, at: path, in: SceneDefaults.contourLevelCountRange).map { .count($0, spacing: .linear) }
        case .some(let other):
            let range = SceneDefaults.contourLevelCountRange
            expected("a count between \(range.lowerBound) and \(range.upperBound) or an array of increasing levels",
                     got: other, at: path)
            return nil
        }
    }
}
