import GDVizEngine
import GDVizTestSupport
import XCTest
@testable import GDVizRender

private func points(_ path: Path) -> [Point2] {
    path.elements.compactMap { element in
        switch element {
        case .move(let p), .line(let p): return p
        case .curve(_, _, let p): return p
        case .close: return nil
        }
    }
}

private func objective(_ source: String) throws -> Objective {
    Objective(try MathExpression.parse(source, variables: ["x", "y"]), dimension: 2)
}

final class FieldLayerTests: XCTestCase {
    // MARK: Bands

    /// Bands are closed at the top: a value on a level belongs to the band below it.
    func testBandAssignment() {
        let coloring = BandColoring.sequential(levels: [0, 1, 2], scale: .viridis)
        XCTAssertEqual(coloring.bandCount, 4)
        let cases: [(Double, Int?)] = [(-5, 0), (0, 0), (0.5, 1), (1, 1), (1.000001, 2), (2, 2), (2.5, 3), (3, 3),
                                       (-.infinity, 0), (.infinity, 3), (.nan, nil)]
        for (value, band) in cases { XCTAssertEqual(coloring.band(of: value), band, "value \(value)") }
        XCTAssertNil(coloring.color(of: .nan))
        XCTAssertEqual(BandColoring.sequential(levels: [], scale: .viridis).band(of: 42), 0)
    }

    /// Sequential maps colour by index: first band at t = 0, last at t = 1 of the range.
    func testSequentialColoursSpanTheRange() {
        let coloring = BandColoring.sequential(levels: [1, 10, 100], scale: .greys, range: 0...0.5)
        XCTAssertEqual(coloring.colors.first, ColorScale.greys.color(at: 0))
        XCTAssertEqual(coloring.colors.last, ColorScale.greys.color(at: 0.5))
        XCTAssertEqual(coloring.colors[1], ColorScale.greys.color(at: 0.5 / 3))
    }

    /// The diverging map's middle is a neutral near-white; the band holding the centre gets it,
    /// bands at equal distances either side get mirrored colours (blue below, red above).
    func testDivergingMapIsNeutralAtTheCentre() {
        let middle = ColorScale.diverging.color(at: 0.5)
        XCTAssertEqual(middle.r, middle.g, accuracy: 1e-12)
        XCTAssertEqual(middle.g, middle.b, accuracy: 1e-12)
        XCTAssertGreaterThan(middle.r, 0.95)

        let coloring = BandColoring.diverging(levels: [-1.5, -0.5, 0.5, 1.5], center: 0, range: -2...2)
        XCTAssertEqual(coloring.colors[2], middle)
        XCTAssertGreaterThan(coloring.colors[0].b, coloring.colors[0].r, "below the centre is blue")
        XCTAssertGreaterThan(coloring.colors[4].r, coloring.colors[4].b, "above the centre is red")
        // Midpoints −1 and 1 are equally far from 0: t = 0.25 and 0.75.
        XCTAssertEqual(coloring.colors[1], ColorScale.diverging.color(at: 0.25))
        XCTAssertEqual(coloring.colors[3], ColorScale.diverging.color(at: 0.75))

        // A centre that is itself a level: the two bands beside it are the palest blue and red.
        let onLevel = BandColoring.diverging(levels: [-1, 0, 1], center: 0, range: -2...2)
        XCTAssertFalse(onLevel.colors.contains(middle))
        XCTAssertEqual(onLevel.colors[1], ColorScale.diverging.color(at: 0.375))
        XCTAssertEqual(onLevel.colors[2], ColorScale.diverging.color(at: 0.625))

        // Another centre: values equal to it are white, however lopsided the range.
        let shifted = BandColoring.diverging(levels: [0, 4, 6, 30], center: 5, range: -3...40)
        XCTAssertEqual(shifted.color(of: 5), middle)
        XCTAssertEqual(shifted.colors[4], ColorScale.diverging.color(at: 0.5 + 0.5 * (35 - 5) / 35.0))
    }

