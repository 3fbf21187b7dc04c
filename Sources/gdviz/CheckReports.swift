import Foundation
import GDVizRender

/// Writes `gdviz check`'s artefacts and reports into the output folder.
struct CheckReportWriter {
    var output: String
    var settings: ComparisonFlags
    var record: RecordMode
    var against: String

    var reportPath: String { (output as NSString).appendingPathComponent("report.html") }

    private func path(_ relative: String) -> String { (output as NSString).appendingPathComponent(relative) }

    /// Per-scene folders: `<scene>/actual.png`, `expected.png` (a copy, so the report survives
    /// re-recording), `diff.png`, `compare.png`. Folders of passing scenes are removed so no
    /// stale artefact from an earlier run remains; nothing else in the output folder is touched.
    func writeArtefacts(_ results: inout [SceneCheck]) throws {
        for k in results.indices {
            let r = results[k]
            let folder = path(r.scene)
            if FileManager.default.fileExists(atPath: folder) { try? FileManager.default.removeItem(atPath: folder) }
            if !r.referencePath.isEmpty {
                results[k].artefacts["reference"] = Self.relativePath(r.referencePath, from: output)
            }
            guard r.status != .passed else { continue }
            var files: [String: [UInt8]] = [:]
            if let actual = r.actualPNG { files["actual"] = actual }
            if let expected = r.referenceBytes { files["expected"] = expected }
            if let comparison = r.comparison, !comparison.passed {
                files["diff"] = try comparison.diffImage().encodePNG()
                files["compare"] = try comparison.sideBySide().encodePNG()
            }
            for (key, bytes) in files {
                let relative = "\(r.scene)/\(key).png"
                try AtomicFile.write(bytes, to: path(relative))
                results[k].artefacts[key] = relative
            }
        }
    }

    func writeReports(_ results: [SceneCheck], orphans: [String]) throws {
        let sorted = results.sorted { ($0.status.rank, -($0.comparison?.diffPixels ?? 0), $0.scene) < ($1.status.rank, -($1.comparison?.diffPixels ?? 0), $1.scene) }
        try AtomicFile.write(Array(try json(sorted, orphans: orphans).utf8), to: path("report.json"))
        try AtomicFile.write(Array(junit(results.sorted { $0.scene < $1.scene }).utf8), to: path("junit.xml"))
        try AtomicFile.write(Array(html(sorted, orphans: orphans).utf8), to: reportPath)
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
        let o = settings.options
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

    // MARK: report.html

    private func html(_ results: [SceneCheck], orphans: [String]) -> String {
        let passed = results.filter { $0.status == .passed }.count
        var page = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>gdviz check</title>
            <style>
            body{font:14px system-ui,sans-serif;margin:24px;color:#222;background:#fafafa}
            .card{background:#fff;border:1px solid #ddd;border-left:6px solid #999;margin:0 0 16px;padding:12px}
            .passed{border-left-color:#2a7}.failed,.size-mismatch,.missing{border-left-color:#d33}
            .error{border-left-color:#a0a}.new,.recorded{border-left-color:#e90}
            h2{font-size:16px;margin:0 0 6px}table{border-collapse:collapse;margin:6px 0}
            td{padding:1px 10px 1px 0}figure{display:inline-block;margin:4px 8px 4px 0;vertical-align:top}
            figcaption{font-size:12px;color:#666}img{max-width:460px;border:1px solid #ccc;background:#fff}
            img:hover{image-rendering:pixelated}code{background:#eee;padding:0 3px}
            </style></head><body>
            <h1>gdviz check</h1>
            <p>\(passed) of \(results.count) scenes passed. Settings: \(Self.escape(settings.summary)); \
            record <code>\(record.rawValue)</code>; references in <code>\(Self.escape(against))</code>.
            Diff colours: <b style="color:#d00">red</b> ink added, <b style="color:#05f">blue</b> ink removed,
            <b style="color:#cc0">yellow</b> tolerated, magenta boxes around changes.</p>

            """
        for r in results {
            page += "<div class=\"card \(r.status.rawValue)\"><h2>\(Self.escape(r.scene)) — \(r.status.rawValue)</h2>\n"
            if !r.message.isEmpty { page += "<p>\(Self.escape(r.message))</p>\n" }
            if let c = r.comparison {
                page += "<table>"
                let rows: [(String, String)] = [
                    ("size", "reference \(c.expected.width)×\(c.expected.height), render \(c.actual.width)×\(c.actual.height)"),
                    ("changed pixels", "\(c.changedPixels)"), ("diff pixels", "\(c.diffPixels) (\(MetricsText.percent(c.ratio)))"),
                    ("aa pixels", "\(c.aaPixels)"), ("max channel Δ", "\(c.maxChannelDelta)"),
                    ("RMS", String(format: "%.4f", c.rms)),
                    ("clusters", c.clusters.prefix(10).map(\.description).joined(separator: "; ")),
                ]
                for (k, v) in rows { page += "<tr><td>\(k)</td><td>\(Self.escape(v))</td></tr>" }
                page += "</table>\n"
            }
            for key in ["expected", "actual", "diff", "compare"] {
                guard let relative = r.artefacts[key] else { continue }
                page += "<figure><a href=\"\(Self.url(relative))\"><img src=\"\(Self.url(relative))\" alt=\"\(key)\"></a>"
                page += "<figcaption>\(key)</figcaption></figure>\n"
            }
            if r.status == .passed, let reference = r.artefacts["reference"] {
                page += "<figure><img src=\"\(Self.url(reference))\" alt=\"reference\" loading=\"lazy\"><figcaption>reference</figcaption></figure>\n"
            }
            page += "</div>\n"
        }
        if !orphans.isEmpty {
            page += "<div class=\"card\"><h2>Orphaned references</h2><p>No scene produces these files:</p><ul>"
            for orphan in orphans { page += "<li><code>\(Self.escape(orphan))</code></li>" }
            page += "</ul></div>\n"
        }
        return page + "</body></html>\n"
    }

    // MARK: helpers

    static func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// A relative path as a URL: each component percent-encoded (spaces, `#`, `?`).
    static func url(_ relative: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return relative.split(separator: "/", omittingEmptySubsequences: false).map {
            $0 == ".." ? ".." : String($0).addingPercentEncoding(withAllowedCharacters: allowed) ?? String($0)
        }.joined(separator: "/")
    }

    /// `target` relative to the folder `base` (both may be relative to the working directory).
    static func relativePath(_ target: String, from base: String) -> String {
        let t = URL(fileURLWithPath: target).standardizedFileURL.pathComponents
        let b = URL(fileURLWithPath: base).standardizedFileURL.pathComponents
        var common = 0
        while common < t.count, common < b.count, t[common] == b[common] { common += 1 }
        let parts = Array(repeating: "..", count: b.count - common) + t[common...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}
