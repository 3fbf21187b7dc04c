import XCTest
@testable import GDVizRender

final class TicksTests: XCTestCase {
    func testNiceStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        for raw in [0.0013, 0.07, 0.3, 0.9, 1.0, 1.7, 4.2, 7.5, 13, 260, 9_999] {
            let step = Ticks.niceStep(raw)
            XCTAssertGreaterThanOrEqual(step, raw * (1 - 1e-9))
            let mantissa = step / pow(10, floor(log10(step) + 1e-12))
            XCTAssertTrue([1, 2, 5, 10].contains { abs(mantissa - $0) < 1e-9 }, "\(raw) → \(step)")
            XCTAssertLessThan(step, raw * 2.5 + 1e-12, "step \(step) too coarse for \(raw)")
        }
    }

    func testTicksForManyRanges() {
        let cases: [(Double, Double, Int, [Double])] = [
            (-4, 4, 4, [-4, -2, 0, 2, 4]),
            (-2, 2, 4, [-2, -1, 0, 1, 2]),
            (0, 1, 5, [0, 0.2, 0.4, 0.6, 0.8, 1]),
            (0.1, 0.35, 5, [0.1, 0.15, 0.2, 0.25, 0.3, 0.35]),
            (-1.3, 2.7, 4, [-1, 0, 1, 2]),
            (1000, 5000, 4, [1000, 2000, 3000, 4000, 5000]),
            (-5e-4, 5e-4, 4, [-5e-4, 0, 5e-4]),
        ]
        for (lo, hi, target, expected) in cases {
            let ticks = Ticks.nice(lo, hi, target: target)
            XCTAssertEqual(ticks.values.count, expected.count, "\(lo)...\(hi): \(ticks.values)")
            for (a, b) in zip(ticks.values, expected) {
                XCTAssertEqual(a, b, accuracy: 1e-12 * max(1, abs(b)), "\(lo)...\(hi)")
            }
            XCTAssertTrue(ticks.values.allSatisfy { $0 >= lo - 1e-12 && $0 <= hi + 1e-12 })
        }
    }

    func testLabelsShareDecimalsUseTrueMinusAndNeverNegativeZero() {
        XCTAssertEqual(Ticks.nice(-1, 1, target: 4).labels, ["−1.0", "−0.5", "0.0", "0.5", "1.0"])
        XCTAssertEqual(Ticks.nice(0.1, 0.35, target: 5).labels, ["0.10", "0.15", "0.20", "0.25", "0.30", "0.35"])
        XCTAssertEqual(Ticks.format(-0.0001, decimals: 2), "0.00")
        XCTAssertEqual(Ticks.format(-2.5, decimals: 1), "−2.5")
        XCTAssertEqual(Ticks.format(0.3, decimals: 1), "0.3")
        XCTAssertEqual(Ticks.format(1234, decimals: 0), "1234")
    }

    func testDegenerateRangesDoNotCrash() {
        XCTAssertEqual(Ticks.nice(1, 1).values, [1])
        XCTAssertEqual(Ticks.nice(.nan, 1).values, [])
        XCTAssertEqual(Ticks.nice(2, 1).values, [2])
    }
}

final class NarrowAxisTicksTests: XCTestCase {
    /// A narrow panel asks for few ticks; rounding the step up must not leave a single tick.
    func testNarrowAxesGetAtLeastThreeTicks() {
        XCTAssertEqual(Ticks.nice(-4, 4, target: 3).values, [-4, -2, 0, 2, 4])
        for (lo, hi) in [(-4.0, 4.0), (0.0, 1.0), (-2.0, 2.0), (3.0, 7.0), (-0.3, 0.3)] {
            for target in 1...4 {
                XCTAssertGreaterThanOrEqual(Ticks.nice(lo, hi, target: target).values.count, 3, "\(lo)...\(hi) target \(target)")
            }
        }
    }

    func testLogarithmicTicksArePowersOfTen() {
        let ticks = Ticks.logarithmic(1e-6, 1e3, target: 4)
        XCTAssertEqual(ticks.values.first, 1e-6)
        XCTAssertEqual(ticks.labels.first, "$10^{-6}$")
        XCTAssertTrue(ticks.values.allSatisfy { abs(log10($0) - log10($0).rounded()) < 1e-12 })
        XCTAssertLessThanOrEqual(ticks.values.count, 5)
        XCTAssertEqual(Ticks.logarithmic(2, 5, target: 4).customLabels, nil, "under a decade falls back to linear")
    }
}