    func testGridInterpolation() {
        let domain = Domain(xMin: 0, xMax: 2, yMin: 0, yMax: 1)
        let linear = ScalarGrid(domain: domain, columns: 5, rows: 3) { x, y in x + 2 * y }
        XCTAssertEqual(linear.interpolated(at: Point2(0.3, 0.7)), 1.7, accuracy: 1e-12)
        XCTAssertEqual(linear.interpolated(at: Point2(2, 1)), 4, accuracy: 1e-12)
        var holes = linear
        holes.values[0] = .nan  // f(0, 0)
        XCTAssertTrue(holes.interpolated(at: Point2(0.1, 0.1)).isNaN, "nearest sample is NaN")
        XCTAssertEqual(holes.interpolated(at: Point2(0.4, 0.1)), linear[1, 0], "nearest finite sample")
    }

    /// Bands are vector fills, no image: the lowest band's colour over the finite area, then the
    /// region f ≥ 0.5 in the upper band's colour; the NaN strip (y > 0.75) is left unpainted.
    /// The PNG drawn from the same polygons has the band colours on either side of x = 0.5.
    func testBandsAreVectorFills() throws {
        let domain = Domain(xMin: 0, xMax: 1, yMin: 0, yMax: 1)
        let grid = ScalarGrid(domain: domain, columns: 11, rows: 11) { x, y in y > 0.75 ? .nan : x }
        let coloring = BandColoring(levels: [0.5], colors: [Color(1, 0, 0), Color(0, 0, 1)])
        let layer = FilledContoursLayer(grid: grid, coloring: coloring, colorbar: false)
        let transform = PlotTransform(domain: domain, rect: DeviceRect(x: 10.25, y: 20, width: 100, height: 80))
        let canvas = RecordingCanvas(ascent: 0.8, descent: 0.2)
        layer.draw(in: PlotContext(canvas: canvas, transform: transform, theme: .light))
        XCTAssertTrue(canvas.images.isEmpty)
        XCTAssertEqual(canvas.fills.map(\.color), [Color(1, 0, 0), Color(0, 0, 1)])
        let lower = points(canvas.fills[0].path), upper = points(canvas.fills[1].path)
        XCTAssertEqual(lower.map(\.x).min()!, 10.25, accuracy: 1e-9)
        XCTAssertEqual(lower.map(\.x).max()!, 110.25, accuracy: 1e-9)
        XCTAssertEqual(upper.map(\.x).min()!, 60.25, accuracy: 1e-9, "x = 0.5")
        // Data y = 0 is device 100; the NaN rows begin at y = 0.8, so fills stop between 0.7 and 0.8.
        for p in lower + upper {
            XCTAssertLessThanOrEqual(p.y, 100 + 1e-9)
            XCTAssertGreaterThanOrEqual(p.y, 20 + 0.2 * 80 - 1e-9)
        }

        let png = try PageRenderer.render(format: .png, width: 120, height: 110, background: nil) { canvas in
            layer.draw(in: PlotContext(canvas: canvas, transform: transform, theme: .light))
        }
        let image = try RasterImage.decodePNG(png)
        XCTAssertTrue(image.pixel(x: 20, y: 90) == (255, 0, 0, 255))
        XCTAssertTrue(image.pixel(x: 100, y: 90) == (0, 0, 255, 255))
        XCTAssertEqual(image.pixel(x: 20, y: 25).a, 0, "NaN region is transparent")
    }

    // MARK: Colour bar

    func testColorbarLabels() {
        XCTAssertEqual(Colorbar.label(68.46, neighbours: [0, 136.92]), "68.5")
        XCTAssertEqual(Colorbar.label(136.92, neighbours: [68.46, 205.38]), "137")
        XCTAssertEqual(Colorbar.label(0.89, neighbours: [1.58]), "0.89")
        XCTAssertEqual(Colorbar.label(-2, neighbours: [-3, -1]), "\u{2212}2")
        XCTAssertEqual(Colorbar.label(0, neighbours: [-0.5, 0.5]), "0")
        XCTAssertEqual(Colorbar.label(1.001, neighbours: [1]), "1.001", "enough digits to tell neighbours apart")
        XCTAssertEqual(Colorbar.label(1, neighbours: [1.001]), "1")
    }

