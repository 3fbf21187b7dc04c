import Foundation
import GDVizEngine
import GDVizScene
import GDVizTestSupport
import XCTest
@testable import GDVizRender

/// Records the colour of every fill, stroke and glyph run with the paint role it was drawn under.
final class ContrastRecordingCanvas: Canvas {
    struct Mark {
        var kind: String
        var color: Color
        var role: PaintRole
    }

    var marks: [Mark] = []
    private var roles: [PaintRole] = []
    private var role: PaintRole { roles.last ?? .element }

    func fill(_ path: Path, color: Color) {
        if !path.elements.isEmpty { marks.append(Mark(kind: "fill", color: color, role: role)) }
    }
    func stroke(_ path: Path, style: StrokeStyle) {
        if !path.elements.isEmpty, style.width > 0 { marks.append(Mark(kind: "stroke", color: style.color, role: role)) }
    }
    func pushClip(_ rect: DeviceRect) {}
    func popClip() {}
    func measure(_ text: String, font: FontRole, size: Double) -> TextExtents {
        TextExtents(width: 0.6 * size * Double(text.count), ascent: 0.75 * size, descent: 0.25 * size)
    }
    func drawText(_ text: String, font: FontRole, size: Double, at origin: Point2, angle: Double, color: Color) {
        marks.append(Mark(kind: "text \"\(text)\"", color: color, role: role))
    }
    func beginPaintRole(_ role: PaintRole) { roles.append(role) }
    func endPaintRole() { _ = roles.popLast() }
}

/// WCAG 2.x non-text contrast for every gallery scene in every theme: each element's colour,
/// composited over the page, keeps 3:1 against the page. Backdrops (bands, faces) and
/// decorations (grid, mesh) are exempt, and so are knock-outs drawn in the page colour itself
/// (halos behind labels, rings around markers).
final class ThemeContrastTests: XCTestCase {
    func testContrastFormulaMatchesWCAGExamples() {
        XCTAssertEqual(Color.black.contrast(with: .white), 21, accuracy: 1e-9)
        XCTAssertEqual(Color.white.contrast(with: .white), 1, accuracy: 1e-12)
        // #767676 on white is the classic 4.54:1 grey.
        XCTAssertEqual(Color(hex: 0x767676).contrast(with: .white), 4.54, accuracy: 0.01)
        XCTAssertEqual(Color(hex: 0x777777).relativeLuminance, 0.1845, accuracy: 1e-4)
    }

    func testLegibleDarkensOnLightAndLightensOnDark() {
        let yellow = Color(hex: 0xFDE725)
        let onWhite = yellow.legible(on: .white)
        XCTAssertGreaterThanOrEqual(onWhite.contrast(with: .white), 3)
        XCTAssertLessThan(onWhite.relativeLuminance, yellow.relativeLuminance)
        let navy = Color(hex: 0x1F3A93), dark = Theme.dark.background
        let onDark = navy.legible(on: dark)
        XCTAssertGreaterThanOrEqual(onDark.contrast(with: dark), 3)
        XCTAssertGreaterThan(onDark.relativeLuminance, navy.relativeLuminance)
        XCTAssertEqual(Color.black.legible(on: .white), .black, "already legible colours are unchanged")
    }

    func testEveryGalleryElementKeepsThreeToOneInEveryTheme() throws {
        let gallery = Gallery.shared
        let entries = try gallery.load()
        XCTAssertFalse(entries.isEmpty)
        for entry in entries {
            let file = entry.file
            for theme in ThemeName.allCases {
                // The run's shared evaluation, restyled: evaluation never reads the theme (only
                // `SceneFigure` does), so this is the figure of the scene evaluated with `theme`.
                var evaluated = try gallery.evaluated(entry)
                evaluated.scene.theme = theme
                let figure = try SceneFigure.figure(for: evaluated)
                let canvas = ContrastRecordingCanvas()
                figure.draw(on: canvas)
                let background = figure.theme.background
                XCTAssertFalse(canvas.marks.isEmpty)
                var failures: [String] = []
                for mark in canvas.marks where mark.role == .element {
                    let c = mark.color
                    let knockout = abs(c.r - background.r) + abs(c.g - background.g) + abs(c.b - background.b) < 1e-9
                    guard !knockout, c.a > 0 else { continue }
                    let ratio = c.composited(over: background).contrast(with: background)
                    if ratio < Theme.minimumContrast - 1e-9 {
                        failures.append(String(format: "%@ rgba(%.3f,%.3f,%.3f,%.2f) %.2f:1", mark.kind, c.r, c.g, c.b, c.a, ratio))
                    }
                }
                let unique = Array(Set(failures)).sorted()
                XCTAssertTrue(unique.isEmpty, "\(file) in \(theme): \(unique.count) low-contrast marks: \(unique.prefix(8))")
            }
        }
    }
}
