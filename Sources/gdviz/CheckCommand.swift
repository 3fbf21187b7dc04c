import ArgumentParser
import Foundation
import GDVizCheck
import GDVizRender
import GDVizScene

extension RecordMode: ExpressibleByArgument {}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Render every scene and compare it with its reference image.",
        discussion: """
            Example:
              gdviz check                                   # Scenes/*.json against Renders/<scene>.png
              gdviz check --record missing                  # create references for new scenes
              gdviz check --mode tolerant --max-diff-pixels 20

            Each scene is rendered to PNG in memory and compared as decoded pixels. Failures leave \
            actual.png, expected.png (a copy), diff.png and compare.png in OUTPUT/<scene>/; every \
            run writes OUTPUT/report.html, report.json and junit.xml.

            Record modes: never (default; a missing reference fails), missing (write new \
            references; exit 1 so CI never passes silently on a figure nobody looked at), failed \
            (also rewrite failing references), all (rewrite every reference). The environment \
            variable GDVIZ_RECORD sets the mode when --record is not given. A reference is only \
            written when two renders of the scene agree.

            Exit status: 0 all passed, 1 a figure changed or a reference is missing or was \
            written, 2 usage error, 3 a scene or reference could not be read or rendered.
            """
    )

    @Argument(help: ArgumentHelp("Scene files or folders of them (default: Scenes/).", valueName: "scene"),
              completion: .file(extensions: ["json"]))
    var scenes: [String] = []

    @Option(help: "Folder of reference images, <scene>.png.", completion: .directory)
    var against: String = "Renders"

    @Option(help: "never, missing, failed or all (default: $GDVIZ_RECORD, else never).")
    var record: RecordMode?

    @Option(help: "Folder for reports and failure artefacts.", completion: .directory)
    var output: String = ".gdviz/check"

    @OptionGroup var comparison: ComparisonFlags

    func validate() throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: against, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw ValidationError("--against \(against) is a file, not a folder")
        }
        if let kind = OutputSafety.nonRegularKind(output), kind != "a folder" {
            throw ValidationError("--output \(output) is \(kind); give a folder for the reports")
        }
        if OutputSafety.nonRegularKind(output) == nil, FileManager.default.fileExists(atPath: output) {
            throw ValidationError("--output \(output) is a file; give a folder for the reports")
        }
    }

    func run() throws {
        let mode = try recordMode()
        let options = comparison.options
        let scenes = try sceneFiles()
        try checkOutputs(scenes: scenes, record: mode)
        let outcome = CheckRun(scenes: scenes, against: against, output: output,
                               options: options, record: mode).run()
        try StandardOutput.lines(outcome.lines)
        if outcome.failed + outcome.errors > 0 {
            try StandardOutput.line("settings: \(MetricsText.settings(options)); record \(mode.rawValue); references in \(against); report \(outcome.reportPath)")
        }
        let problems = outcome.reportProblems
        if outcome.errors > 0 || !problems.isEmpty {
            throw CommandFailure(.failure, problems.isEmpty ? ["check: \(outcome.errors) scene(s) could not be checked"] : problems)
        }
        let changed = outcome.failed + outcome.new + outcome.recorded
        if changed > 0 {
            throw CommandFailure(.changed, ["check: \(changed) figure(s) changed, missing or recorded; see \(outcome.reportPath)"])
        }
    }

    /// --record, else $GDVIZ_RECORD, else never.
    private func recordMode() throws -> RecordMode {
        if let record { return record }
        guard let value = ProcessInfo.processInfo.environment[RecordMode.environmentVariable], !value.isEmpty else {
            return .never
        }
        guard let mode = RecordMode(rawValue: value.lowercased()) else {
            throw CommandFailure(.usage, ["error: \(RecordMode.environmentVariable)=\(value) is not one of "
                + RecordMode.allCases.map(\.rawValue).joined(separator: ", ")])
        }
        return mode
    }

    private func sceneFiles() throws -> [String] {
        if !scenes.isEmpty { return try SceneList.expand(scenes) }
        guard OutputSafety.nonRegularKind("Scenes") == "a folder" else {
            throw CommandFailure(.usage, ["error: no scenes given and there is no Scenes/ folder here"])
        }
        do {
            return try SceneList.expand(["Scenes"])
        } catch {
            throw CommandFailure(.usage, ["error: no scenes given and Scenes/ has no .json files"])
        }
    }

    /// The output folder is gdviz's own: it must not hold a scene (artefact folders are
    /// replaced), and a recorded reference must not be one of the scenes.
    private func checkOutputs(scenes: [String], record: RecordMode) throws {
        for scene in scenes where OutputSafety.isInside(scene, folder: output) {
            throw CommandFailure(.usage, ["error: the scene \(scene) is inside the --output folder \(output); give the reports a folder of their own"])
        }
        var outputs = CheckReportWriter.reportFiles.sorted().map { OutputSafety.Output(PathText.join(output, $0), role: "the report \($0)") }
        if record != .never {
            outputs += scenes.map { OutputSafety.Output(PathText.join(against, SceneLoader.sceneName($0) + ".png"), role: "the reference of \($0)") }
        }
        // Two scenes of one name are reported by the check itself, so only inputs are checked here.
        for output in outputs {
            if let problem = OutputSafety.problem(outputs: [output], inputs: scenes) {
                throw CommandFailure(.usage, ["error: \(problem)"])
            }
        }
    }
}
