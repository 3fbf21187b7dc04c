import ArgumentParser
import Foundation
import GDVizScene

extension CatalogTopic: ExpressibleByArgument {}

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List what scenes can use: functions, optimizers, layers, panels, colormaps, themes, schedules.",
        discussion: """
            Names with their settings, defaults and one-line descriptions, from the same tables the scene \
            reader uses. `gdviz list keys` prints every key of every scene object as Markdown tables \
            (the reference in docs/scenes.md). Examples:
              gdviz list optimizers
              gdviz list layers
            """
    )

    @Argument(help: "What to list: \(CatalogTopic.allCases.map(\.rawValue).joined(separator: ", ")) (default: all but keys).")
    var topic: CatalogTopic?

    func run() {
        let topics = topic.map { [$0] } ?? CatalogTopic.allCases.filter { $0 != .keys }
        let text = topics.map { topic in
            (self.topic == nil ? "\(topic.rawValue.uppercased())\n" : "") + SceneCatalog.text(topic)
        }.joined(separator: "\n")
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Write the JSON Schema (draft 2020-12) of scene files to standard output.",
        discussion: """
            Editors use it to complete and check keys while typing; see docs/scenes.md ("Editor support"). Example:
              gdviz schema > gdviz.schema.json
            """
    )

    func run() {
        FileHandle.standardOutput.write(Data(SceneSchema.json.pretty.utf8))
    }
}
