import ArgumentParser
import Foundation
import GDVizRender

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

    @Argument(help: "Scene files (default: Scenes/*.json).")
    var scenes: [String] = []

    @Option(help: "Folder of reference images, <scene>.png.")
    var against: String = "Renders"

    @Option(help: "never, missing, failed or all (default: $GDVIZ_RECORD, else never).")
    var record: RecordMode?

    @Option(help: "Folder for reports and failure artefacts.")
    var output: String = ".gdviz/check"

    @OptionGroup var comparison: ComparisonFlags

    func validate() throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: against, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw ValidationError("--against \(against) is a file, not a folder")
        }
    }

    func run() throws {
        let mode = try recordMode()
        let files = try sceneFiles()
        var names: [String: String] = [:]
        var jobs: [(file: String, name: String)] = []
        var duplicates: [SceneCheck] = []
        for file in files {
            let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            if let first = names[name] {
                var dup = SceneCheck(scene: name, file: file, referencePath: "", status: .error)
                dup.message = "scene name \(name) is also used by \(first); references are named by scene"
                duplicates.append(dup)
                continue
            }
            names[name] = file
            jobs.append((file, name))
        }

        let checker = SceneChecker(against: against, options: comparison.options, record: mode)
        let collected = Collected(count: jobs.count)
        let frozenJobs = jobs
        DispatchQueue.concurrentPerform(iterations: jobs.count) { k in
            collected.set(k, checker.check(file: frozenJobs[k].file, name: frozenJobs[k].name))
        }
        var results = collected.results + duplicates
        let orphans = orphanedReferences(names: Set(names.keys))

        let writer = CheckReportWriter(output: output, settings: comparison, record: mode, against: against)
        var problems: [String] = []
        do {
            try writer.writeArtefacts(&results)
            try writer.writeReports(results, orphans: orphans)
        } catch {
            problems = CommandFailure(error).lines
        }

        for result in results { print(line(for: result)) }
        for orphan in orphans {
            print("- \((orphan as NSString).lastPathComponent): orphaned reference \(orphan) (no scene of that name)")
        }
        let count = { (statuses: [SceneCheck.Status]) in results.filter { statuses.contains($0.status) }.count }
        let passed = count([.passed]), failed = count([.failed, .sizeMismatch, .missing])
        let new = count([.new]), recorded = count([.recorded]), errors = count([.error])
        var summary = "check: \(passed) passed, \(failed) failed"
        if new > 0 { summary += ", \(new) new" }
        if recorded > 0 { summary += ", \(recorded) recorded" }
        if errors > 0 { summary += ", \(errors) error\(errors == 1 ? "" : "s")" }
        if !orphans.isEmpty { summary += ", \(orphans.count) orphaned" }
        print(summary)
        if failed + errors > 0 {
            print("settings: \(comparison.summary); record \(mode.rawValue); references in \(against); report \(writer.reportPath)")
        }

        if errors > 0 || !problems.isEmpty {
            throw CommandFailure(.failure, problems.isEmpty ? ["check: \(errors) scene(s) could not be checked"] : problems)
        }
        if failed + new + recorded > 0 {
            throw CommandFailure(.changed, ["check: \(failed + new + recorded) figure(s) changed, missing or recorded; see \(writer.reportPath)"])
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
        if !scenes.isEmpty { return scenes }
        let folder = "Scenes"
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw CommandFailure(.usage, ["error: no scenes given and there is no Scenes/ folder here"])
        }
        let files = entries.filter { $0.lowercased().hasSuffix(".json") }.sorted()
        guard !files.isEmpty else { throw CommandFailure(.usage, ["error: no scenes given and Scenes/ has no .json files"]) }
        return files.map { (folder as NSString).appendingPathComponent($0) }
    }

    /// PNGs in the reference folder that no checked scene produces (reported, never a failure).
    private func orphanedReferences(names: Set<String>) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: against)) ?? []
        return entries.filter { entry in
            entry.lowercased().hasSuffix(".png") && !entry.hasPrefix(".")
                && !names.contains((entry as NSString).deletingPathExtension)
        }.sorted().map { (against as NSString).appendingPathComponent($0) }
    }

    private func line(for r: SceneCheck) -> String {
        switch r.status {
        case .passed: return "✓ \(r.scene)" + (r.message.isEmpty ? "" : " (\(r.message))")
        case .failed, .sizeMismatch:
            let compare = r.artefacts["compare"].map { " → \((output as NSString).appendingPathComponent($0))" } ?? ""
            return "✗ \(r.scene): \(r.message)\(compare)"
        case .missing: return "✗ \(r.scene): \(r.message)"
        case .new: return "+ \(r.scene): \(r.message)"
        case .recorded: return "↻ \(r.scene): \(r.message)"
        case .error: return "! \(r.scene): \(r.message.replacingOccurrences(of: "\n", with: "\n    "))"
        }
    }
}

/// Results filled in by concurrent workers, one slot each.
private final class Collected: @unchecked Sendable {
    // @unchecked: every access to `slots` holds `lock`.
    private let lock = NSLock()
    private var slots: [SceneCheck?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: SceneCheck) {
        lock.lock(); defer { lock.unlock() }
        slots[index] = value
    }

    var results: [SceneCheck] {
        lock.lock(); defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
