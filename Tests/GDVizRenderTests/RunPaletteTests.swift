import XCTest
@testable import GDVizRender

/// The default run colours stay apart for readers with a dichromacy.
///
/// Threshold: every pair of the six colours, as drawn (after the theme's contrast adaptation)
/// and simulated with each Machado et al. (2009) severity-1.0 matrix, differs by ΔE76 ≥ 14,
/// about six just-noticeable differences (JND ≈ 2.3): two thin lines side by side still read as
/// different colours, not as one colour in two shades. Measured minima: light 14.8
/// (protanopia), dark 21.5 (tritanopia).
final class RunPaletteTests: XCTestCase {
    static let threshold = 14.0

    func testSimulationMatchesPublishedBehaviour() {
        // Dichromats lose the red–green axis: pure red and green collapse much closer together
        // for protanopes and deuteranopes, but not for tritanopes.
        let red = Color(1, 0, 0), green = Color(0, 0.5, 0)
        let normal = red.deltaE76(green)
        for vision in [ColorVision.protanopia, .deuteranopia] {
            XCTAssertLessThan(vision.simulate(red).deltaE76(vision.simulate(green)), normal / 2, "\(vision)")
        }
        XCTAssertGreaterThan(ColorVision.tritanopia.simulate(red).deltaE76(ColorVision.tritanopia.simulate(green)), normal / 2)
        // Greys are unchanged: each matrix row sums to 1.
        for vision in ColorVision.allCases {
            let grey = vision.simulate(Color(0.5, 0.5, 0.5))
            XCTAssertEqual(grey.r, 0.5, accuracy: 1e-3); XCTAssertEqual(grey.g, 0.5, accuracy: 1e-3); XCTAssertEqual(grey.b, 0.5, accuracy: 1e-3)
        }
        // CIELAB of white is (100, 0, 0).
        XCTAssertEqual(Color.white.lab.l, 100, accuracy: 1e-3)
        XCTAssertEqual(Color.white.lab.a, 0, accuracy: 1e-2)
    }

    func testDefaultRunColoursStayApartUnderEverySimulatedDichromacy() {
        for (name, theme) in [("light", Theme.light), ("dark", Theme.dark)] {
            let drawn = theme.runColors.map(theme.legible)
            XCTAssertEqual(drawn, theme.runColors, "\(name): the palette already has 3:1, so it is drawn as chosen")
            for vision in ColorVision.allCases {
                let seen = drawn.map(vision.simulate)
                var smallest = Double.infinity
                for i in seen.indices { for j in seen.indices where j > i { smallest = min(smallest, seen[i].deltaE76(seen[j])) } }
                XCTAssertGreaterThanOrEqual(smallest, Self.threshold, "\(name) under \(vision): min ΔE76 \(smallest)")
            }
        }
    }

    func testCuesDifferForTheFirstTwelveRuns() {
        let cues = (0..<12).map { RunCue.forRun($0, mode: .auto) }
        for i in cues.indices { for j in cues.indices where j > i {
            XCTAssertFalse(cues[i].marker == cues[j].marker && cues[i].dash == cues[j].dash, "runs \(i) and \(j)")
        } }
        XCTAssertEqual(RunCue.forRun(0, mode: .auto), .plain, "one-run figures keep a solid line with circles")
        XCTAssertEqual(RunCue.forRun(5, mode: .color), .plain)
    }
}
