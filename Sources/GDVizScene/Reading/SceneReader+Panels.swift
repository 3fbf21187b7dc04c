import GDVizEngine

/// `"panels"`: several plots (and convergence plots) in one figure.
extension SceneReader {
    static let plotPanelKeys = ["type", "title", "layers", "domain"]
    static let iterationPanelKeys = ["type", "title", "quantity", "scale", "runs"]
    static let graphPanelKeys = ["type", "title", "at", "partials", "digits"]

    enum PanelKind: String, CaseIterable {
        case plot, iterations, surface, graph
    }

    func readPanels(_ value: JSONValue?, at path: JSONPath, dimension: Int, runLabels: [String]) -> [PanelSpec] {
        guard let value else { return [] }
        guard case .array(let items) = value, !items.isEmpty else {
            expected(#"a non-empty array of panels such as [{"layers": [...]}, {"type": "iterations"}]"#,
                     got: value, at: path)
            return []
        }
        return items.enumerated().compactMap { index, item in
            readPanel(item, at: path.index(index), dimension: dimension, runLabels: runLabels)
        }
    }

    private func readPanel(_ value: JSONValue, at path: JSONPath, dimension: Int, runLabels: [String]) -> PanelSpec? {
        guard case .object(let all) = value else {
            expected(#"a panel object such as {"title": "...", "layers": [...]}"#, got: value, at: path)
            return nil
        }
        var kind = PanelKind.plot
        if let typeValue = all["type"], typeValue != .null {
            guard let chosen: PanelKind = choice(typeValue, at: path.key("type")) else { return nil }
            kind = chosen
        }
        switch kind {
        case .plot:
            guard let members = members(of: value, at: path, allowed: Self.plotPanelKeys) else { return nil }
            let title = optional(members, "title", in: path, default: nil) { self.text($0, at: $1) }
            let layers = readLayers(members["layers"], at: path.key("layers"), dimension: dimension, runLabels: runLabels)
            if case .array(let items)? = members["layers"] {
                for (index, item) in items.enumerated() {
                    guard case .object(let layer) = item, layer["type"] == .string(LayerSpec.Kind.graph.rawValue) else { continue }
                    report(path.key("layers").index(index).key("type"),
                           "a computation graph is drawn as a panel of its own, not inside a plot; "
                           + #"use {"type": "graph", "at": [...]} in "panels""#)
                }
            }
            let domain = members["domain"].map { readDomain($0, at: path.key("domain"), dimension: dimension) }
            return .plot(title: title, layers: layers, domain: domain)
        case .iterations:
            guard let members = members(of: value, at: path, allowed: Self.iterationPanelKeys) else { return nil }
            let title = optional(members, "title", in: path, default: nil) { self.text($0, at: $1) }
            let quantity: IterationQuantity = optional(members, "quantity", in: path, default: .gap) { self.choice($0, at: $1) }
            let scale: IterationScale = optional(members, "scale", in: path, default: .log) { self.choice($0, at: $1) }
            var labels: [String]?
            if let runs = members["runs"] {
                labels = readTrajectories(["runs": runs], at: path, runLabels: runLabels).runLabels
            }
            if runLabels.isEmpty {
                report(path, "an iterations panel plots optimizer runs, but the scene has no \"runs\"")
            }
            return .iterations(title: title, quantity: quantity, scale: scale, runLabels: labels)
        case .surface:
            guard let members = members(of: value, at: path, allowed: Self.surfacePanelKeys) else { return nil }
            return readSurfacePanel(members, at: path, dimension: dimension, runLabels: runLabels)
        case .graph:
            guard let members = members(of: value, at: path, allowed: Self.graphPanelKeys) else { return nil }
            let title = optional(members, "title", in: path, default: nil) { self.text($0, at: $1) }
            return .graph(title: title, readGraph(members, at: path, dimension: dimension))
        }
    }

}
