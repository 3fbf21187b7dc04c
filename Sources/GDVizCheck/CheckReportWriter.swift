import Foundation
import GDVizRender
import GDVizScene

/// Writes `gdviz check`'s artefacts and reports into the output folder.
package struct CheckReportWriter {
    package var output: String
    package var options: ComparisonOptions
    package var record: RecordMode
    package var against: String

    package init(output: String, options: ComparisonOptions, record: RecordMode, against: String) {
        self.output = output
        self.options = options
        self.record = record
        self.against = against
    }

    package var reportPath: String { PathText.join(output, "report.html") }

    private func path(_ relative: String) -> String { PathText.join(output, relative) }

    /// Per-scene folders: `<scene>/actual.png`, `expected.png` (a copy, so the report survives
    /// re-recording), `diff.png`, `compare.png`. Folders of passing scenes are removed so no
    /// stale artefact from an earlier run remains; nothing else in the output folder is touched.
    /// A scene whose artefacts cannot be written becomes an error of its own; the others go on.
    package func writeArtefacts(_ results: inout [SceneCheck]) {
        for k in results.indices {
            do {
                try writeArtefacts(&results[k])
            } catch {
                results[k].status = .error
                results[k].message = "cannot write its artefacts: " + ErrorText.lines(error).joined(separator: "; ")
            }
        }
    }

    private func writeArtefacts(_ r: inout SceneCheck) throws {
        let folder = Self.artefactFolder(r.scene)
        let folderPath = path(folder)
        // lstat, not fileExists: a symlink named like a scene is removed, never followed.
        var info = stat()
        if lstat(folderPath, &info) == 0 { try? FileManager.default.removeItem(atPath: folderPath) }
        if !r.referencePath.isEmpty {
            r.artefacts["reference"] = Self.relativePath(r.referencePath, from: output)
        }
        guard r.status != .passed else { return }
        var files: [String: [UInt8]] = [:]
        if let actual = r.actualPNG { files["actual"] = actual }
        if let expected = r.referenceBytes { files["expected"] = expected }
        if let comparison = r.comparison, !comparison.passed {
            files["diff"] = try comparison.diffImage().encodePNG()
            files["compare"] = try comparison.sideBySide().encodePNG()
        }
        for (key, bytes) in files.sorted(by: { $0.key < $1.key }) {
            let relative = "\(folder)/\(key).png"
            try AtomicFile.write(bytes, to: path(relative))
            r.artefacts[key] = relative
        }
    }

    /// The report files this writer owns in the output folder.
    package static let reportFiles: Set<String> = ["report.json", "report.html", "junit.xml"]

    /// A scene's artefact folder: its name, unless that name would be the output folder itself,
    /// its parent, a hidden name or one of the reports (a scene file `report.html.json`).
    package static func artefactFolder(_ scene: String) -> String {
        let unsafe = scene.isEmpty || scene.hasPrefix(".") || scene.contains("/") || reportFiles.contains(scene)
        return unsafe ? "scene-" + scene.replacingOccurrences(of: "/", with: "_") : scene
    }

    /// Writes report.json, junit.xml and report.html; each is attempted even when another
    /// fails. Returns the problems, one line each.
    package func writeReports(_ results: [SceneCheck], orphans: [String]) -> [String] {
        let sorted = results.sorted { ($0.status.rank, -($0.comparison?.diffPixels ?? 0), $0.scene) < ($1.status.rank, -($1.comparison?.diffPixels ?? 0), $1.scene) }
        let reports: [(String, () throws -> String)] = [
            ("report.json", { try json(sorted, orphans: orphans) }),
            ("junit.xml", { junit(results.sorted { $0.scene < $1.scene }) }),
            ("report.html", { html(sorted, orphans: orphans) }),
        ]
        var problems: [String] = []
        for (name, text) in reports {
            do {
                try AtomicFile.write(Array(try text().utf8), to: path(name))
            } catch {
                problems += ErrorText.lines(error)
            }
        }
        return problems
    }
    // MARK: report.json

    private struct JSONReport: Encodable {
        struct Summary: Encodable { var passed = 0, failed = 0, new = 0, recorded = 0, errors = 0, orphaned = 0 }
        struct Settings: Encodable {
            var mode: String, threshold: Double, maxDiffPixels: Int, maxDiffRatio: Double
            var ignoreAntialiasing: Bool, record: String, against: String
        }
        struct Entry: Encodable {
            var scene: String, file: String, status: String, message: String
            var width: Int?, height: Int?, referenceWidth: Int?, referenceHeight: Int?
            var changedPixels: Int?, diffPixels: Int?, aaPixels: Int?, ratio: Double?
            var maxChannelDelta: Int?, rms: Double?
            var bboxes: [PixelBox]
            var paths: [String: String]
        }
        var summary: Summary
        var settings: Settings
        var scenes: [Entry]
        var orphaned: [String]
    }

    private func json(_ results: [SceneCheck], orphans: [String]) throws -> String {
        var summary = JSONReport.Summary()
        for r in results {
            switch r.status {
            case .passed: summary.passed += 1
            case .failed, .sizeMismatch, .missing: summary.failed += 1
            case .new: summary.new += 1
            case .recorded: summary.recorded += 1
            case .error: summary.errors += 1
            }
        }
        summary.orphaned = orphans.count
        let o = options
        let entries = results.map { r in
            let c = r.comparison
            return JSONReport.Entry(
                scene: r.scene, file: r.file, status: r.status.rawValue, message: r.message,
                width: r.actualSize?.0, height: r.actualSize?.1,
                referenceWidth: c?.expected.width, referenceHeight: c?.expected.height,
                changedPixels: c?.changedPixels, diffPixels: c?.diffPixels, aaPixels: c?.aaPixels, ratio: c?.ratio,
                maxChannelDelta: c?.maxChannelDelta, rms: c?.rms, bboxes: c?.clusters ?? [], paths: r.artefacts)
        }
        let report = JSONReport(
            summary: summary,
            settings: .init(mode: o.mode.rawValue, threshold: o.threshold, maxDiffPixels: o.maxDiffPixels,
                            maxDiffRatio: o.maxDiffRatio, ignoreAntialiasing: o.ignoreAntialiasing,
                            record: record.rawValue, against: against),
            scenes: entries,
            orphaned: orphans.map { Self.relativePath($0, from: output) })
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
    }

    // MARK: junit.xml

    private func junit(_ results: [SceneCheck]) -> String {
        let failures = results.filter { [.failed, .sizeMismatch, .missing, .new, .recorded].contains($0.status) }.count
        let errors = results.filter { $0.status == .error }.count
        let counts = "tests=\"\(results.count)\" failures=\"\(failures)\" errors=\"\(errors)\""
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"gdviz check\" \(counts)>\n"
        xml += "  <testsuite name=\"gdviz check\" \(counts) skipped=\"0\">\n"
        for r in results {
            xml += "    <testcase classname=\"gdviz.check\" name=\"\(Self.escape(r.scene))\" file=\"\(Self.escape(r.file))\""
            let body = r.artefacts.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "\n")
            let type: String
            switch r.status {
            case .passed: xml += "/>\n"; continue
            case .failed: type = "image-diff"
            case .sizeMismatch: type = "size-mismatch"
            case .missing: type = "missing-reference"
            case .new: type = "new-reference"
            case .recorded: type = "reference-recorded"
            case .error: type = "error"
            }
            let tag = r.status == .error ? "error" : "failure"
            xml += ">\n      <\(tag) type=\"\(type)\" message=\"\(Self.escape(r.message))\">\(Self.escape(body))</\(tag)>\n"
            xml += "    </testcase>\n"
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }
}
