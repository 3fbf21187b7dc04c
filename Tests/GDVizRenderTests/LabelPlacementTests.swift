import GDVizTestSupport
import XCTest
import GDVizEngine
@testable import GDVizRender

/// Labels beside points keep off the lines of their panel (``LabelPlacement``).
final class LabelPlacementTests: XCTestCase {
    // Data [0, 4] × [0, 2] on a 400 × 200 device rectangle at (50, 20).
    private let transform = PlotTransform(domain: Domain(xMin: 0, xMax: 4, yMin: 0, yMax: 2),
                                          rect: DeviceRect(x: 50, y: 20, width: 400, height: 200))

    private func placed(with layers: [FigureLayer]) -> (DeviceRect, PlotContext) {
        var context = PlotContext(canvas: RecordingCanvas(), transform: transform, theme: .light)
        context.panelLayers = layers
        let box = context.text.layout("a long label", size: CalculusDrawing.labelSize(context.theme))
        let anchor = transform.device(Point2(2, 1))
        let origin = LabelPlacement.origin(for: box, beside: anchor, direction: Point2(1, 0), gap: 8, in: context)
        return (CalculusDrawing.bounds(of: box, at: origin), context)
    }

    func testAFreeLabelStaysOnItsSide() {
        let (free, _) = placed(with: [])
        XCTAssertGreaterThan(free.minX, transform.device(Point2(2, 1)).x, "right of the anchor, as asked")
    }

    func testALabelLeavesAnArrowThatRunsThroughItsSide() {
        // An arrow from (2.3, 0.2) to (2.3, 1.8) crosses the spot right of (2, 1).
        let arrow = VectorLayer(tails: [Point2(2.3, 0.2)], vectors: [Point2(0, 1.6)], scale: 1, label: nil, color: .black)
        let (free, _) = placed(with: [])
        XCTAssertGreaterThan(LineInk.covered(by: free, arrow.inkLines(in: PlotContext(canvas: RecordingCanvas(), transform: transform, theme: .light))), 10,
                             "the asked-for spot is on the arrow")
        let (rect, context) = placed(with: [arrow])
        XCTAssertEqual(LineInk.covered(by: rect, arrow.inkLines(in: context)), 0, "moved clear of the arrow: \(rect)")
    }
}
