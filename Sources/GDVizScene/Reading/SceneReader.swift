import GDVizEngine

/// Walks a scene's JSON tree, collecting every problem with its path, and builds the ``Scene``.
///
/// The reader never stops at the first problem: a bad value is reported and replaced by its
/// default (or a placeholder) so that later checks — run labels referenced by layers, start
/// points against the dimension — still run.
final class SceneReader {
    private(set) var issues: [SceneIssue] = []
    /// Run ids → run labels, once the runs are read: references may use either.
    var runIDs: [String: String] = [:]
    private let name: String
    /// The form of the scene's `"function"` once read (panels that need least squares check it).
    var sceneFunctionForm: FunctionReading.Form?

    init(name: String) {
        self.name = name
    }

    static let topLevelKeys = SceneKeys.topLevel.map(\.name)

    /// The scene, or `nil` if any issue was reported.
    func read(_ document: JSONValue) -> Scene? {
        guard let top = members(of: document, at: .root, allowed: Self.topLevelKeys,
                                expected: "an object with the scene's keys")
        else { return nil }
        let root = JSONPath.root

        if let version = top["version"] {
            let path = root.key("version")
            if version != .number(Double(SceneDefaults.version)) {
                expected("\(SceneDefaults.version) (the only scene format version)", got: version, at: path)
            }
        }
        let title = optional(top, "title", in: root, default: nil) { self.text($0, at: $1) }
        let (width, height, physical) = readSize(top["size"], at: root.key("size"))
        let fontSize = optional(top, "font_size", in: root,
                                default: physical ? SceneDefaults.physicalFontSize : SceneDefaults.fontSize, fontSize)
        let font: TextFont = optional(top, "font", in: root, default: .sans) { self.choice($0, at: $1) }
        let text: TextMode = optional(top, "text", in: root, default: .glyphs) { self.choice($0, at: $1) }
        let function = readFunction(top)
        let dimension = function.dimension
        sceneFunctionForm = function.form
        let domain = readDomain(top["domain"], at: root.key("domain"), dimension: dimension,
                                fallback: function.defaultDomain)
        let axes = readAxes(top["axes"], at: root.key("axes"), dimension: dimension,
                            labels: function.source?.defaultAxisLabels)
        let resolution = optional(top, "resolution", in: root, default: SceneDefaults.resolution) {
            self.integer($0, at: $1, in: SceneDefaults.resolutionRange)
        }
        let runs = readRuns(top["runs"], at: root.key("runs"), dimension: dimension, functionForm: function.form)
        let layers = readLayers(top["layers"], at: root.key("layers"), dimension: dimension,
                                runLabels: runs.map(\.label))

        let panels = readPanels(top["panels"], at: root.key("panels"), dimension: dimension,
                                runLabels: runs.map(\.label))
        if top["panels"] != nil, top["layers"] != nil {
            report(root.key("layers"), "with \"panels\", layers go inside each panel; move them there")
        }
        let drawn = panels.isEmpty ? Scene.panels(forLayers: layers).count : panels.count
        let columns = optional(top, "columns", in: root, default: min(3, max(1, drawn))) {
            self.integer($0, at: $1, in: 1...12)
        }
        let theme: ThemeName = optional(top, "theme", in: root, default: .light) { self.choice($0, at: $1) }
        let cues: CueMode = optional(top, "cues", in: root, default: .auto) { self.choice($0, at: $1) }
        let shareAxes = optional(top, "share_axes", in: root, default: false, bool)
        let legend = optional(top, "legend", in: root, default: LegendOptions(), readLegend)
        let animation = readAnimation(top["animate"], at: root.key("animate"), runs: runs)

        guard issues.isEmpty, let source = function.source else { return nil }
        var scene = Scene(name: name, title: title, width: width, height: height, function: source,
                          dimension: dimension, domain: domain, axes: axes, resolution: resolution,
                          runs: runs, layers: layers)
        scene.panels = panels
        scene.columns = columns
        scene.theme = theme
        scene.cues = cues
        scene.shareAxes = shareAxes
        scene.legend = legend
        scene.animation = animation
        scene.fontSize = fontSize
        scene.physicalSize = physical
        scene.font = font
        scene.text = text
        // Work budgets, before any of the work starts (see SceneBudget).
        let budget = SceneBudget.issues(for: scene)
        guard budget.isEmpty else {
            issues += budget
            return nil
        }
        return scene
    }

    // MARK: Reporting

    func report(_ path: JSONPath, _ message: String, detail: String? = nil) {
        issues.append(SceneIssue(path: path.description, message: message, detail: detail))
    }

    /// Reports `expected <what>, got <value>` at `path`.
    func expected(_ what: String, got value: JSONValue, at path: JSONPath, hint: String = "") {
        report(path, "expected \(what), got \(value.summary)\(hint)")
    }

    /// Reports a required key that is absent (or `null`).
    func missing(_ path: JSONPath, expected what: String) {
        report(path, "missing; expected \(what)")
    }
}
