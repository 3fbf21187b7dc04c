import ArgumentParser
import GDVizRender
import GDVizScene

struct DescribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "describe",
        abstract: "Print a scene's text alternative: what is plotted, what each run did, the critical points.",
        discussion: """
            The same text gdviz writes into SVG <title>/<desc> and PDF /Title and /Subject, for alt \
            text in slides and course pages. The first line is the title; then one sentence a line. Example:
              gdviz describe Scenes/gd-quadratic.json
            """
    )

    @Argument(help: ArgumentHelp("A scene file (JSON).", valueName: "scene"), completion: .file(extensions: ["json"]))
    var scene: String

    func run() throws {
        let text = SceneDescription.describe(SceneEvaluator.evaluate(try SceneLoader.load(contentsOf: scene)))
        try StandardOutput.line(text.title)
        for sentence in text.sentences { try StandardOutput.line(sentence) }
    }
}
