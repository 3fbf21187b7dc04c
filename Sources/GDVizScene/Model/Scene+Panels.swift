/// The panels a scene draws.
extension Scene {
    /// `panels` when the scene has them. Otherwise the top-level `layers` make the panels: one plot
    /// panel with every non-graph layer, followed by one graph panel per `graph` layer (a
    /// computation graph has no place in data axes). A scene whose only layer is a graph is
    /// therefore a single graph panel; a scene with no graph layer is a single plot panel, as before.
    package var drawnPanels: [PanelSpec] {
        if !panels.isEmpty { return panels }
        return Self.panels(forLayers: layers)
    }

    /// The panels that top-level `layers` make (see ``drawnPanels``).
    static func panels(forLayers layers: [LayerSpec]) -> [PanelSpec] {
        var plotted: [LayerSpec] = []
        var graphs: [PanelSpec] = []
        for layer in layers {
            if let spec = layer.content as? ComputationGraphLayerSpec {
                graphs.append(PanelSpec(ComputationGraphPanelSpec(spec)))
            } else {
                plotted.append(layer)
            }
        }
        guard !graphs.isEmpty else { return [PanelSpec(PlotPanelSpec(layers: layers))] }
        return (plotted.isEmpty ? [] : [PanelSpec(PlotPanelSpec(layers: plotted))]) + graphs
    }
}
