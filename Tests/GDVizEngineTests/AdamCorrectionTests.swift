#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import XCTest
@testable import GDVizEngine

/// Adam's bias corrections stop calling pow once β^k is too small to matter; every correction
/// must still have exactly the bits of 1 − pow(β, k).
final class AdamCorrectionTests: XCTestCase {
    func testCorrectionsHaveTheBitsOfOneMinusPow() {
        for beta in [0.9, 0.999, 0.5, 0.99, 0.0, -0.7, 1.0, 0.99999] {
            var settled = false
            var firstSettled: Int?
            for k in 1...120_000 {
                let fast = Adam.correction(beta, k, settled: &settled)
                let exact = 1 - pow(beta, Double(k))
                XCTAssertEqual(fast.bitPattern, exact.bitPattern, "β = \(beta), k = \(k)")
                if fast.bitPattern != exact.bitPattern { return }
                if settled, firstSettled == nil { firstSettled = k }
            }
            // The shortcut does take over where β^k is negligible (β = 0.999 after about 38 000 steps).
            if abs(beta) < 0.9995 { XCTAssertNotNil(firstSettled, "β = \(beta)") }
            if beta == 1.0 || beta == 0.99999 { XCTAssertNil(firstSettled, "β = \(beta)") }
        }
    }
}
