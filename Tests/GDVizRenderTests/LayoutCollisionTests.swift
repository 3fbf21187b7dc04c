import Foundation
import GDVizEngine
import GDVizScene
import GDVizTestSupport
import XCTest
@testable import GDVizRender

/// The layout guarantee, on every gallery scene: no two text boxes overlap, no legend overlaps
/// text that is not its own, and no legend covers a marker that is not its own key.
final class LayoutCollisionTests: XCTestCase {
    /// The boxes a scene's figure notes while drawn as SVG (real font metrics; cairo measures
    /// text unhinted, so the surface type does not change them).
    static func boxes(of scene: Scene) throws -> [LayoutBox] {
        let recorder = LayoutBoxRecorder()
        _ = try SceneRenderer.render(SceneEvaluator.evaluate(scene), formats: [.svg], wrapping: recorder.wrap)
        return recorder.boxes
    }

    /// Overlap of more than half a device unit both ways (glyph boxes that merely touch are fine).
    static func overlaps(_ a: DeviceRect, _ b: DeviceRect) -> Bool {
        min(a.maxX, b.maxX) - max(a.minX, b.minX) > 0.5 && min(a.maxY, b.maxY) - max(a.minY, b.minY) > 0.5
    }

    static func inside(_ a: DeviceRect, _ b: DeviceRect) -> Bool {
        a.minX >= b.minX - 0.5 && a.maxX <= b.maxX + 0.5 && a.minY >= b.minY - 0.5 && a.maxY <= b.maxY + 0.5
    }

    /// Problems in one figure's boxes, as readable lines.
    static func collisions(_ boxes: [LayoutBox]) -> [String] {
        let legends = boxes.filter { $0.1 == .legend }.map(\.0)
        let texts = boxes.filter { $0.1 == .text }.map(\.0)
        let markers = boxes.filter { $0.1 == .marker }.map(\.0)
        var problems: [String] = []
        for i in texts.indices {
            for j in texts.indices where j > i && overlaps(texts[i], texts[j]) {
                problems.append("text \(texts[i]) overlaps text \(texts[j])")
            }
        }
        for (k, legend) in legends.enumerated() {
            for other in legends[(k + 1)...] where overlaps(legend, other) { problems.append("legends \(legend) and \(other) overlap") }
            for text in texts where overlaps(legend, text) && !inside(text, legend) {
                problems.append("legend \(legend) covers text \(text)")
            }
            for marker in markers where overlaps(legend, marker) && !inside(marker, legend) {
                problems.append("legend \(legend) covers marker \(marker)")
            }
        }
        return problems
    }

    /// The boxes come from the run's shared SVG render of each scene (`Gallery.layoutBoxes`),
    /// the same drawing as `boxes(of:)` would make again.
    func testNoGalleryFigureHasCollisions() throws {
        let gallery = Gallery.shared
        let entries = try gallery.load()
        XCTAssertFalse(entries.isEmpty)
        for entry in entries {
            let boxes = try gallery.layoutBoxes(entry)
            XCTAssertGreaterThan(boxes.filter { $0.1 == .text }.count, 3, "\(entry.file): text boxes are recorded")
            let problems = Self.collisions(boxes)
            XCTAssertEqual(problems, [], "\(entry.file): \(problems.count) collisions")
        }
    }

    /// A stroke counts as foreground line when it is an opaque element at least this wide:
    /// trajectories, curves, arrows and quiver shafts are 1.3–2.5 units wide; contour, streamline
    /// and grid lines (1–1.1), leader lines and decorations, which text and legends may cross, are not.
    static let foregroundWidth = 1.2
    /// Device units of foreground line a legend may cover (about two short quiver arrows).
    static let legendInkLimit = 40.0
    /// Device units of foreground line a label may cover (a stroke grazing a corner).
    static let labelInkLimit = 6.0

    /// The foreground strokes, each with the number of boxes noted before it.
    static func foreground(_ strokes: [LayoutStroke]) -> [LayoutStroke] {
        strokes.filter { $0.role == .element && $0.style.width >= foregroundWidth && $0.style.color.a >= 0.9 && $0.points.count >= 2 }
    }

    /// Length of `strokes` inside `rect`, leaving out those drawn after box number `own` was noted
    /// and lying wholly inside `rect` (a legend's own keys).
    static func ink(in rect: DeviceRect, _ strokes: [LayoutStroke], own: Int? = nil) -> Double {
        strokes.reduce(0.0) { total, stroke in
            if let own, stroke.boxesBefore > own, stroke.points.allSatisfy({ inside(DeviceRect(x: $0.x, y: $0.y, width: 0, height: 0), rect) }) {
                return total
            }
            // Only the part inside the stroke's clip shows.
            var shown = rect
            if let clip = stroke.clip {
                let x0 = max(rect.minX, clip.minX), x1 = min(rect.maxX, clip.maxX)
                let y0 = max(rect.minY, clip.minY), y1 = min(rect.maxY, clip.maxY)
                guard x1 > x0, y1 > y0 else { return total }
                shown = DeviceRect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
            }
            return total + zip(stroke.points, stroke.points.dropFirst()).reduce(0.0) { $0 + LineInk.clippedLength($1.0, $1.1, shown) }
        }
    }

