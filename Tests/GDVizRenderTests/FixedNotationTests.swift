import CFixedNotation
import GDVizTestSupport
import XCTest

#if canImport(Glibc)
import Glibc
#endif

/// The fixed-notation formatter and the snprintf fast path in front of cairo's SVG and PDF
/// writers give exactly the C library's bytes (glibc's vsnprintf is the reference).
final class FixedNotationTests: XCTestCase {
    /// The characters before the NUL.
    private func text(_ buffer: [CChar]) -> String {
        String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private func libc(_ format: String, _ precision: Int32, _ value: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 512)
        let arguments: [CVarArg] = format.contains("*") ? [precision, value] : [value]
        _ = withVaList(arguments) { vsnprintf(&buffer, buffer.count, format, $0) }
        return text(buffer)
    }

    private func fast(_ value: Double, _ precision: Int32) -> String? {
        var buffer = [CChar](repeating: 0, count: 64)
        let length = gdviz_format_fixed(&buffer, value, precision)
        guard length >= 0 else { return nil }
        return String(decoding: buffer[..<Int(length)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private func probe(_ format: String, _ precision: Int32, _ value: Double, capacity: Int = 512) -> (String, Int32) {
        var buffer = [CChar](repeating: 0, count: max(capacity, 1))
        let length = gdviz_snprintf_probe(&buffer, capacity, format, precision, value)
        return (text(buffer), length)
    }

    func testTiesRoundToEvenAndSignsAreKept() {
        let cases: [(Double, Int32, String)] = [
            (0.5, 0, "0"), (1.5, 0, "2"), (2.5, 0, "2"), (0.125, 2, "0.12"), (0.375, 2, "0.38"),
            (-0.0, 6, "-0.000000"), (-1e-9, 6, "-0.000000"), (0, 18, "0.000000000000000000"),
            (123.456, 6, "123.456000"), (-75.796875, 6, "-75.796875"), (0.1, 18, "0.100000000000000006"),
            (.leastNonzeroMagnitude, 18, "0.000000000000000000"), (9.2e18, 0, "9200000000000000000"),
        ]
        for (value, precision, expected) in cases {
            XCTAssertEqual(fast(value, precision), expected, "\(value) %.\(precision)f")
            XCTAssertEqual(libc("%.*f", precision, value), expected, "the C library agrees on \(value)")
        }
    }

    func testLeavesToTheCLibraryWhatItDoesNotCover() {
        XCTAssertNil(fast(.nan, 6))
        XCTAssertNil(fast(-.infinity, 6))
        XCTAssertNil(fast(1e19, 6))
        XCTAssertNil(fast(1, 19))
        XCTAssertNil(fast(1, -1))
    }

    /// Random bit patterns, scaled integers of every magnitude, short decimals (many exact
    /// ties) and coordinates, at every precision 0…18.
    func testSameDigitsAsTheCLibraryOnRandomValues() {
        var random = SeededGenerator(seed: 11)
        var compared = 0
        for k in 0..<120_000 {
            let r = random.next()
            let value: Double
            switch k % 4 {
            case 0: value = Double(bitPattern: r)
            case 1: value = (r & 1 == 0 ? 1 : -1) * Double(r >> 11) * pow(2, Double(Int(random.next() % 120) - 130))
            case 2: value = Double(Int64(r % 2_000_001) - 1_000_000) / pow(10, Double(random.next() % 9))
            default: value = random.uniform(-1000, 1000)
            }
            let precision = Int32(random.next() % 19)
            guard let mine = fast(value, precision) else { continue }
            compared += 1
            XCTAssertEqual(mine, libc("%.*f", precision, value), "\(value) %.\(precision)f")
        }
        XCTAssertGreaterThan(compared, 100_000)
    }

    /// cairo's formats take the fast path; anything else, and truncation, behave as the C library.
    func testSnprintfGivesTheCLibraryBytesForEveryFormat() {
        let values: [Double] = [0, -0.0, 1.5, 0.099999, 1234.5678, -3.25e-7, .nan, .infinity, 1e300, .leastNonzeroMagnitude * 5000]
        let formats = ["%f", "%.18f", "%.*f", "%.3f", "%.0f", "%g", "%e", "x%f", "%5f", "%+f", "%.3F", "%.123f"]
        for value in values {
            for format in formats {
                let (text, length) = probe(format, 12, value)
                let expected = libc(format, 12, value)
                XCTAssertEqual(text, expected, "\(format) \(value)")
                XCTAssertEqual(Int(length), expected.utf8.count, "\(format) \(value): length")
            }
        }
        let (cut, length) = probe("%f", 0, 1234.5678, capacity: 5)
        XCTAssertEqual(cut, "1234")
        XCTAssertEqual(length, 11)
        XCTAssertEqual(probe("%f", 0, 1, capacity: 0).1, 8)
    }
}
