/// A kind's entry in a table of kinds: everything the reader, the docs, `gdviz list` and the JSON
/// Schema need to know about it. Layers and panels share it (``LayerKind``, ``PanelKind``); the
/// `Stage` parameter only keeps a layer's entry from being used where a panel's is expected.
package struct KindEntry<Stage>: Sendable {
    /// The kind's `"type"` in scene files, e.g. `"chord"` or `"iterations"`.
    package var name: String
    /// One line for `gdviz list` and the docs.
    package var summary: String
    /// The scene dimensions in which the kind makes sense.
    package var dimensions: ClosedRange<Int>
    /// Every key but `"type"`.
    package var keys: [SettingKey]

    package init(name: String, summary: String, dimensions: ClosedRange<Int>, keys: [SettingKey]) {
        self.name = name
        self.summary = summary
        self.dimensions = dimensions
        self.keys = keys
    }

    /// The keys the reader accepts, `"type"` first.
    var allowedKeys: [String] { ["type"] + keys.map(\.name) }
}
