#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GDVizEngine
import GDVizTestSupport
import XCTest
@testable import GDVizRender

/// The vertices of a path (a closed path repeats its first vertex at the end).
private func vertices(_ path: Path) -> [Point2] {
    var result: [Point2] = []
    for element in path.elements {
        switch element {
        case .move(let p), .line(let p): result.append(p)
        case .curve(_, _, let p): result.append(p)
        case .close: if let first = result.first { result.append(first) }
        }
    }
    return result
}

private func length(_ points: [Point2]) -> Double {
    zip(points, points.dropFirst()).reduce(0) { $0 + $1.0.distance(to: $1.1) }
}

/// The part of a polyline between arc positions `range` (a closed line is walked twice, so
/// ranges across its first vertex work), computed here independently of `ArcPolyline`.
private func stretch(of line: ContourLabelPlacer.Line, over range: ClosedRange<Double>) -> [Point2] {
    var points = line.points
    if line.isClosed { points = points + points + [points[0]] }
    let total = length(line.isClosed ? line.points + [line.points[0]] : line.points)
    let shift = range.lowerBound < 0 ? total : 0
    let a = range.lowerBound + shift, b = range.upperBound + shift
    var result: [Point2] = []
    var s = 0.0
    for (p, q) in zip(points, points.dropFirst()) {
        let d = p.distance(to: q)
        defer { s += d }
        guard d > 0, s + d >= a, s <= b else { continue }
        let from = max(0, (a - s) / d), to = min(1, (b - s) / d)
        let start = p + from * (q - p), end = p + to * (q - p)
        if result.last.map({ $0.distance(to: start) > 1e-9 }) ?? true { result.append(start) }
        result.append(end)
    }
    return result
}

/// How much the direction of `points` turns: the spread of segment headings (segments of at
/// least 1 px) relative to the chord, and the chord over the arc length.
private func turning(_ points: [Point2]) -> (spread: Double, chordRatio: Double) {
    let chord = points[points.count - 1] - points[0]
    let u = (1 / chord.norm) * chord
    var headings: [Double] = []
    for (p, q) in zip(points, points.dropFirst()) where p.distance(to: q) >= 1 {
        let d = q - p
        headings.append(atan2(u.x * d.y - u.y * d.x, u.x * d.x + u.y * d.y))
    }
    return ((headings.max() ?? 0) - (headings.min() ?? 0), chord.norm / length(points))
}

private let plotRect = DeviceRect(x: 60, y: 20, width: 720, height: 360)
private let ellipseDomain = Domain(xMin: -4, xMax: 4, yMin: -2, yMax: 2)

/// Ellipses x² + 4y² = c filling the plot.
private func ellipseLevels(_ values: [Double] = [0.5, 1, 2, 4, 8, 12]) -> [ContourLevel] {
    let grid = ScalarGrid(domain: ellipseDomain, columns: 201, rows: 101) { x, y in x * x + 4 * y * y }
    return MarchingSquares.contours(grid, levels: values)
}

/// Rosenbrock's banana valley with 24 log-spaced levels: long, dense, curved lines.
private func rosenbrockLevels() -> (levels: [ContourLevel], domain: Domain) {
    let domain = Domain(xMin: -2, xMax: 2, yMin: -1, yMax: 3)
    let grid = ScalarGrid(domain: domain, columns: 241, rows: 241) { x, y in
        (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x)
    }
    let values = ContourLevels.logarithmic(count: 24, in: 0...3609)
    return (MarchingSquares.contours(grid, levels: values), domain)
}

private func context(_ canvas: Canvas, domain: Domain = ellipseDomain, rect: DeviceRect = plotRect) -> PlotContext {
    PlotContext(canvas: canvas, transform: PlotTransform(domain: domain, rect: rect), theme: .light)
}

/// The layer's lines in device space, numbered as `placedLabels` numbers them.
private func deviceLines(_ layer: ContourLinesLayer, _ context: PlotContext) -> [ContourLabelPlacer.Line] {
    layer.levels.enumerated().flatMap { index, level in
        level.lines.filter { $0.points.count >= 2 }.map {
            ContourLabelPlacer.Line(points: $0.points.map(context.transform.device), isClosed: $0.isClosed,
                                    level: index)
        }
    }
}

