import GDVizEngine
import XCTest
@testable import GDVizRender

/// Panels that share axes show each axis's labels once and keep equal plot areas.
final class SharedAxesTests: XCTestCase {
    /// Measures text as 0.6 em per character and records the plot frames it is asked to stroke.
    final class MeasuringCanvas: Canvas {
        var frames: [DeviceRect] = []
        var texts: [String] = []
        func fill(_ path: Path, color: Color) {}
        func stroke(_ path: Path, style: StrokeStyle) {
            // A closed four-corner path stroked with the frame width is a panel frame.
            guard path.elements.count == 5, case .close = path.elements[4], style.width == Theme.light.frameWidth,
                  case .move(let a) = path.elements[0], case .line(let c) = path.elements[2] else { return }
            frames.append(DeviceRect(x: a.x, y: a.y, width: c.x - a.x, height: c.y - a.y))
        }
        func pushClip(_ rect: DeviceRect) {}
        func popClip() {}
        func measure(_ text: String, font: FontRole, size: Double) -> TextExtents {
            TextExtents(width: 0.6 * size * Double(text.count), ascent: 0.8 * size, descent: 0.2 * size)
        }
        func drawText(_ text: String, font: FontRole, size: Double, at origin: Point2, angle: Double, color: Color) {
            texts.append(text)
        }
    }

    private func figure(shared: Bool, panels: Int, columns: Int) -> (MeasuringCanvas, Figure) {
        let domain = Domain(xMin: -4, xMax: 4, yMin: -2, yMax: 2)
        let panel = Panel(domain: domain, xLabel: "XLABEL", yLabel: "YLABEL", layers: [])
        var figure = Figure(width: 1200, height: 700, title: nil, panels: Array(repeating: panel, count: panels),
                            columns: columns)
        figure.sharesAxes = shared
        let canvas = MeasuringCanvas()
        figure.draw(on: canvas)
        return (canvas, figure)
    }

    func testSharedRowShowsTheYLabelOnceWithEqualPlotWidths() {
        let (canvas, _) = figure(shared: true, panels: 3, columns: 3)
        XCTAssertEqual(canvas.frames.count, 3)
        XCTAssertEqual(canvas.texts.filter { $0 == "YLABEL" }.count, 1)
        XCTAssertEqual(canvas.texts.filter { $0 == "XLABEL" }.count, 3)
        let widths = canvas.frames.map(\.width)
        for w in widths { XCTAssertEqual(w, widths[0], accuracy: 1e-9) }
        // The freed margin goes to the plots: wider than without sharing.
        let (unshared, _) = figure(shared: false, panels: 3, columns: 3)
        XCTAssertGreaterThan(widths[0], unshared.frames[0].width)
    }

    func testSharedGridShowsXLabelsOnlyOnTheBottomRow() {
        let (canvas, _) = figure(shared: true, panels: 4, columns: 2)
        XCTAssertEqual(canvas.texts.filter { $0 == "XLABEL" }.count, 2)
        XCTAssertEqual(canvas.texts.filter { $0 == "YLABEL" }.count, 2)
        let heights = canvas.frames.map(\.height)
        for h in heights { XCTAssertEqual(h, heights[0], accuracy: 1e-9) }
    }

    func testPanelsOverDifferentDomainsKeepTheirLabels() {
        var first = Panel(domain: Domain(xMin: 0, xMax: 1, yMin: 0, yMax: 1), xLabel: "A", yLabel: "B", layers: [])
        var second = first
        second.domain = Domain(xMin: 0, xMax: 2, yMin: 0, yMax: 1)
        var panels = [first, second]
        Figure.markSharedAxes(&panels, columns: 2)
        XCTAssertTrue(panels[1].showsYLabels)
        first.domain = second.domain
        panels = [first, second]
        Figure.markSharedAxes(&panels, columns: 2)
        XCTAssertFalse(panels[1].showsYLabels)
        XCTAssertTrue(panels[0].showsYLabels)
    }
}
