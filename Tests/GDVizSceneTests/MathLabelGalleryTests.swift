import Foundation
import XCTest
@testable import GDVizScene

/// The label gallery (Scenes/math-labels.json) and its page (docs/math-labels.md) list the same
/// constructs, each caption is its construct's source, and every construct parses.
final class MathLabelGalleryTests: XCTestCase {
    private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    private func annotations() throws -> [(text: String, caption: Bool)] {
        let data = try Data(contentsOf: root.appendingPathComponent("Scenes/math-labels.json"))
        let scene = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let layers = try XCTUnwrap(scene["layers"] as? [[String: Any]])
        return layers.filter { $0["type"] as? String == "annotation" }.map {
            ($0["text"] as? String ?? "", $0["color"] != nil)
        }
    }

    func testTheDocListsExactlyTheScenesConstructs() throws {
        let constructs = try annotations().filter { !$0.caption }.map(\.text)
        XCTAssertGreaterThan(constructs.count, 30)
        let doc = try String(contentsOf: root.appendingPathComponent("docs/math-labels.md"), encoding: .utf8)
        let listed = doc.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| "), let first = line.dropFirst(2).first, first.isNumber,
                  let open = line.range(of: "` "), let close = line.range(of: " `", options: .backwards) else { return nil }
            return String(line[open.upperBound..<close.lowerBound]).replacingOccurrences(of: "\\|", with: "|")
        }
        XCTAssertEqual(listed, constructs, "run scripts/math-labels-doc.py after changing the gallery scene")
    }

    func testEachCaptionIsItsConstructsSource() throws {
        let items = try annotations()
        XCTAssertEqual(items.count % 2, 0)
        for pair in stride(from: 0, to: items.count, by: 2) {
            let caption = items[pair], construct = items[pair + 1]
            XCTAssertTrue(caption.caption && !construct.caption)
            let lines = try LabelSyntax.parse(caption.text)
            let shown = lines.map { line in
                line.map { segment -> String in
                    if case .text(let text) = segment { return text }
                    return "<math>"
                }.joined()
            }.joined(separator: " ")
            XCTAssertEqual(shown, construct.text)
            XCTAssertNoThrow(try LabelSyntax.parse(construct.text), construct.text)
        }
    }
}