final class ContourLabelTests: XCTestCase {
    // MARK: Level text

    func testLevelLabelsUseJustEnoughDigits() {
        XCTAssertEqual(Ticks.levelLabels([0.5, 1, 2.5, 1000]), ["0.5", "1", "2.5", "1000"])
        XCTAssertEqual(Ticks.levelLabels([68.46, 136.92]), ["68", "137"])
        XCTAssertEqual(Ticks.levelLabels([-6.1593, -6.1105]), ["\u{2212}6.16", "\u{2212}6.11"])
        XCTAssertEqual(Ticks.levelLabels([-2, 0, 0.1, 0.2]), ["\u{2212}2", "0", "0.1", "0.2"])
        XCTAssertEqual(Ticks.levelLabels([12_345_678]), ["12300000"], "a lone level keeps 0.5 % of itself")
        XCTAssertEqual(Ticks.levelLabels([0.001, 0.0012]), ["0.001", "0.0012"])
        XCTAssertEqual(Ticks.levelLabels([]), [])
    }

    /// Each label is within 2 % of the gap to its nearest neighbour, so neighbours always differ.
    func testLevelLabelsTellNeighboursApart() {
        let levels = ContourLevels.logarithmic(count: 24, in: -6.256...90) + [100, 100.5]
        let labels = Ticks.levelLabels(levels)
        XCTAssertEqual(Set(labels).count, levels.count)
        for (k, label) in labels.enumerated() {
            let shown = Double(label.replacingOccurrences(of: "\u{2212}", with: "-"))!
            let below = k > 0 ? levels[k] - levels[k - 1] : .infinity
            let gap = min(below, k + 1 < levels.count ? levels[k + 1] - levels[k] : .infinity)
            XCTAssertLessThanOrEqual(abs(shown - levels[k]), 0.02 * gap + 1e-12, "level \(levels[k]) shown as \(label)")
            XCTAssertFalse(label.contains("-") || label.contains(","), "true minus sign, no locale: \(label)")
        }
    }

    // MARK: Geometry

    func testRotatedRectHitTests() {
        let box = RotatedRect(center: Point2(100, 100), angle: Double.pi / 6, halfWidth: 20, halfHeight: 5)
        XCTAssertTrue(box.contains(Point2(100, 100)))
        XCTAssertTrue(box.contains(box.center + 19 * box.axis))
        XCTAssertFalse(box.contains(box.center + 6 * box.normal))
        XCTAssertTrue(box.intersects(segment: box.center - 30 * box.normal, box.center + 30 * box.normal))
        XCTAssertFalse(box.intersects(segment: box.center + 7 * box.normal - 50 * box.axis,
                                      box.center + 7 * box.normal + 50 * box.axis), "parallel, just outside")
        XCTAssertTrue(box.intersects(segment: box.center, box.center), "a point inside")
        // Text at 30° rises to the right: its reading direction points up the screen.
        XCTAssertLessThan(box.axis.y, 0)
        let other = RotatedRect(center: box.center + 12 * box.normal, angle: 0, halfWidth: 3, halfHeight: 3)
        XCTAssertFalse(box.intersects(other), "separated along the box's normal")
        XCTAssertTrue(box.intersects(other.grown(by: 5)))
    }

    func testPiecesLeaveOutTheGaps() {
        let square = [Point2(0, 0), Point2(100, 0), Point2(100, 100), Point2(0, 100)]
        let closed = ArcPolyline(square, closed: true)
        XCTAssertEqual(closed.length, 400, accuracy: 1e-9)
        let pieces = closed.pieces(removing: [-20...30, 150...170])
        XCTAssertEqual(pieces.count, 2)
        XCTAssertEqual(pieces.map(length).reduce(0, +), 400 - 50 - 20, accuracy: 1e-9)
        // From the end of the second gap round to the first, then across the first vertex to the second.
        XCTAssertEqual(pieces[0].first!, Point2(100, 70))
        XCTAssertEqual(pieces[0].last!, Point2(0, 20))
        XCTAssertEqual(pieces[1].first!, Point2(30, 0))
        XCTAssertEqual(pieces[1].last!, Point2(100, 50))

        let open = ArcPolyline(square, closed: false)
        let openPieces = open.pieces(removing: [0...10, 100...120])
        XCTAssertEqual(openPieces.map(length), [90, 180], "the end piece stops at the last vertex")
    }

