import XCTest
@testable import GDVizScene

/// `"labels"` and `"label_size"` on a contours layer.
final class ContourLabelSceneTests: XCTestCase {
    func testLabelsAreOffByDefault() throws {
        let scene = try XCTUnwrap(parseScene(scene2D(#""layers": [{"type": "contours"}]"#)))
        XCTAssertEqual(scene.layers, [LayerSpec(ContourLayerSpec())])
        XCTAssertFalse(ContourLayerSpec().labels)
        XCTAssertNil(ContourLayerSpec().labelSize)
    }

    func testLabelKeysAreRead() throws {
        let scene = try XCTUnwrap(parseScene(scene2D(#"""
        "layers": [
          {"type": "contours", "levels": [1, 2, 4], "labels": true},
          {"type": "contours", "labels": true, "label_size": 14.5},
          {"type": "contours", "labels": false}
        ]
        """#)))
        XCTAssertEqual(scene.layers, [
            LayerSpec(ContourLayerSpec(levels: .values([1, 2, 4]), labels: true)),
            LayerSpec(ContourLayerSpec(labels: true, labelSize: 14.5)),
            LayerSpec(ContourLayerSpec(labels: false)),
        ])
    }

    func testProblemsAreReportedWithPaths() {
        let issues = sceneIssues(scene2D(#"""
        "layers": [
          {"type": "contours", "labels": "yes", "label_size": 0},
          {"type": "contours", "labels": true, "label_size": "big"},
          {"type": "contours", "labels": true, "label_size": 100},
          {"type": "contours", "label_size": 12},
          {"type": "contours", "labels": false, "label_size": 12},
          {"type": "contours", "clabel": true, "fontsize": 10}
        ]
        """#))
        let applies = #""label_size" applies only to labelled contours; add "labels": true or remove it"#
        XCTAssertEqual(issues.lines, [
            #"$.layers[0].labels: expected true or false, got "yes""#,
            "$.layers[0].label_size: expected a size between 4 and 72, got 0",
            #"$.layers[1].label_size: expected a size between 4 and 72, got "big""#,
            "$.layers[2].label_size: expected a size between 4 and 72, got 100",
            "$.layers[3].label_size: " + applies,
            "$.layers[4].label_size: " + applies,
            #"$.layers[5].clabel: unknown key "clabel"; did you mean "labels"?"#,
            #"$.layers[5].fontsize: unknown key "fontsize"; did you mean "label_size"?"#,
        ])
    }
}
