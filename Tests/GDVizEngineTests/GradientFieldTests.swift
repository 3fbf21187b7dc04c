import XCTest
@testable import GDVizEngine

final class GradientFieldTests: XCTestCase {
    private func objective(_ source: String) throws -> Objective {
        Objective(try MathExpression.parse(source, variables: ["x", "y"]), dimension: 2)
    }

    private let quadratic = "0.5*(2*x^2 + 2*x*y + 20*y^2) - 5*x - 3*y"
    private let wide = Domain(xMin: -4, xMax: 4, yMin: -2, yMax: 2)

    /// The longer side gets `grid` cells, the shorter side round(grid·short/long); h is the smaller
    /// cell side and the cells tile the domain.
    func testGridShapeAndSpacing() throws {
        let field = GradientField.sample(try objective(quadratic), in: wide, grid: 15)
        XCTAssertEqual(field.columns, 15)
        XCTAssertEqual(field.rows, 8)  // round(7.5)
        XCTAssertEqual(field.arrows.count, 120)
        XCTAssertEqual(field.spacing, 0.5, accuracy: 1e-15)  // min(8/15, 4/8)
        let area = field.arrows.reduce(0.0) { $0 + $1.cell.width * $1.cell.height }
        XCTAssertEqual(area, wide.width * wide.height, accuracy: 1e-12)
        let tall = GradientField.sample(try objective(quadratic), in: Domain(xMin: 0, xMax: 1, yMin: 0, yMax: 3), grid: 9)
        XCTAssertEqual(tall.columns, 3)
        XCTAssertEqual(tall.rows, 9)
    }

    /// Normalised: every arrow 0.8 h long (relative 10⁻¹²), along −∇f.
    func testNormalizedArrowsHaveEqualLengthAlongDescent() throws {
        let field = GradientField.sample(try objective(quadratic), in: wide, grid: 15)
        XCTAssertNil(field.scale)
        for arrow in field.arrows {
            XCTAssertEqual(arrow.vector.norm, 0.8 * field.spacing, accuracy: 1e-12 * field.spacing)
            let g = arrow.gradient
            XCTAssertEqual(arrow.vector.x * g.y - arrow.vector.y * g.x, 0, accuracy: 1e-12 * g.norm, "parallel")
            XCTAssertLessThan(arrow.vector.x * g.x + arrow.vector.y * g.y, 0, "descent: against ∇f")
        }
    }

    /// Proportional: arrow = −k∇f with k = scale, so length ratios equal gradient-norm ratios
    /// (relative 10⁻¹²) and the longest arrow is 0.9 h.
    func testProportionalArrowLengthsFollowTheGradientNorm() throws {
        let f = try objective(quadratic)
        let field = GradientField.sample(f, in: wide, grid: 15, length: .proportional)
        let k = try XCTUnwrap(field.scale)
        let longest = field.arrows.map(\.vector.norm).max()!
        XCTAssertEqual(longest, 0.9 * field.spacing, accuracy: 1e-12)
        let reference = field.arrows[0]
        for arrow in field.arrows {
            XCTAssertEqual(arrow.gradient.x, f.gradient(at: arrow.center).x, accuracy: 1e-12)
            XCTAssertEqual(arrow.vector.x, -k * arrow.gradient.x, accuracy: 1e-12)
            XCTAssertEqual(arrow.vector.y, -k * arrow.gradient.y, accuracy: 1e-12)
            XCTAssertEqual(arrow.vector.norm / reference.vector.norm, arrow.gradient.norm / reference.gradient.norm,
                           accuracy: 1e-12 * arrow.gradient.norm / reference.gradient.norm)
        }
    }

    /// Each arrow's tail and tip lie inside its own cell (so arrows never pile up), in both modes
    /// and both directions.
    func testArrowsStayInsideTheirCells() throws {
        let f = try objective("(x^2 + y - 11)^2 + (x + y^2 - 7)^2")
        let domain = Domain(xMin: -5, xMax: 5, yMin: -5, yMax: 3)
        for length in ArrowLength.allCases {
            for direction in FlowDirection.allCases {
                let field = GradientField.sample(f, in: domain, grid: 12, direction: direction, length: length)
                for arrow in field.arrows {
                    XCTAssertTrue(arrow.cell.contains(arrow.tail) && arrow.cell.contains(arrow.tip), "\(arrow)")
                    XCTAssertTrue(arrow.cell.contains(arrow.center))
                }
                // Cells do not overlap: distinct centres at least h apart.
                for (a, b) in zip(field.arrows, field.arrows.dropFirst()) {
                    XCTAssertGreaterThanOrEqual(a.center.distance(to: b.center), field.spacing * (1 - 1e-12))
                }
            }
        }
    }

    func testAscentReversesTheArrowsAndZeroGradientGivesZeroArrow() throws {
        let f = try objective("x^2 + y^2")
        let domain = Domain(xMin: -1, xMax: 1, yMin: -1, yMax: 1)
        let down = GradientField.sample(f, in: domain, grid: 3)
        let up = GradientField.sample(f, in: domain, grid: 3, direction: .ascent)
        for (a, b) in zip(down.arrows, up.arrows) {
            XCTAssertEqual(a.vector.x, -b.vector.x)
            XCTAssertEqual(a.vector.y, -b.vector.y)
        }
        // The middle cell's centre is the minimum up to rounding (|∇f| ~ 10⁻¹⁶): no arrow direction.
        XCTAssertEqual(down.arrows[4].center.norm, 0, accuracy: 1e-15)
        XCTAssertEqual(down.arrows[4].vector, .zero)
        XCTAssertEqual(GradientField.sample(f, in: domain, grid: 3, length: .proportional).arrows[4].vector, .zero)
        XCTAssertGreaterThan(down.arrows[3].vector.norm, 0)
    }
}
