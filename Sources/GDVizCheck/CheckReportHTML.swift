import Foundation
import GDVizRender
import GDVizScene

extension CheckReportWriter {
    // MARK: report.html

    func html(_ results: [SceneCheck], orphans: [String]) -> String {
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
            <p>\(passed) of \(results.count) scenes passed. Settings: \(Self.escape(MetricsText.settings(options))); \
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
