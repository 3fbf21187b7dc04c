import ArgumentParser
import Foundation
import GDVizCheck
import GDVizRender

extension ComparisonMode: ExpressibleByArgument {}

/// The comparison options shared by `gdviz diff` and `gdviz check`.
struct ComparisonFlags: ParsableArguments {
    @Option(help: "exact: any changed pixel fails (default). tolerant: pixelmatch YIQ threshold, anti-aliasing excluded, then the gates below.")
    var mode: ComparisonMode = .exact

    @Option(help: "Tolerant mode: per-pixel YIQ threshold in [0, 1]; a pixel differs iff Δ > 35215·T² (default 0.05).")
    var threshold: Double?

    @Option(name: .customLong("max-diff-pixels"), help: "Tolerant mode: fail when more pixels than this differ (default 0; unlimited if only --max-diff-ratio is given).")
    var maxDiffPixels: Int?

    @Option(name: .customLong("max-diff-ratio"), help: "Tolerant mode: fail when the differing fraction of pixels is above this ratio in [0, 1] (default 0; unlimited if only --max-diff-pixels is given).")
    var maxDiffRatio: Double?

    /// With neither gate given both are 0 (any differing pixel fails); with one given, the
    /// other is unlimited, so `--max-diff-ratio 0.001` alone means what it says.
    var options: ComparisonOptions {
        let pixels = maxDiffPixels ?? (maxDiffRatio == nil ? 0 : Int.max)
        let ratio = maxDiffRatio ?? (maxDiffPixels == nil ? 0 : 1)
        return ComparisonOptions(mode: mode, threshold: threshold ?? ComparisonOptions.defaultThreshold,
                                 maxDiffPixels: pixels, maxDiffRatio: ratio)
    }

    func validate() throws {
        if mode == .exact {
            let given = [("--threshold", threshold != nil), ("--max-diff-pixels", maxDiffPixels != nil),
                         ("--max-diff-ratio", maxDiffRatio != nil)].filter(\.1).map(\.0)
            if !given.isEmpty {
                throw ValidationError("\(given.joined(separator: ", ")) only apply with --mode tolerant")
            }
        }
        if let problem = options.problem { throw ValidationError(problem) }
    }

    /// `mode exact` or `mode tolerant, threshold 0.05, …`.
    var summary: String { MetricsText.settings(options) }
}
