#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tick positions at "nice" steps (1, 2 or 5 times a power of ten), as pgfplots and matplotlib pick them.
package struct Ticks: Sendable, Equatable {
    package var step: Double
    package var values: [Double]
    /// Digits after the decimal point that every label needs.
    package var decimals: Int
    /// Labels that replace the numeric ones (powers of ten on a log axis).
    package var customLabels: [String]? = nil

    package init(step: Double, values: [Double], decimals: Int, customLabels: [String]? = nil) {
        self.step = step
        self.values = values
        self.decimals = decimals
        self.customLabels = customLabels
    }

    /// Ticks for a logarithmic axis: powers of ten labelled 10ᵏ (every m-th decade when there are
    /// many); ranges narrower than two decades fall back to linear ticks.
    package static func logarithmic(_ lo: Double, _ hi: Double, target: Int = 6) -> Ticks {
        guard lo > 0, hi > lo, lo.isFinite, hi.isFinite else { return nice(lo, hi, target: target) }
        let first = Int.checked((log10(lo) - 1e-9).rounded(.up)), last = Int.checked((log10(hi) + 1e-9).rounded(.down))
        guard last - first >= 1 else { return nice(lo, hi, target: target) }
        let every = max(1, Int.checked((Double(last - first + 1) / Double(max(1, target))).rounded(.up)))
        let exponents = stride(from: first, through: last, by: every).map { $0 }
        return Ticks(step: Double(every), values: exponents.map { pow(10, Double($0)) }, decimals: 0,
                     customLabels: exponents.map { "$10^{\($0)}$" })
    }

    /// Ticks inside `lo...hi` with about `target` intervals (never fewer than 2 ticks for a non-empty range).
    package static func nice(_ lo: Double, _ hi: Double, target: Int = 6) -> Ticks {
        guard lo.isFinite, hi.isFinite, hi > lo else {
            return Ticks(step: 1, values: lo.isFinite ? [lo] : [], decimals: 0)
        }
        var step = niceStep((hi - lo) / Double(max(1, target)))
        var ticks = evenly(lo, hi, step: step)
        // Rounding the step up can leave a narrow axis with one or two ticks: step down until 3.
        var tries = 0
        while ticks.values.count < 3 && tries < 4 {
            step = niceStep(step / 2.5)  // the next smaller of 1, 2, 5: 5 → 2, 2 → 1, 1 → 0.5
            ticks = evenly(lo, hi, step: step)
            tries += 1
        }
        return ticks
    }

    /// Multiples of `step` inside `lo...hi`.
    static func evenly(_ lo: Double, _ hi: Double, step: Double) -> Ticks {
        // Small slack so ticks at the exact ends survive rounding (e.g. hi = 0.3).
        let slack = step * 1e-9
        let first = (lo / step - 1e-9).rounded(.up)
        let last = (hi / step + 1e-9).rounded(.down)
        var values: [Double] = []
        var k = first
        while k <= last {
            let v = k * step
            if v >= lo - slack && v <= hi + slack { values.append(v == 0 ? 0 : v) }
            k += 1
        }
        let decimals = max(0, -Int.checked(floor(log10(step) + 1e-9)))
        return Ticks(step: step, values: values, decimals: decimals)
    }

    /// The smallest of {1, 2, 5}·10^k that is ≥ `raw`.
    package static func niceStep(_ raw: Double) -> Double {
        let exponent = floor(log10(raw))
        let base = pow(10, exponent)
        for m in [1.0, 2.0, 5.0, 10.0] where m * base >= raw * (1 - 1e-9) {
            return m * base
        }
        return 10 * base
    }

    /// Labels with a shared number of decimals, in the C locale, with a true minus sign.
    /// The same ticks with empty labels (an axis shared with a neighbouring panel).
    package var unlabelled: Ticks {
        Ticks(step: step, values: values, decimals: decimals, customLabels: values.map { _ in "" })
    }

    package var labels: [String] { customLabels ?? values.map { Ticks.format($0, decimals: decimals) } }

    /// Formats `value` with exactly `decimals` digits after the point, independent of the
    /// process locale (no decimal commas), using U+2212 for negatives and never "−0".
    package static func format(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "−∞") }
        let scale = pow(10, Double(decimals))
        let scaled = (abs(value) * scale).rounded()
        if scaled >= 1e15 { return formatLarge(value) }
        // Tiny steps (a domain 1e-90 wide) in scientific notation rather than 90 zeros.
        if decimals > 8 { return value == 0 ? "0" : formatLarge(value) }
        var digits = String(Int.checked(scaled))
        if decimals > 0 {
            if digits.count <= decimals {
                digits = String(repeating: "0", count: decimals - digits.count + 1) + digits
            }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        return (value < 0 && scaled != 0 ? "\u{2212}" : "") + digits
    }

    private static func formatLarge(_ value: Double) -> String {
        let exponent = Int.checked(floor(log10(abs(value))))
        let mantissa = value / pow(10, Double(exponent))
        return format(mantissa, decimals: 2) + "e" + String(exponent)
    }
}
