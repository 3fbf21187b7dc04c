import GDVizEngine
import XCTest
@testable import GDVizScene

/// `grid_map`: the grid's image and the Jacobian at a point, against closed forms.
final class GridMapLayerTests: XCTestCase {
    private func evaluate(_ layer: String) throws -> GridMapLayerSpec.Evaluated {
        let scene = try SceneLoader.parse(
            #"{"function": "x^2 + y^2", "domain": {"x": [0, 2], "y": [0, 1]}, "layers": [\#(layer)]}"#, file: "t.json")
        let evaluated = SceneEvaluator.evaluate(scene)
        return try XCTUnwrap(evaluated.layers.first as? GridMapLayerSpec.Evaluated)
    }

    /// F = (x² − y², 2xy): J = [[2x, −2y], [2y, 2x]]; at (1, 0.5) that is [[2, −1], [1, 2]].
    func testJacobianAndLinearImage() throws {
        let e = try evaluate(#"{"type": "grid_map", "map": ["x^2 - y^2", "2*x*y"], "at": [1, 0.5], "square": 0.2}"#)
        XCTAssertEqual(e.jacobian, [[2, -1], [1, 2]])
        XCTAssertEqual(e.centerImage, Point2(0.75, 1))
        // The square's corner (0.9, 0.4) goes to F(c) + J·(−0.1, −0.1) = (0.75 − 0.1, 1 − 0.3).
        let corner = try XCTUnwrap(e.linearImage.first)
        XCTAssertEqual(corner.x, 0.65, accuracy: 1e-12)
        XCTAssertEqual(corner.y, 0.7, accuracy: 1e-12)
        // Its exact image: (0.81 − 0.16, 2·0.36).
        let exact = try XCTUnwrap(e.squareImage.first)
        XCTAssertEqual(exact.x, 0.65, accuracy: 1e-12)
        XCTAssertEqual(exact.y, 0.72, accuracy: 1e-12)
    }

    /// 9 lines per direction over the domain, each mapped point for point.
    func testGridAndImage() throws {
        let e = try evaluate(#"{"type": "grid_map", "map": ["x + y", "x - y"], "lines": 5}"#)
        XCTAssertEqual(e.grid.count, 10)
        XCTAssertEqual(e.grid[0].first, Point2(0, 0))
        XCTAssertEqual(e.grid[4].last, Point2(2, 1))
        for (line, image) in zip(e.grid, e.image) {
            for (p, q) in zip(line, image) { XCTAssertEqual(q, Point2(p.x + p.y, p.x - p.y)) }
        }
        XCTAssertNil(e.jacobian)
    }

    func testErrorsHavePaths() {
        XCTAssertThrowsError(try evaluate(#"{"type": "grid_map", "map": ["x"], "lines": 1}"#)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("$.layers[0].map: expected two expressions"), text)
            XCTAssertTrue(text.contains("$.layers[0].lines"), text)
        }
        XCTAssertThrowsError(try evaluate(#"{"type": "grid_map", "map": ["x +", "y"]}"#)) { error in
            XCTAssertTrue("\(error)".contains("$.layers[0].map[0]"), "\(error)")
        }
    }
}
