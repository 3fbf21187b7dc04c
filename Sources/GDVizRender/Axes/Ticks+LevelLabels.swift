#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Ticks {
    /// Labels for increasing contour levels: each with the fewest significant digits that keep
    /// it within 2 % of the gap to its nearest neighbouring level,
    ///
    ///     |shown − value| ≤ 0.02 · min(value − previous, next − value),
    ///
    /// so neighbours always read differently and no label misstates its level by more than a
    /// fiftieth of the spacing. A lone level keeps 0.5 % of its own size. Formatting is
    /// ``format(_:decimals:)``: no exponent below 10¹⁵, a true minus sign, no locale; trailing
    /// zeros are dropped. Examples: [0.5, 1, 2.5, 1000] → ["0.5", "1", "2.5", "1000"];
    /// [68.46, 136.92] → ["68", "137"]; [−6.1593, −6.1105] → ["−6.16", "−6.11"].
    package static func levelLabels(_ levels: [Double]) -> [String] {
        levels.indices.map { k in
            let value = levels[k]
            let gaps = [k > 0 ? value - levels[k - 1] : nil, k + 1 < levels.count ? levels[k + 1] - value : nil]
                .compactMap { $0 }.map(abs).filter { $0 > 0 && $0.isFinite }
            let tolerance = gaps.min().map { 0.02 * $0 } ?? 0.005 * abs(value)
            return levelLabel(value, tolerance: tolerance)
        }
    }

    /// `value` with the fewest significant digits (at most 15) that round it within `tolerance`.
    static func levelLabel(_ value: Double, tolerance: Double) -> String {
        guard value.isFinite, value != 0 else { return format(value, decimals: 0) }
        let magnitude = Int.checked(floor(log10(abs(value))))
        for digits in 1...15 {
            let decimals = digits - 1 - magnitude
            let rounded: Double
            if decimals >= 0 {
                let scale = pow(10, Double(decimals))
                rounded = (value * scale).rounded() / scale
            } else {
                let scale = pow(10, Double(-decimals))
                rounded = (value / scale).rounded() * scale
            }
            if abs(rounded - value) <= tolerance || digits == 15 {
                return trimmed(format(rounded, decimals: min(max(decimals, 0), 15)))
            }
        }
        return format(value, decimals: 0)
    }

    /// Drops trailing zeros after a decimal point, and the point itself when nothing follows.
    private static func trimmed(_ text: String) -> String {
        guard text.contains("."), !text.contains("e") else { return text }
        var text = text
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "\u{2212}0" ? "0" : text
    }
}
