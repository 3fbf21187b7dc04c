/// How two images are judged equal.
///
/// Raw values are the spellings used on the command line.
package enum ComparisonMode: String, CaseIterable, Sendable, Codable {
    /// Any differing canonical (premultiplied RGBA) pixel fails. The default: gdviz renders are
    /// deterministic on one platform, so any change is a real change.
    case exact
    /// pixelmatch v7 YIQ distance with anti-aliasing exclusion, then the pixel-count gates.
    case tolerant
}

/// The knobs of an ``ImageComparison``, named by effect and unit.
package struct ComparisonOptions: Sendable, Equatable, Codable {
    package var mode: ComparisonMode
    /// Per-pixel YIQ threshold in [0, 1]: a pixel differs iff Δ > 35215·t². The default 0.05
    /// still catches a #EDEDED grid line on white; pixelmatch's own default 0.1 does not.
    package var threshold: Double
    /// Tolerant mode fails iff more than this many pixels differ (beyond threshold, not AA).
    package var maxDiffPixels: Int
    /// Tolerant mode fails iff diff_pixels / (W·H) is above this ratio in [0, 1].
    package var maxDiffRatio: Double
    /// Exclude pixels the Vyšniauskas detector classifies as anti-aliasing (tolerant mode).
    package var ignoreAntialiasing: Bool

    package static let defaultThreshold = 0.05

    package init(mode: ComparisonMode = .exact, threshold: Double = ComparisonOptions.defaultThreshold,
                maxDiffPixels: Int = 0, maxDiffRatio: Double = 0, ignoreAntialiasing: Bool = true) {
        self.mode = mode
        self.threshold = threshold
        self.maxDiffPixels = maxDiffPixels
        self.maxDiffRatio = maxDiffRatio
        self.ignoreAntialiasing = ignoreAntialiasing
    }

    /// The largest YIQ Δ that still counts as equal: `35215·t²` (35215 is red vs cyan, the
    /// maximum of the metric).
    package var maxDelta: Double { 35215 * threshold * threshold }

    /// `nil` when every value is in range, else the reason (for usage errors).
    package var problem: String? {
        if !(threshold.isFinite && threshold >= 0 && threshold <= 1) {
            return "the threshold must be a number in [0, 1], got \(threshold)"
        }
        if maxDiffPixels < 0 { return "max diff pixels must be ≥ 0, got \(maxDiffPixels)" }
        if !(maxDiffRatio.isFinite && maxDiffRatio >= 0 && maxDiffRatio <= 1) {
            return "max diff ratio must be a number in [0, 1], got \(maxDiffRatio)"
        }
        return nil
    }
}