    func testUprightAngles() {
        XCTAssertEqual(ContourLabelPlacer.uprightAngle(Point2(1, 0)), 0, accuracy: 1e-12)
        XCTAssertEqual(ContourLabelPlacer.uprightAngle(Point2(-1, 0)), 0, accuracy: 1e-12, "never upside down")
        XCTAssertEqual(ContourLabelPlacer.uprightAngle(Point2(-1, -1)), -Double.pi / 4, accuracy: 1e-12)
        XCTAssertEqual(ContourLabelPlacer.uprightAngle(Point2(0, 1)), Double.pi / 2, accuracy: 1e-12,
                       "vertical text reads upwards")
    }

    // MARK: Placement

    /// The layout promises, checked on both test surfaces.
    func testLabelsAreStraightUprightInsideAndApart() throws {
        let rosenbrock = rosenbrockLevels()
        let cases: [(String, [ContourLevel], Domain, DeviceRect)] = [
            ("ellipses", ellipseLevels(), ellipseDomain, plotRect),
            ("rosenbrock", rosenbrock.levels, rosenbrock.domain, DeviceRect(x: 70, y: 20, width: 780, height: 600)),
        ]
        for (name, levels, domain, rect) in cases {
            let canvas = RecordingCanvas(ascent: 0.93, descent: 0.24)
            let ctx = context(canvas, domain: domain, rect: rect)
            let layer = ContourLinesLayer(levels: levels, scale: .viridis, lineWidth: 1, labels: true)
            let labels = layer.placedLabels(in: ctx)
            let lines = deviceLines(layer, ctx)
            XCTAssertGreaterThanOrEqual(labels.count, name == "ellipses" ? 4 : 15, name)
            let size = ctx.theme.tickLabelSize * 0.8
            let margin = 0.25 * size
            for (i, label) in labels.enumerated() {
                let where_ = "\(name) label \(label.text)"
                // Straight: the line under the label turns ≤ 12° (+1° for raw vs resampled vertices).
                let under = stretch(of: lines[label.line], over: label.gap)
                let (spread, ratio) = turning(under)
                XCTAssertLessThanOrEqual(spread * 180 / Double.pi, 13, where_)
                XCTAssertGreaterThanOrEqual(ratio, 0.95, where_)
                // Centred on its line and along it.
                let t = (label.gap.lowerBound + label.gap.upperBound) / 2
                let middle = stretch(of: lines[label.line], over: label.gap.lowerBound...t).last!
                XCTAssertLessThan(middle.distance(to: label.box.center), 0.01, where_)
                let chord = under.last! - under.first!
                let across = abs(chord.x * label.box.normal.x + chord.y * label.box.normal.y) / chord.norm
                XCTAssertLessThan(across, 1e-9, "\(where_): text runs along the chord")
                // The gap covers the text plus padding at both ends.
                XCTAssertEqual(label.gap.upperBound - label.gap.lowerBound, 2 * label.box.halfWidth + 0.7 * size,
                               accuracy: 1e-9, where_)
                // Upright.
                XCTAssertGreaterThan(label.angle, -Double.pi / 2, where_)
                XCTAssertLessThanOrEqual(label.angle, Double.pi / 2 + 1e-12, where_)
                // Inside the plot, with room to the frame.
                for corner in label.box.grown(by: margin).corners {
                    XCTAssertTrue(rect.insetBy(dx: 0.5 * size - 1e-9, dy: 0.5 * size - 1e-9).contains(corner), where_)
                }
                // Apart from every other label, margins included.
                for other in labels[(i + 1)...] {
                    XCTAssertFalse(label.box.grown(by: margin).intersects(other.box.grown(by: margin)),
                                   "\(where_) overlaps \(other.text)")
                }
                // On a long enough line, at most two per line piece, 150 px apart.
                XCTAssertGreaterThanOrEqual(length(lines[label.line].points),
                                            3 * (label.gap.upperBound - label.gap.lowerBound), where_)
                let sameLine = labels.filter { $0.line == label.line }
                XCTAssertLessThanOrEqual(sameLine.count, 2, where_)
                for other in sameLine where other != label {
                    XCTAssertGreaterThanOrEqual(other.box.center.distance(to: label.box.center), 150, where_)
                }
            }
            // Deterministic.
            XCTAssertEqual(layer.placedLabels(in: ctx), labels, name)
        }
    }

