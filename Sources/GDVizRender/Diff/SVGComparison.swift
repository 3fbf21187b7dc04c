import Foundation

/// Canonical text comparison of two SVG files (no rasterizing).
///
/// Both files go through the id canonicalization gdviz applies when it writes SVG
/// (`SVGCanonicalizer`), then line endings are normalised to `\n`, each line is trimmed and
/// blank lines are dropped. Equal canonical text is a pass; otherwise the first differing
/// lines are reported. A purely structural change that renders the same still fails.
package struct SVGComparison: Sendable {
    /// 1-based line numbers (of the canonical text) and the two versions of the first few
    /// differing lines.
    package struct LineDifference: Sendable, Equatable {
        package var line: Int
        package var expected: String?
        package var actual: String?
    }

    package let expectedLines: Int
    package let actualLines: Int
    package let differingLines: Int
    package let firstDifferences: [LineDifference]

    package var identical: Bool { differingLines == 0 }

    /// Throws when either input is not UTF-8 text containing an `<svg` element.
    package init(expected: [UInt8], actual: [UInt8], maxReported: Int = 5) throws(SVGComparisonError) {
        let a = try Self.canonicalLines(expected, name: "expected")
        let b = try Self.canonicalLines(actual, name: "actual")
        expectedLines = a.count
        actualLines = b.count
        var differences: [LineDifference] = []
        var count = 0
        for k in 0..<max(a.count, b.count) {
            let x = k < a.count ? a[k] : nil, y = k < b.count ? b[k] : nil
            if x != y {
                count += 1
                if differences.count < maxReported { differences.append(LineDifference(line: k + 1, expected: x, actual: y)) }
            }
        }
        differingLines = count
        firstDifferences = differences
    }

    static func canonicalLines(_ bytes: [UInt8], name: String) throws(SVGComparisonError) -> [String] {
        guard !bytes.isEmpty else { throw SVGComparisonError(reason: "\(name) SVG is empty") }
        guard let text = String(validating: SVGCanonicalizer.canonicalize(bytes), as: UTF8.self) else {
            throw SVGComparisonError(reason: "\(name) SVG is not UTF-8 text")
        }
        guard text.contains("<svg") else { throw SVGComparisonError(reason: "\(name) file has no <svg> element") }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}

/// An SVG that could not be compared (empty, not text, not SVG).
package struct SVGComparisonError: Error, Equatable, CustomStringConvertible {
    package var reason: String
    package var description: String { reason }
}
