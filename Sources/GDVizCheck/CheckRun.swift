import Foundation
import GDVizRender
import GDVizScene

/// One `gdviz check`: renders every scene, compares it with its reference, records when asked,
/// writes the artefacts and the three reports, and says what to print. A scene that cannot be
/// read or rendered is one error among the results; it never stops the others or the reports.
package struct CheckRun {
    package var scenes: [String]
    package var against: String
    package var output: String
    package var options: ComparisonOptions
    package var record: RecordMode
    /// How a scene file becomes PNG bytes (see ``SceneChecker/renderPNG``).
    package var renderPNG: @Sendable (_ file: String) throws -> [UInt8] = SceneChecker.render

    package init(scenes: [String], against: String, output: String, options: ComparisonOptions, record: RecordMode) {
        self.scenes = scenes
        self.against = against
        self.output = output
        self.options = options
        self.record = record
    }

    package func run() -> CheckOutcome {
        var names: [String: String] = [:]
        var jobs: [(file: String, name: String)] = []
        var duplicates: [SceneCheck] = []
        for file in scenes {
            let name = SceneLoader.sceneName(file)
            if let first = names[name] {
                duplicates.append(SceneCheck(scene: name, file: file, referencePath: "", status: .error,
                    message: "scene name \(name) is also used by \(first); references are named by scene"))
                continue
            }
            names[name] = file
            jobs.append((file, name))
        }

        let checker = SceneChecker(against: against, options: options, record: record, renderPNG: renderPNG)
        let collected = Collected(count: jobs.count)
        let frozenJobs = jobs
        DispatchQueue.concurrentPerform(iterations: jobs.count) { k in
            collected.set(k, checker.check(file: frozenJobs[k].file, name: frozenJobs[k].name))
        }
        var results = collected.results + duplicates
        let orphans = orphanedReferences(names: Set(names.keys))

        let writer = CheckReportWriter(output: output, options: options, record: record, against: against)
        writer.writeArtefacts(&results)
        let problems = writer.writeReports(results, orphans: orphans)
        return CheckOutcome(results: results, orphans: orphans, reportProblems: problems,
                            reportPath: writer.reportPath, output: output)
    }

    /// PNGs in the reference folder that no checked scene produces (reported, never a failure).
    private func orphanedReferences(names: Set<String>) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: against)) ?? []
        return entries.filter { entry in
            entry.lowercased().hasSuffix(".png") && !entry.hasPrefix(".")
                && !names.contains(PathText.stem(entry))
        }.sorted().map { PathText.join(against, $0) }
    }
}

/// What a check found, and the lines that say it.
package struct CheckOutcome {
    package var results: [SceneCheck]
    package var orphans: [String]
    /// Reports that could not be written, one line each.
    package var reportProblems: [String]
    package var reportPath: String
    package var output: String

    package func count(_ statuses: Set<SceneCheck.Status>) -> Int { results.filter { statuses.contains($0.status) }.count }
    package var passed: Int { count([.passed]) }
    package var failed: Int { count([.failed, .sizeMismatch, .missing]) }
    package var new: Int { count([.new]) }
    package var recorded: Int { count([.recorded]) }
    package var errors: Int { count([.error]) }

    /// One line per scene in the order given, then the orphans, then the summary.
    package var lines: [String] {
        var lines = results.map(line(for:))
        for orphan in orphans {
            lines.append("- \(PathText.lastComponent(orphan)): orphaned reference \(orphan) (no scene of that name)")
        }
        var summary = "check: \(passed) passed, \(failed) failed"
        if new > 0 { summary += ", \(new) new" }
        if recorded > 0 { summary += ", \(recorded) recorded" }
        if errors > 0 { summary += ", \(errors) error\(errors == 1 ? "" : "s")" }
        if !orphans.isEmpty { summary += ", \(orphans.count) orphaned" }
        lines.append(summary)
        return lines
    }

    /// Every scene is one line; an error's full text is in the reports.
    package func line(for r: SceneCheck) -> String {
        switch r.status {
        case .passed: return "✓ \(r.scene)" + (r.message.isEmpty ? "" : " (\(r.message))")
        case .failed, .sizeMismatch:
            let compare = r.artefacts["compare"].map { " → \(PathText.join(output, $0))" } ?? ""
            return "✗ \(r.scene): \(r.message)\(compare)"
        case .missing: return "✗ \(r.scene): \(r.message)"
        case .new: return "+ \(r.scene): \(r.message)"
        case .recorded: return "↻ \(r.scene): \(r.message)"
        case .error: return "! \(r.scene): \(ErrorText.oneLine(r.message))"
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
