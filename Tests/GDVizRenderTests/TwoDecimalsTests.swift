import Foundation
import GDVizTestSupport
import XCTest
@testable import GDVizRender

/// The SVG text layer's numbers are printf's `%.2f` bytes, without Foundation's formatter.
final class TwoDecimalsTests: XCTestCase {
    private func printf(_ v: Double) -> String { String(format: "%.2f", v) }

    func testTiesAndSignsAsPrintf() {
        // Exact halves go to even; values just off a half (2.675 is 2.67499999…) follow the binary value.
        let cases: [Double] = [0, -0.0, 0.125, 0.375, 0.005, 0.015, 0.025, 2.675, 1.005, -0.125, -0.004, -0.005,
                               0.995, 9.995, 99.995, 1e-300, -1e-300, 5e-324, 123456.785, 1234.5, 0.1, 0.7, 1e12 + 0.125]
        for v in cases { XCTAssertEqual(TwoDecimals.format(v), printf(v), "\(v)") }
    }

    func testSameBytesAsPrintfOnRandomValues() {
        var random = SeededGenerator(seed: 29)
        for i in 0..<200_000 {
            let bits = random.next()
            let v: Double
            switch i % 4 {
            case 0: v = Double(Int64(bitPattern: bits) % 100_000_000) / 1000  // 3 decimals: ties at .xx5
            case 1: v = Double(Int64(bitPattern: bits) % 1_000_000_000) / 8  // binary halves and quarters
            case 2: v = (Double(bits >> 11) / 0x1p53 - 0.5) * 2000  // coordinates
            default: v = Double(bitPattern: bits)  // any double (huge ones are left to the caller)
            }
            guard let fast = TwoDecimals.format(v) else {
                XCTAssertTrue(!v.isFinite || v.magnitude >= TwoDecimals.limit, "\(v)")
                continue
            }
            XCTAssertEqual(fast, printf(v), "\(v.bitPattern)")
        }
    }

    func testTheTextLayerTrimsAsBefore() {
        XCTAssertEqual(SVGTextLayer.number(12.5), "12.5")
        XCTAssertEqual(SVGTextLayer.number(-0.001), "0")
        XCTAssertEqual(SVGTextLayer.number(3), "3")
        XCTAssertEqual(SVGTextLayer.number(1e20), "100000000000000000000")
        XCTAssertEqual(SVGTextLayer.number(.nan), "0")
    }
}
