import GDVizEngine

/// `"panels"`: several plots (and convergence plots) in one figure.
extension SceneReader {
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
        var type: any PanelSpecification.Type = PlotPanelSpec.self
        if let typeValue = all["type"], typeValue != .null {
            guard let name = choice(typeValue, among: PanelTable.kinds.map(\.name), at: path.key("type")),
                  let chosen = PanelTable.type(named: name)
            else { return nil }
            type = chosen
        }
        guard let members = members(of: value, at: path, allowed: type.kind.allowedKeys) else { return nil }
        let input = SpecInput(reader: self, members: members, path: path, dimension: dimension, runLabels: runLabels)
        return Self.read(type, input)
    }

    private static func read<Kind: PanelSpecification>(_ type: Kind.Type, _ input: SpecInput) -> PanelSpec? {
        Kind.read(input).map(PanelSpec.init)
    }
}