    /// Drawn: each line is broken where its label is, no line crosses any label's text, and the
    /// text is drawn upright at the label's angle.
    func testLinesAreBrokenUnderTheText() throws {
        let canvas = RecordingCanvas(ascent: 0.93, descent: 0.24)
        let ctx = context(canvas)
        let layer = ContourLinesLayer(levels: ellipseLevels(), scale: .viridis, lineWidth: 1, labels: true)
        let labels = layer.placedLabels(in: ctx)
        layer.draw(in: ctx)
        XCTAssertFalse(labels.isEmpty)
        let segments = canvas.strokes.flatMap { stroke -> [(Point2, Point2)] in
            let v = vertices(stroke.path)
            return Array(zip(v, v.dropFirst()))
        }
        for label in labels {
            XCTAssertFalse(segments.contains { label.box.intersects(segment: $0.0, $0.1) },
                           "a line crosses \(label.text)")
        }
        // Each labelled line lost exactly its gaps.
        let lines = deviceLines(layer, ctx)
        let drawnLength = canvas.strokes.map { length(vertices($0.path)) }.reduce(0, +)
        let fullLength = lines.map { length($0.isClosed ? $0.points + [$0.points[0]] : $0.points) }.reduce(0, +)
        let gapLength = labels.map { $0.gap.upperBound - $0.gap.lowerBound }.reduce(0, +)
        XCTAssertEqual(drawnLength, fullLength - gapLength, accuracy: 1e-6 * fullLength)
        // The text: one draw per label, at the label's angle, its ink centred on the label's centre.
        XCTAssertEqual(canvas.texts.map(\.text), labels.map(\.text))
        for (drawn, label) in zip(canvas.texts, labels) {
            XCTAssertEqual(drawn.angle, label.angle, accuracy: 1e-12)
            XCTAssertEqual(drawn.size, 11.2, accuracy: 1e-12)
            let width = 0.6 * drawn.size * Double(drawn.text.count)
            let inkCenter = drawn.origin + (width / 2) * label.box.axis - (0.365 * drawn.size) * label.box.normal
            XCTAssertLessThan(inkCenter.distance(to: label.box.center), 1e-9)
        }
    }

    /// `"labels": false` draws exactly what the layer drew before labels existed.
    func testNoLabelsWhenOff() {
        let canvas = RecordingCanvas(ascent: 0.93, descent: 0.24)
        let ctx = context(canvas)
        let levels = ellipseLevels()
        let layer = ContourLinesLayer(levels: levels, scale: .viridis, lineWidth: 1)
        XCTAssertFalse(layer.labels)
        layer.draw(in: ctx)
        XCTAssertTrue(canvas.texts.isEmpty)
        let expected = levels.flatMap { level in
            level.lines.filter { $0.points.count >= 2 }.map {
                Path.polyline($0.points.map(ctx.transform.device), closed: $0.isClosed)
            }
        }
        XCTAssertEqual(canvas.strokes.map(\.path), expected)
    }

