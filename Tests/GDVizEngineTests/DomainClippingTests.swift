import GDVizTestSupport
import XCTest
@testable import GDVizEngine

/// `Domain.exitPoint` replaced a second clipping routine in the tracing of degenerate critical
/// curves, which only looked at the edges the outer end lies beyond. The two must agree to the bit:
/// for an edge the outer end does not pass, the ratio (edge − p)/d is at least (q − p)/d = 1 after
/// rounding too (subtraction and division round monotonically), so it never lowers t below 1.
final class DomainClippingTests: XCTestCase {
    /// The routine `StationaryPoints+Degenerate` used before, kept here as the reference.
    private func formerClip(_ domain: Domain, from p: Point2, to q: Point2) -> Point2 {
        var t = 1.0
        let d = q - p
        if d.x > 0, q.x > domain.xMax { t = Swift.min(t, (domain.xMax - p.x) / d.x) }
        if d.x < 0, q.x < domain.xMin { t = Swift.min(t, (domain.xMin - p.x) / d.x) }
        if d.y > 0, q.y > domain.yMax { t = Swift.min(t, (domain.yMax - p.y) / d.y) }
        if d.y < 0, q.y < domain.yMin { t = Swift.min(t, (domain.yMin - p.y) / d.y) }
        return p + Swift.max(0, t) * d
    }

    private func assertSameBits(_ a: Point2, _ b: Point2, _ message: String, line: UInt = #line) {
        XCTAssertEqual(a.x.bitPattern, b.x.bitPattern, message, line: line)
        XCTAssertEqual(a.y.bitPattern, b.y.bitPattern, message, line: line)
    }

    func testExitPointEqualsTheFormerClipBitForBit() {
        var random = SeededGenerator(seed: 8)
        let domains = [Domain(xMin: -4, xMax: 4, yMin: -2, yMax: 2),
                       Domain(xMin: 0.1, xMax: 0.30000000000000004, yMin: -1e-9, yMax: 3e-9),
                       Domain(xMin: -1e6, xMax: 1e6, yMin: -1e6, yMax: 1e6)]
        for domain in domains {
            let w = domain.xMax - domain.xMin, h = domain.yMax - domain.yMin
            for _ in 0..<20_000 {
                // p inside (sometimes on an edge), q anywhere within three widths.
                var p = Point2(random.uniform(domain.xMin, domain.xMax), random.uniform(domain.yMin, domain.yMax))
                switch random.next() % 6 {
                case 0: p.x = domain.xMax
                case 1: p.y = domain.yMin
                default: break
                }
                var q = Point2(random.uniform(domain.xMin - 3 * w, domain.xMax + 3 * w),
                               random.uniform(domain.yMin - 3 * h, domain.yMax + 3 * h))
                switch random.next() % 8 {
                case 0: q.x = domain.xMax             // ends exactly on an edge
                case 1: q.y = domain.yMin
                case 2: q.x = p.x                     // vertical step
                case 3: q.x = domain.xMax.nextUp      // just outside
                default: break
                }
                assertSameBits(domain.exitPoint(from: p, to: q), formerClip(domain, from: p, to: q), "\(domain) \(p) → \(q)")
            }
        }
    }

    func testNonFiniteStepsAgreeToo() {
        let domain = Domain(xMin: -1, xMax: 1, yMin: -1, yMax: 1)
        for q in [Point2(.infinity, 0), Point2(0, -.infinity), Point2(.nan, 0.5), Point2(2, .nan), Point2(1e308, -1e308)] {
            let a = domain.exitPoint(from: Point2(0.25, -0.5), to: q)
            let b = formerClip(domain, from: Point2(0.25, -0.5), to: q)
            XCTAssertTrue(a.x.bitPattern == b.x.bitPattern || (a.x.isNaN && b.x.isNaN), "\(q): \(a) vs \(b)")
            XCTAssertTrue(a.y.bitPattern == b.y.bitPattern || (a.y.isNaN && b.y.isNaN), "\(q): \(a) vs \(b)")
        }
    }
}
