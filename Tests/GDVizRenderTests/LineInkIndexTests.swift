import GDVizEngine
import XCTest
@testable import GDVizRender

/// The run index of ``LineInk`` only skips work: its sums are the bits a plain scan of every
/// segment gives.
final class LineInkIndexTests: XCTestCase {
    /// Every segment with finite ends, in order, as LineInk summed before it had an index.
    private func plainScan(_ rect: DeviceRect, _ lines: [(line: [Point2], weight: Double)]) -> Double {
        var total = 0.0
        for (line, weight) in lines where line.count >= 2 && weight > 0 {
            var length = 0.0
            for i in 0..<(line.count - 1) {
                let a = line[i], b = line[i + 1]
                guard a.isFinite, b.isFinite else { continue }
                // Liang–Barsky written out, independently of LineInk.clippedLength.
                let dx = b.x - a.x, dy = b.y - a.y
                var t0 = 0.0, t1 = 1.0, outside = false
                for (p, q) in [(-dx, a.x - rect.minX), (dx, rect.maxX - a.x), (-dy, a.y - rect.minY), (dy, rect.maxY - a.y)] {
                    if p == 0 { if q < 0 { outside = true } } else if p < 0 { t0 = max(t0, q / p) } else { t1 = min(t1, q / p) }
                }
                if !outside, t1 > t0 { length += (t1 - t0) * (dx * dx + dy * dy).squareRoot() }
            }
            total += weight * length
        }
        return total
    }

    /// Deterministic pseudo-random numbers (a 64-bit LCG), so a failure can be replayed.
    private struct Numbers {
        var state: UInt64
        mutating func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
    }

    func testSumsAreBitIdenticalToAPlainScan() {
        var numbers = Numbers(state: 12345)
        var lines: [(line: [Point2], weight: Double)] = []
        for k in 0..<40 {
            // Random walks of 1…300 points (runs of 32 segments and their remainders), a few gaps.
            var p = Point2(400 * numbers.next(), 300 * numbers.next())
            var line: [Point2] = []
            for i in 0..<(1 + Int(300 * numbers.next())) {
                p = p + Point2(12 * numbers.next() - 6, 12 * numbers.next() - 6)
                line.append(i % 97 == 50 ? Point2(.nan, p.y) : p)
            }
            lines.append((line, [LineInk.foreground, LineInk.flow, LineInk.background, 0, -1][k % 5]))
        }
        lines.append(([Point2(.infinity, 3), Point2(5, 5)], 1))
        lines.append(([], 1))
        let index = LineInk.Index(lines)
        var nonZero = 0
        for _ in 0..<500 {
            let rect = DeviceRect(x: 440 * numbers.next() - 20, y: 330 * numbers.next() - 15,
                                  width: 200 * numbers.next(), height: 120 * numbers.next())
            let expected = plainScan(rect, lines)
            XCTAssertEqual(index.covered(by: rect).bitPattern, expected.bitPattern, "\(rect)")
            XCTAssertEqual(LineInk.covered(by: rect, lines).bitPattern, expected.bitPattern)
            if expected > 0 { nonZero += 1 }
        }
        XCTAssertGreaterThan(nonZero, 200, "most rectangles should cover some ink")
    }

    func testALineOnTheEdgeOfARunIsCounted() {
        // Segment 32 (the first of the second run) alone crosses the rectangle.
        var line = (0...40).map { Point2(Double($0), 0) }
        line[32] = Point2(32, 100)
        line[33] = Point2(33, 100)
        let rect = DeviceRect(x: 30, y: 90, width: 10, height: 20)
        XCTAssertEqual(LineInk.Index([(line, 1)]).covered(by: rect), plainScan(rect, [(line, 1)]))
        XCTAssertGreaterThan(LineInk.Index([(line, 1)]).covered(by: rect), 1)
    }
}