    /// Labels keep off the legend and off the layers drawn above the contours. A trajectory down
    /// the ellipses' flat tops and bottoms (where labels go when nothing is in the way) pushes
    /// them aside, through the panel's drawing (AxesRenderer passes the layers above).
    func testLabelsAvoidTrajectoriesAndTheLegend() throws {
        let levels = ellipseLevels()
        let layer = ContourLinesLayer(levels: levels, scale: .viridis, lineWidth: 1, labels: true)
        var trajectory = Trajectory()
        trajectory.points = [Point2(0.2, -2), Point2(-0.2, -0.6), Point2(0.2, 0.6), Point2(-0.2, 2)]
        let run = TrajectoryLayer(runs: [(trajectory, TrajectoryStyle(label: "GD", color: Color(hex: 0xD62728)))])

        let alone = context(RecordingCanvas(ascent: 0.93, descent: 0.24))
        let path = trajectory.points.map(alone.transform.device)
        func crossesRun(_ box: RotatedRect) -> Bool {
            zip(path, path.dropFirst()).contains { box.intersects(segment: $0.0, $0.1) }
        }
        XCTAssertTrue(layer.placedLabels(in: alone).contains { crossesRun($0.box) }, "the run is in the labels' way")

        var withRun = alone
        withRun.layersAbove = [run]
        let legend = DeviceRect(x: 600, y: 30, width: 170, height: 60)
        withRun.legendRect = legend
        let labels = layer.placedLabels(in: withRun)
        XCTAssertFalse(labels.isEmpty)
        for label in labels {
            let box = label.box.grown(by: 0.25 * 11.2)
            XCTAssertFalse(crossesRun(box.grown(by: 5)), "\(label.text) covers the run")
            for p in path { XCTAssertFalse(box.grown(by: 9).contains(p), "\(label.text) covers a marker") }
            XCTAssertFalse(box.intersects(RotatedRect(legend)), "\(label.text) is under the legend")
        }

        // The same through a whole figure: the panel tells the contours about the run above them.
        let canvas = RecordingCanvas(ascent: 0.93, descent: 0.24)
        let figure = Figure(width: 800, height: 450, title: nil, panels: [
            Panel(domain: ellipseDomain, xLabel: "x", yLabel: "y", equalAspect: true, layers: [layer, run]),
        ])
        figure.draw(on: canvas)
        let runStroke = try XCTUnwrap(canvas.strokes.first {
            $0.style.color == Color(hex: 0xD62728) && $0.style.width == 1.8
        })
        let runPath = vertices(runStroke.path)
        let drawnLabels = canvas.texts.filter { abs($0.size - 11.2) < 1e-9 }  // tick labels and the legend are 14 px
        XCTAssertFalse(drawnLabels.isEmpty)
        for text in drawnLabels {
            let width = 0.6 * text.size * Double(text.text.count)
            let axis = Point2(cos(text.angle), -sin(text.angle)), normal = Point2(sin(text.angle), cos(text.angle))
            let center = text.origin + (width / 2) * axis - (0.365 * text.size) * normal
            let box = RotatedRect(center: center, angle: text.angle, halfWidth: width / 2, halfHeight: 0.37 * text.size)
            let grown = box.grown(by: 2.8)
            XCTAssertFalse(zip(runPath, runPath.dropFirst()).contains { grown.intersects(segment: $0.0, $0.1) },
                           "\(text.text) covers the run in the figure")
        }
    }

    /// Short lines (under three label windows) and lines hugging the frame get no label.
    func testNoLabelsOnShortLinesOrAtTheFrame() {
        let placer = ContourLabelPlacer(plot: plotRect, fontSize: 11.2)
        let short = ContourLabelPlacer.Line(points: [Point2(200, 200), Point2(240, 200)], isClosed: false, level: 0)
        let atFrame = ContourLabelPlacer.Line(points: [Point2(80, 23), Point2(700, 23)], isClosed: false, level: 0)
        let long = ContourLabelPlacer.Line(points: [Point2(150, 200), Point2(650, 200)], isClosed: false, level: 0)
        XCTAssertTrue(placer.place([short, atFrame], texts: ["1"], widths: [6.72]).isEmpty)
        let placed = placer.place([long], texts: ["1"], widths: [6.72])
        XCTAssertEqual(placed.count, 1, "one label: a 500 px line is shorter than half the plot's perimeter")
        XCTAssertEqual(placed.first?.angle ?? .nan, 0, accuracy: 1e-12)
    }
}
