import Foundation
import GDVizRender

/// The readable metric lines shared by `diff` and `check`.
package enum MetricsText {
    package static func size(_ image: RasterImage) -> String { "\(image.width)×\(image.height)" }

    package static func percent(_ ratio: Double) -> String {
        String(format: "%.4f %%", ratio * 100)
    }

    package static func block(_ r: ImageComparison, expected: String, actual: String, settings: String) -> [String] {
        var lines = [
            "expected:         \(expected) (\(size(r.expected)))",
            "actual:           \(actual) (\(size(r.actual)))",
            "settings:         \(settings)",
            "status:           \(r.status.rawValue)",
        ]
        if !r.sizesMatch {
            lines.append("                  sizes differ; metrics below cover the overlapping top-left "
                + "\(min(r.expected.width, r.actual.width))×\(min(r.expected.height, r.actual.height)) pixels")
        }
        lines += [
            "changed pixels:   \(r.changedPixels) (any byte differs)",
            "diff pixels:      \(r.diffPixels) (\(percent(r.ratio))), YIQ Δ > 35215·\(r.options.threshold)², anti-aliasing excluded",
            "aa pixels:        \(r.aaPixels)",
            "max channel Δ:    \(r.maxChannelDelta)",
            String(format: "RMS:              %.4f", r.rms),
        ]
        let boxes = r.clusters.prefix(8).map(\.description).joined(separator: "; ")
        let more = r.clusters.count > 8 ? "; … \(r.clusters.count - 8) more" : ""
        lines.append("clusters:         \(r.clusters.count)\(r.clusters.isEmpty ? "" : ": " + boxes + more)")
        return lines
    }

    /// One-line reason for a failed comparison.
    package static func verdict(_ r: ImageComparison) -> String {
        if !r.sizesMatch {
            return "size mismatch: expected \(size(r.expected)), actual \(size(r.actual))"
        }
        var text = "\(r.changedPixels) pixels changed (diff \(r.diffPixels), aa \(r.aaPixels)), "
            + "max Δ \(r.maxChannelDelta), RMS \(String(format: "%.3f", r.rms))"
        if let first = r.clusters.first {
            text += ", at \(first.description)\(r.clusters.count > 1 ? " +\(r.clusters.count - 1) more" : "")"
        }
        return text
    }

    /// `mode exact` or `mode tolerant, threshold 0.05, max diff pixels 0, max diff ratio 0`.
    package static func settings(_ o: ComparisonOptions) -> String {
        guard o.mode == .tolerant else { return "mode exact" }
        let pixels = o.maxDiffPixels == Int.max ? "unlimited" : "\(o.maxDiffPixels)"
        return "mode tolerant, threshold \(o.threshold), max diff pixels \(pixels), "
            + "max diff ratio \(o.maxDiffRatio), anti-aliasing excluded"
    }
}
