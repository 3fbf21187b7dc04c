import XCTest
@testable import GDVizScene

final class SuggestionTests: XCTestCase {
    func testDistanceCountsTranspositionsAsOneEdit() {
        XCTAssertEqual(Suggestion.distance(Array("lable"), Array("label")), 1)
        XCTAssertEqual(Suggestion.distance(Array("kitten"), Array("sitting")), 3)
        XCTAssertEqual(Suggestion.distance(Array(""), Array("abc")), 3)
    }

    func testSuggestions() {
        let runKeys = SceneReader.runKeys
        XCTAssertEqual(Suggestion.closest(to: "learning_rate", among: runKeys), "lr")
        XCTAssertEqual(Suggestion.closest(to: "eta", among: runKeys), "lr")
        XCTAssertEqual(Suggestion.closest(to: "maxSteps", among: runKeys), "max_steps")
        XCTAssertEqual(Suggestion.closest(to: "iterations", among: runKeys), "max_steps")
        XCTAssertEqual(Suggestion.closest(to: "tol", among: runKeys), "tolerance")
        XCTAssertEqual(Suggestion.closest(to: "x0", among: runKeys), "start")
        XCTAssertEqual(Suggestion.closest(to: "colour", among: runKeys), "color")
        XCTAssertNil(Suggestion.closest(to: "weight_decay", among: runKeys))
        XCTAssertEqual(Suggestion.closest(to: "momentun", among: runKeys), "momentum")

        let top = SceneReader.topLevelKeys
        XCTAssertEqual(Suggestion.closest(to: "expr", among: top), "function")
        XCTAssertEqual(Suggestion.closest(to: "dimensions", among: top), "dimension")
        XCTAssertEqual(Suggestion.closest(to: "res", among: top), "resolution")
        XCTAssertEqual(Suggestion.closest(to: "expr", among: SceneReader.functionObjectKeys), "expression")

        XCTAssertNil(Suggestion.closest(to: "z", among: SceneReader.domainKeys))
        XCTAssertEqual(Suggestion.closest(to: "lw", among: ContourLayerSpec.kind.allowedKeys), "line_width")
        XCTAssertEqual(Suggestion.closest(to: "cmap", among: ContourLayerSpec.kind.allowedKeys), "colormap")
        XCTAssertEqual(Suggestion.closest(to: "gradient_descent", among: ["gd"]), "gd")
        XCTAssertNil(Suggestion.closest(to: "adam", among: ["gd"]))
    }
}
