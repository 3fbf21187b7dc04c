import Foundation
import GDVizEngine
import XCTest
@testable import GDVizScene

/// The documented keys and defaults agree with the code: the reference table in docs/scenes.md is
/// the one `gdviz list keys` generates, and every documented default is what the reader uses.
final class KeyDocumentationTests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    func testReferenceTableInTheDocsIsTheGeneratedOne() throws {
        let docs = try String(contentsOf: Self.root.appendingPathComponent("docs/scenes.md"), encoding: .utf8)
        let begin = "<!-- BEGIN generated: gdviz list keys -->", end = "<!-- END generated -->"
        guard let start = docs.range(of: begin), let stop = docs.range(of: end, range: start.upperBound..<docs.endIndex)
        else { return XCTFail("docs/scenes.md has no generated key reference between \(begin) and \(end)") }
        let documented = docs[start.upperBound..<stop.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
        let generated = SceneCatalog.keyReference().joined(separator: "\n")
        XCTAssertEqual(documented, generated,
                       "docs/scenes.md is out of date: replace its key reference with `gdviz list keys` output")
    }

    /// A value for each required key, so the layer or panel reads.
    private func requiredValue(_ key: SettingKey, dimension: Int) -> String {
        switch key.name {
        case "at": return key.type.description.contains("[x, y]") && dimension == 2 ? "[0.5, 0.5]"
            : (dimension == 1 ? "0.5" : "[0.5, 0.5]")
        case "h": return "0.5"
        case "from": return "-1"
        case "to": return "1"
        case "x": return dimension == 1 ? "[0, 1]" : #""cos(t)""#
        case "y": return #""sin(t)""#
        case "t": return "[0, 1]"
        case "g": return #""x + y - 1""#
        case "map": return #"["x + y", "x - y"]"#
        case "orders": return "[1]"
        case "of": return #""gradient""#
        case "text": return #""note""#
        default: return "null"
        }
    }

    /// Reading an object with only its required keys gives the same scene as reading it with every
    /// documented default written out.
    func testDocumentedDefaultsAreTheReadersDefaults() throws {
        // "center" is documented with its default but only allowed with the diverging map.
        let excluded: Set<String> = ["filled_contours.center"]
        let kinds: [(String, ClosedRange<Int>, [SettingKey], String)] =
            LayerTable.kinds.map { ($0.name, $0.dimensions, $0.keys, "layers") }
            + PanelTable.kinds.map { ($0.name, $0.dimensions, $0.keys, "panels") }
        for (name, dimensions, keys, list) in kinds {
            let dimension = dimensions.upperBound
            let required = keys.filter(\.required).map { "\"\($0.name)\": \(requiredValue($0, dimension: dimension))" }
            let defaults = keys.filter { $0.defaultJSON != nil && !excluded.contains("\(name).\($0.name)") }
                .map { "\"\($0.name)\": \($0.defaultJSON!)" }
            func scene(_ members: [String]) -> String {
                let object = "{" + (["\"type\": \"\(name)\""] + members).joined(separator: ", ") + "}"
                // A data panel shows a least-squares data set.
                let frame = name == DataPanelSpec.kind.name
                    ? #""function": {"least_squares": {"x": [0, 1], "y": [1, 2]}}, "domain": {"x": [-2, 2], "y": [-2, 2]}"#
                    : dimension == 1 ? #""function": "x^2", "domain": {"x": [-2, 2]}"#
                    : #""function": "x^2 + y^2", "domain": {"x": [-2, 2], "y": [-2, 2]}"#
                return #"{\#(frame), "runs": [{"label": "A", "start": \#(dimension == 1 ? "[1]" : "[1, 1]")}], "\#(list)": [\#(object)]}"#
            }
            let minimal = parseScene(scene(required)), explicit = parseScene(scene(required + defaults))
            XCTAssertNotNil(minimal, name)
            XCTAssertEqual(minimal, explicit, "\(list): \(name): a documented default differs from the reader's")
        }
    }

    func testDocumentedTopLevelAndRunDefaultsAreTheReadersDefaults() {
        let top = SceneKeys.topLevel.filter { $0.defaultJSON != nil }.map { "\"\($0.name)\": \($0.defaultJSON!)" }
        let size = SceneKeys.size.map { "\"\($0.name)\": \($0.defaultJSON!)" }
        let axes = SceneKeys.axes.filter { $0.defaultJSON != nil }.map { "\"\($0.name)\": \($0.defaultJSON!)" }
        let run = SceneKeys.run.filter { $0.defaultJSON != nil }.map { "\"\($0.name)\": \($0.defaultJSON!)" }
        let frame = #""function": "x^2 + y^2", "domain": {"x": [-2, 2], "y": [-2, 2]}"#
        let minimal = parseScene(#"{\#(frame), "runs": [{"label": "A", "start": [1, 1]}]}"#)
        let explicit = parseScene("{\(frame), " + (top + ["\"size\": {\(size.joined(separator: ", "))}",
                                                          "\"axes\": {\(axes.joined(separator: ", "))}"]).joined(separator: ", ")
                                  + #", "runs": [{"label": "A", "start": [1, 1], \#(run.joined(separator: ", "))}]}"#)
        XCTAssertNotNil(explicit)
        XCTAssertEqual(minimal, explicit)
    }

    /// Every optimizer setting's documented default is the engine's, and `lr` defaults to the table's rate.
    func testDocumentedOptimizerDefaultsAreTheReadersDefaults() {
        let frame = #""function": "x^2 + y^2", "domain": {"x": [-2, 2], "y": [-2, 2]}"#
        for method in OptimizerMethod.allCases where !method.isStochastic {
            let settings = method.entry.settings.map { "\"\($0.name)\": \($0.defaultJSON)" }
            let base = #""label": "A", "start": [1, 1], "optimizer": "\#(method.rawValue)""#
            let minimal = parseScene(#"{\#(frame), "runs": [{\#(base)}]}"#)
            let explicit = parseScene(#"{\#(frame), "runs": [{\#(([base] + settings).joined(separator: ", "))}]}"#)
            XCTAssertEqual(minimal?.runs.first?.learningRate, method.entry.defaultLearningRate, method.rawValue)
            XCTAssertEqual(minimal?.runs.first?.settings.eps ?? method.defaultEps,
                           explicit?.runs.first?.settings.eps ?? method.defaultEps, method.rawValue)
            var a = minimal?.runs.first?.settings, b = explicit?.runs.first?.settings
            a?.eps = nil
            b?.eps = nil
            XCTAssertEqual(a, b, "\(method.rawValue): a documented default differs from the reader's")
        }
    }
}