    /// Legends over more foreground line than ``legendInkLimit``, and labels (text outside legends)
    /// over more than ``labelInkLimit``, as readable lines.
    static func inkCollisions(_ boxes: [LayoutBox], _ drawing: LayoutDrawing) -> [String] {
        let lines = foreground(drawing.strokes)
        var problems: [String] = []
        let legends = boxes.enumerated().filter { $0.element.kind == .legend }
        for (index, legend) in legends {
            let covered = ink(in: legend.rect, lines, own: index)
            if covered > legendInkLimit { problems.append("legend \(legend.rect) covers \(Int(covered)) units of line") }
        }
        // Labels inside a plot (noted under its clip); titles and tick labels sit outside every line.
        for (index, text) in boxes.enumerated() where text.kind == .text && index < drawing.boxClips.count
            && drawing.boxClips[index] != nil && !legends.contains(where: { inside(text.rect, $0.element.rect) }) {
            let covered = ink(in: text.rect.insetBy(dx: 1, dy: 1), lines)
            if covered > labelInkLimit { problems.append("text \(text.rect) covers \(Int(covered)) units of line") }
        }
        return problems
    }

    /// No legend or label sits on a trajectory, curve or arrow (the strokes drawn are checked,
    /// not the layers' own account of their ink).
    func testNoGalleryLegendOrLabelCoversLines() throws {
        let gallery = Gallery.shared
        for entry in try gallery.load() {
            let problems = Self.inkCollisions(try gallery.layoutBoxes(entry), try gallery.layoutDrawing(entry))
            XCTAssertEqual(problems, [], "\(entry.file): \(problems.count) legends or labels over lines")
        }
    }

    /// The checker itself finds what it should: a legend over a marker and two overlapping labels.
    func testCheckerSeesCollisions() {
        let legend = DeviceRect(x: 10, y: 10, width: 100, height: 40)
        XCTAssertEqual(Self.collisions([(legend, .legend), (DeviceRect(x: 106, y: 20, width: 8, height: 8), .marker)]).count, 1)
        XCTAssertEqual(Self.collisions([(DeviceRect(x: 0, y: 0, width: 20, height: 10), .text),
                                        (DeviceRect(x: 10, y: 5, width: 20, height: 10), .text)]).count, 1)
        XCTAssertEqual(Self.collisions([(legend, .legend), (DeviceRect(x: 20, y: 20, width: 8, height: 8), .marker),
                                        (DeviceRect(x: 40, y: 15, width: 50, height: 12), .text)]), [])
    }

    private func legendBoxes(_ legend: String) throws -> [DeviceRect] {
        let scene = try SceneLoader.parse(#"""
            {"function": "x^2 + 10*y^2", "domain": {"x": [-4, 4], "y": [-2, 2]}, "legend": \#(legend),
             "runs": [{"label": "a", "start": [-3, -1]}, {"label": "b", "start": [3, 1.5], "lr": 0.02}]}
            """#, file: "t.json")
        return try Self.boxes(of: scene).filter { $0.1 == .legend }.map(\.0)
    }

    func testLegendPositions() throws {
        XCTAssertEqual(try legendBoxes(#""none""#), [])
        let outside = try XCTUnwrap(try legendBoxes(#""outside right""#).first)
        XCTAssertGreaterThan(outside.minX, 700, "right of the plot")
        let bottom = try XCTUnwrap(try legendBoxes(#"{"position": "outside bottom", "columns": 2}"#).first)
        XCTAssertGreaterThan(bottom.minY, 540)
        XCTAssertGreaterThan(bottom.width, 2 * bottom.height, "two entries side by side")
        let upperLeft = try XCTUnwrap(try legendBoxes(#""upper left""#).first)
        XCTAssertLessThan(upperLeft.minX, 120)
        XCTAssertLessThan(upperLeft.minY, 60)
    }

    func testBadLegendIsReported() {
        XCTAssertThrowsError(try legendBoxes(#""top left""#)) { error in
            XCTAssertTrue("\(error)".contains("$.legend: expected one of"), "\(error)")
        }
        XCTAssertThrowsError(try legendBoxes(#"{"columns": 0}"#)) { error in
            XCTAssertTrue("\(error)".contains("$.legend.columns"), "\(error)")
        }
    }
}
