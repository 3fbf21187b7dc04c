import GDVizEngine

/// `{"type": "surface"}`: the graph z = f(x, y) as a shaded 3-D surface seen from a viewpoint,
/// with optional contours and gradient arrows on the floor of the box, critical points, and
/// optimizer runs lifted onto the surface. 2-D scenes only.
///
/// The viewpoint follows matplotlib's `view_init(elev, azim)`: the eye looks at the box's centre
/// from the direction (cos e · cos a, cos e · sin a, sin e). At azimuth −90°, elevation 0° the
/// x axis runs to the right and z up; elevation 90° looks straight down (a top view).
package struct SurfacePanelSpec: PanelSpecification {
    package static let kind = PanelKind(
        name: "surface", summary: "the graph of f as a shaded 3-D surface, with floor contours and lifted runs",
        dimensions: 2...2,
        keys: [
            PanelKind.titleKey,
            SettingKey("azimuth", .number, default: "-60", "degrees about the z axis, −360…360 (matplotlib's azim)"),
            SettingKey("elevation", .number, default: "30", "degrees above the xy-plane, −90…90 (matplotlib's elev)"),
            SettingKey("resolution", .integer(resolutionRange), default: "\(defaultResolution)", "mesh cells per axis"),
            SettingKey("floor_contours", .boolean, default: "true", "contour lines of f on the floor of the box"),
            SettingKey("levels", .oneOf([.integer(SceneDefaults.contourLevelCountRange), .numbers]),
                       default: "\(SceneDefaults.contourLevelCount)", "the floor contours' levels: a count or the levels"),
            SettingKey("floor_gradient", .boolean, default: "false", "arrows of ∇f on the floor"),
            SettingKey("colormap", .choice(Colormap.self), default: "\"viridis\"", "how heights map to colours"),
            SettingKey("runs", .strings, "labels of the runs to lift onto the surface; absent: every run"),
            SettingKey("critical_points", .boolean, default: "true", "mark every stationary point by kind"),
            SettingKey("z_label", .string, "the vertical axis label; absent: $f(x, y)$ (or $f$ with relabelled axes)"),
        ])

    package var title: String?
    /// Degrees about the z axis, `−360...360`. Default −60 (matplotlib's default view).
    package var azimuth: Double
    /// Degrees above the xy-plane, `−90...90`. Default 30.
    package var elevation: Double
    /// Mesh cells per axis, `4...150`. Default 40.
    package var resolution: Int
    /// Contour lines of f drawn on the floor of the box, below the surface. Default `true`.
    package var floorContours: Bool
    /// The floor contours' levels (the scene's `resolution` sets how finely f is sampled for them).
    package var levels: LevelSpec
    /// Arrows of ∇f on the floor (the gradient as a vector field, as in Wikimedia's
    /// "3d-gradient-cos"). Default `false`.
    package var floorGradient: Bool
    /// How heights map to colours. Default viridis.
    package var colormap: Colormap
    /// The runs to lift onto the surface, or `nil` for every run.
    package var runLabels: [String]?
    /// Mark every stationary point of f in the domain by kind. Default `true`.
    package var criticalPoints: Bool
    /// The vertical axis label; `nil` gives `$f(x, y)$` (or `$f$` when the axes are relabelled).
    package var zLabel: String?

    package static let defaultAzimuth = -60.0
    package static let defaultElevation = 30.0
    package static let defaultResolution = 40
    package static let azimuthRange = -360.0...360.0
    package static let elevationRange = -90.0...90.0
    package static let resolutionRange = 4...150

    package init(title: String? = nil, azimuth: Double = defaultAzimuth, elevation: Double = defaultElevation,
                resolution: Int = defaultResolution, floorContours: Bool = true,
                levels: LevelSpec = .count(SceneDefaults.contourLevelCount, spacing: .linear),
                floorGradient: Bool = false, colormap: Colormap = .viridis, runLabels: [String]? = nil,
                criticalPoints: Bool = true, zLabel: String? = nil) {
        self.title = title
        self.azimuth = azimuth
        self.elevation = elevation
        self.resolution = resolution
        self.floorContours = floorContours
        self.levels = levels
        self.floorGradient = floorGradient
        self.colormap = colormap
        self.runLabels = runLabels
        self.criticalPoints = criticalPoints
        self.zLabel = zLabel
    }

    package static func read(_ input: SpecInput) -> SurfacePanelSpec? {
        input.reader.readSurfacePanel(input)
    }

    package struct Evaluated: EvaluatedPanelContent {
        package var spec: SurfacePanelSpec
        package var surface: EvaluatedSurface
    }

    package func evaluate(_ context: PanelEvaluationContext) -> Evaluated {
        Evaluated(spec: self, surface: SceneEvaluator.surface(self, scene: context.scene, objective: context.objective,
                                                              runs: context.runs, cache: context.cache))
    }
}