    /// One box per band, the level's value at each boundary, evenly spaced bottom to top; the
    /// panel's plot shrinks by exactly the bar's strip, and without a bar it does not change.
    func testColorbarTicksAndLayout() throws {
        let levels = [-1.5, -0.5, 0.5, 1.5]
        let domain = Domain(xMin: -1, xMax: 1, yMin: -1, yMax: 1)
        let grid = ScalarGrid(domain: domain, columns: 3, rows: 3) { x, _ in 2 * x }
        let layer = FilledContoursLayer(grid: grid, coloring: .diverging(levels: levels, center: 0, range: -2...2),
                                        colorbar: true)
        let canvas = RecordingCanvas(ascent: 0.8, descent: 0.2)
        let area = DeviceRect(x: 0, y: 0, width: 600, height: 400)
        let bare = AxesRenderer(panel: Panel(domain: domain, xLabel: "x", yLabel: "y", layers: []), theme: .light,
                                canvas: canvas).layout(in: area).rect
        let withBar = AxesRenderer(panel: Panel(domain: domain, xLabel: "x", yLabel: "y", layers: [layer]),
                                   theme: .light, canvas: canvas).layout(in: area).rect
        let strip = layer.rightMargin(text: TextLayout(canvas: canvas), theme: .light)
        XCTAssertGreaterThan(strip, Colorbar.gap + Colorbar.barWidth)
        XCTAssertEqual(withBar.width, bare.width - strip, accuracy: 1e-9)
        XCTAssertEqual(withBar.height, bare.height, accuracy: 1e-9)
        var noBar = layer
        noBar.colorbar = false
        XCTAssertEqual(noBar.rightMargin(text: TextLayout(canvas: canvas), theme: .light), 0)
        XCTAssertEqual(AxesRenderer(panel: Panel(domain: domain, xLabel: "x", yLabel: "y", layers: [noBar]),
                                    theme: .light, canvas: canvas).layout(in: area).rect, bare)

        let plot = DeviceRect(x: 50, y: 10, width: 300, height: 250)
        let context = PlotContext(canvas: canvas, transform: PlotTransform(domain: domain, rect: plot), theme: .light)
        layer.drawRightMargin(in: context, x: plot.maxX)
        XCTAssertEqual(canvas.texts.map(\.text), ["\u{2212}1.5", "\u{2212}0.5", "0.5", "1.5"])
        let bar = DeviceRect(x: plot.maxX + Colorbar.gap, y: plot.minY, width: Colorbar.barWidth, height: plot.height)
        XCTAssertEqual(canvas.fills.count, 5, "one box per band")
        for (k, text) in canvas.texts.enumerated() {
            let y = bar.maxY - Double(k + 1) * bar.height / 5
            XCTAssertEqual(text.origin.y, y + 0.36 * theme.tickLabelSize * 0.9, accuracy: 1e-9, "label \(k) at its tick")
            XCTAssertGreaterThan(text.origin.x, bar.maxX)
            XCTAssertLessThanOrEqual(text.origin.x + canvas.measure(text.text, font: .sans, size: 12.6).width,
                                     plot.maxX + strip + 1e-9, "label inside the strip")
        }
        for (k, fill) in canvas.fills.enumerated() {
            XCTAssertEqual(fill.color, layer.coloring.colors[k], "box \(k) from the bottom")
            for p in points(fill.path) {
                XCTAssertTrue(p.x >= bar.minX && p.x <= bar.maxX && p.y >= bar.minY - 1e-9 && p.y <= bar.maxY + 1e-9)
            }
        }
    }

    private let theme = Theme.light

    /// With many bands on a short bar, labels are thinned to every m-th level, 1.3 lines apart.
    func testColorbarThinsLabels() {
        let levels = (1...40).map(Double.init)
        let colorbar = Colorbar(coloring: .sequential(levels: levels, scale: .viridis), theme: .light)
        let shown = colorbar.labelledLevels(height: 200)
        XCTAssertEqual(shown.first, 0)
        let boxHeight = 200.0 / 41
        let step = Double(shown[1] - shown[0]) * boxHeight
        XCTAssertGreaterThanOrEqual(step, 1.3 * colorbar.labelSize)
        XCTAssertLessThan(step - boxHeight, 1.3 * colorbar.labelSize)
    }

