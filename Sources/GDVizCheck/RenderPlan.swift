import GDVizRender
import GDVizScene

/// Which file each scene of a `gdviz render` goes to, decided and checked before anything is
/// rendered: a bad command line writes nothing.
package enum RenderPlan {
    package struct Job: Sendable, Equatable {
        package var scene: String
        package var destination: String
        package var format: OutputFormat
    }

    /// `-o` names a folder when it ends with `/`, is an existing folder, or when several
    /// scenes are rendered and it has no extension; otherwise it is the one output file.
    package static func jobs(scenes: [String], output: String?, format: OutputFormat?) throws(UsageError) -> [Job] {
        try jobs(scenes: scenes, output: output, formats: format.map { [$0] })
    }

    /// Several formats (`--format png,svg`) write every scene once per format into a folder.
    package static func jobs(scenes: [String], output: String?, formats: [OutputFormat]?) throws(UsageError) -> [Job] {
        guard !scenes.isEmpty else { throw UsageError("no scenes to render") }
        let format = formats?.count == 1 ? formats?.first : nil
        if let formats, formats.count > 1, let output, !isFolder(output, sceneCount: 2) {
            throw UsageError("\(formats.count) formats cannot all be written to the file \(output); "
                + "give a folder instead, e.g. -o \(folderSuggestion(output))/")
        }
        if output == "-" {
            throw UsageError("render cannot write images to standard output (-o -); give a file, or a folder ending in /")
        }
        if let output, output.isEmpty { throw UsageError("-o needs a file or folder name") }
        let jobs: [Job]
        if let output, !isFolder(output, sceneCount: scenes.count) {
            guard scenes.count == 1 else {
                throw UsageError("\(scenes.count) scenes cannot all be written to the file \(output); "
                    + "give a folder instead, e.g. -o \(folderSuggestion(output))/")
            }
            jobs = [Job(scene: scenes[0], destination: output, format: try fileFormat(output, format))]
        } else {
            let chosen = formats ?? [.png]
            let folder = output ?? "Renders"
            jobs = scenes.flatMap { scene in
                chosen.map {
                    Job(scene: scene, destination: PathText.join(folder, "\(SceneLoader.sceneName(scene)).\($0.fileExtension)"),
                        format: $0)
                }
            }
        }
        let outputs = jobs.map { OutputSafety.Output($0.destination, role: "the image of \($0.scene)") }
        if let problem = OutputSafety.problem(outputs: outputs, inputs: scenes) { throw UsageError(problem) }
        return jobs
    }

    private static func isFolder(_ output: String, sceneCount: Int) -> Bool {
        output.hasSuffix("/") || OutputSafety.nonRegularKind(output) == "a folder"
            || (sceneCount > 1 && PathText.pathExtension(output).isEmpty)
    }

    /// The format of a single output file: --format, else its extension, else PNG.
    private static func fileFormat(_ output: String, _ format: OutputFormat?) throws(UsageError) -> OutputFormat {
        let ext = PathText.pathExtension(output).lowercased()
        if let format {
            if !ext.isEmpty, ext != format.fileExtension, OutputFormat(rawValue: ext) != nil {
                throw UsageError("--format \(format.rawValue) does not match the output extension .\(ext)")
            }
            return format
        }
        if ext.isEmpty { return .png }
        guard let fromExtension = OutputFormat(rawValue: ext) else {
            throw UsageError("cannot tell the format from .\(ext); use .png, .svg or .pdf, or --format")
        }
        return fromExtension
    }

    /// `both.png` → `both`.
    private static func folderSuggestion(_ output: String) -> String {
        let stem = PathText.stem(output)
        let parent = PathText.parent(output)
        return PathText.join(parent, stem.isEmpty ? "out" : stem)
    }
}