    // MARK: Gradient field

    /// Drawn arrows: every shaft and head point lies inside the arrow's own cell (device units), on
    /// a figure without equal aspect; one head per arrow.
    func testArrowsStayInsideTheirCellsOnTheCanvas() throws {
        let f = try objective("(x^2 + y - 11)^2 + (x + y^2 - 7)^2")
        let domain = Domain(xMin: -5, xMax: 5, yMin: -5, yMax: 5)
        let transform = PlotTransform(domain: domain, rect: DeviceRect(x: 40, y: 30, width: 500, height: 260))
        for length in ArrowLength.allCases {
            let field = GradientField.sample(f, in: domain, grid: 15, length: length)
            let canvas = RecordingCanvas(ascent: 0.8, descent: 0.2)
            GradientFieldLayer(arrows: field.arrows, color: .black, label: nil)
                .draw(in: PlotContext(canvas: canvas, transform: transform, theme: .light))
            XCTAssertEqual(canvas.fills.count, field.arrows.count)
            for arrow in field.arrows {
                let cell = GradientFieldLayer.deviceCell(arrow.cell, transform)
                guard let g = GradientFieldLayer.geometry(tail: transform.device(arrow.tail), tip: transform.device(arrow.tip),
                                                          cell: cell) else { continue }
                for p in g.shaft + g.head {
                    XCTAssertTrue(cell.insetBy(dx: -1e-9, dy: -1e-9).contains(p), "\(p) outside \(cell)")
                }
                XCTAssertEqual(g.head[0], transform.device(arrow.tip), "the head's point is the tip")
            }
        }
    }

    /// With equal aspect, normalised arrows all have the same length on the page too.
    func testNormalizedArrowsAreEquallyLongOnThePage() throws {
        let f = try objective("x^2 - y^2")
        let domain = Domain(xMin: -2, xMax: 2, yMin: -2, yMax: 2)
        let transform = PlotTransform(domain: domain, rect: DeviceRect(x: 0, y: 0, width: 400, height: 400))
        let field = GradientField.sample(f, in: domain, grid: 10)
        let lengths = field.arrows.map { transform.device($0.tip).distance(to: transform.device($0.tail)) }
        for length in lengths { XCTAssertEqual(length, 0.8 * 40, accuracy: 1e-9) }
    }

    func testDefaultLegendLabelStatesTheScale() {
        XCTAssertEqual(GradientFieldLayer.defaultLabel(direction: .descent, scale: nil), "$-\\nabla f$ (direction)")
        XCTAssertEqual(GradientFieldLayer.defaultLabel(direction: .descent, scale: 0.0079712),
                       "$-\\nabla f$ (arrow $= -0.00797\\,\\nabla f$)")
        XCTAssertEqual(GradientFieldLayer.defaultLabel(direction: .ascent, scale: 2.5), "$\\nabla f$ (arrow $= 2.5\\,\\nabla f$)")
    }

    // MARK: Streamlines

    func testStreamlineArrowheadsAreSpreadAlongTheCurve() {
        // 240 units: round(240 / 120) = 2 heads, in the middle of each half.
        let straight = [Point2(0, 0), Point2(100, 0), Point2(240, 0)]
        let places = StreamlinesLayer.arrowPlaces(straight)
        XCTAssertEqual(places.map(\.point), [Point2(60, 0), Point2(180, 0)])
        XCTAssertTrue(places.allSatisfy { $0.direction.x > 0 && $0.direction.y == 0 }, "pointing along the flow")
        XCTAssertEqual(StreamlinesLayer.arrowPlaces([Point2(0, 0), Point2(40, 0)]).map(\.point), [Point2(20, 0)])
        XCTAssertTrue(StreamlinesLayer.arrowPlaces([Point2(0, 0), Point2(10, 0)]).isEmpty, "too short for a head")
    }
}
