import GDVizEngine

/// Text laid out and placed: its box, baseline origin and angle (0 or π/2).
struct PlacedText {
    var box: TextBox
    var origin: Point2
    var angle: Double = 0

    /// `box` centred on `center` (horizontal text).
    init(_ box: TextBox, centeredAt center: Point2) {
        self.box = box
        origin = Point2(center.x - box.width / 2, center.y + (box.ascent - box.descent) / 2)
    }

    init(_ box: TextBox, origin: Point2, angle: Double) {
        self.box = box
        self.origin = origin
        self.angle = angle
    }

    /// The device rectangle the text covers.
    var bounds: DeviceRect {
        if angle == 0 {
            return DeviceRect(x: origin.x, y: origin.y - box.ascent, width: box.width, height: box.height)
        }
        // Rotated a quarter turn counter-clockwise: the text runs upwards, its ascent to the left.
        return DeviceRect(x: origin.x - box.ascent, y: origin.y - box.width, width: box.height, height: box.width)
    }

    func draw(on canvas: Canvas, color: Color) {
        box.draw(on: canvas, at: origin, angle: angle, color: color)
    }
}

/// The box of a surface view as matplotlib draws it: three back panes with grid lines, the x and
/// y axes on the two floor edges nearest the eye, the z axis on the leftmost vertical edge, with
/// ticks at nice values and labels set by ``TextLayout``.
struct SurfaceAxes {
    let projection: SurfaceProjection
    let theme: Theme
    let text: TextLayout
    let xLabel: String, yLabel: String, zLabel: String
    /// The z values that get ticks: the function's range, not the gap above the floor.
    let zTicksRange: ClosedRange<Double>

    /// Box x and y of the sides nearer the eye (the back panes are on the other sides).
    var nearX: Double { projection.view.toEye.x >= 0 ? 0.5 : -0.5 }
    var nearY: Double { projection.view.toEye.y >= 0 ? 0.5 : -0.5 }

    /// The edge carrying the x axis, as its box (y, z): of the four edges parallel to x, the
    /// lowest on screen (on the box's outline), the nearer one on a tie. Seen from above that is
    /// the floor's front edge, from below the floor's back edge.
    var xAxisEdge: (y: Double, z: Double) {
        lowestEdge { a, b in (Vector3(0, a, b), (a, b)) }
    }

    /// The edge carrying the y axis, as its box (x, z).
    var yAxisEdge: (x: Double, z: Double) {
        lowestEdge { a, b in (Vector3(a, 0, b), (a, b)) }
    }

    private func lowestEdge(_ midpoint: (Double, Double) -> (Vector3, (Double, Double))) -> (Double, Double) {
        var best: (Double, Double) = (0, 0), bestKey = (-Double.infinity, -Double.infinity)
        for a in [-0.5, 0.5] {
            for b in [box.bottom, box.top] {
                let (p, edge) = midpoint(a, b)
                // Screen height below, rounded so that coincident edges tie; then depth.
                let key = (((-projection.view.screen(p).y) * 1e9).rounded(), projection.view.depth(p))
                if key > bestKey {
                    bestKey = key
                    best = edge
                }
            }
        }
        return best
    }

    /// An axis whose edge is shorter than this on screen is seen end-on: it gets no ticks.
    static let shortestTickedEdge = 40.0
    /// Box z of the horizontal back pane: the floor seen from above, the ceiling from below.
    var paneZ: Double { projection.view.toEye.z >= 0 ? projection.box.bottom : projection.box.top }
    var box: SurfaceBox { projection.box }
    var tickSize: Double { theme.tickLabelSize }
    var labelSize: Double { theme.labelSize }

    /// Box (x, y) of the vertical edge carrying the z axis: the leftmost one on screen.
    var zCorner: (x: Double, y: Double) {
        let corners = [(-0.5, -0.5), (0.5, -0.5), (0.5, 0.5), (-0.5, 0.5)]
        let screens = corners.map { projection.view.screen(Vector3($0.0, $0.1, 0)).x }
        let best = screens.indices.min { screens[$0] < screens[$1] - 1e-12 }!
        return corners[best]
    }

    // MARK: Ticks

    var xTicks: Ticks { Ticks.nice(box.domain.xMin, box.domain.xMax, target: target(edgeLength(.x), per: 85)) }
    var yTicks: Ticks { Ticks.nice(box.domain.yMin, box.domain.yMax, target: target(edgeLength(.y), per: 85)) }
    var zTicks: Ticks {
        let lo = projection.device(0, 0, zTicksRange.lowerBound), hi = projection.device(0, 0, zTicksRange.upperBound)
        return Ticks.nice(zTicksRange.lowerBound, zTicksRange.upperBound, target: target(lo.distance(to: hi), per: 55))
    }

    private func target(_ pixels: Double, per: Double) -> Int { max(2, min(6, Int(pixels / per))) }

    private enum Axis { case x, y }

    private func edgeLength(_ axis: Axis) -> Double {
        let (a, b) = axisLine(axis)
        return projection.device(a).distance(to: projection.device(b))
    }

    private func axisLine(_ axis: Axis) -> (Vector3, Vector3) {
        switch axis {
        case .x:
            let e = xAxisEdge
            return (Vector3(-0.5, e.y, e.z), Vector3(0.5, e.y, e.z))
        case .y:
            let e = yAxisEdge
            return (Vector3(e.x, -0.5, e.z), Vector3(e.x, 0.5, e.z))
        }
    }

    private var zLine: (Vector3, Vector3) {
        let c = zCorner
        return (Vector3(c.x, c.y, box.bottom), Vector3(c.x, c.y, box.top))
    }

    /// The device direction of the box direction `d` at `p`, normalised.
    private func deviceDirection(_ d: Vector3, at p: Vector3) -> Point2 {
        let v = projection.device(p + 0.1 * d) - projection.device(p)
        return v.norm > 1e-9 ? (1 / v.norm) * v : Point2(0, 1)
    }

    /// One axis drawn along an edge: tick positions (box points), the outward direction on
    /// screen and the labels.
    private struct EdgeTicks {
        var points: [Vector3]
        var outward: Point2
        var labels: [String]
        var ticked: Bool
    }

    /// The grid positions (always) and the ticks (unless the edge is seen end-on) of each axis.
    private var xEdge: EdgeTicks {
        let t = xTicks, e = xAxisEdge
        let points = t.values.map { Vector3(box.point($0, box.domain.yMin, 0).x, e.y, e.z) }
        return EdgeTicks(points: points, outward: deviceDirection(Vector3(0, e.y, 0), at: Vector3(0, e.y, e.z)),
                         labels: t.labels, ticked: edgeLength(.x) >= Self.shortestTickedEdge)
    }

    private var yEdge: EdgeTicks {
        let t = yTicks, e = yAxisEdge
        let points = t.values.map { Vector3(e.x, box.point(box.domain.xMin, $0, 0).y, e.z) }
        return EdgeTicks(points: points, outward: deviceDirection(Vector3(e.x, 0, 0), at: Vector3(e.x, 0, e.z)),
                         labels: t.labels, ticked: edgeLength(.y) >= Self.shortestTickedEdge)
    }

    private var zEdge: EdgeTicks {
        let t = zTicks, c = zCorner
        let points = t.values.map { Vector3(c.x, c.y, box.point(box.domain.xMin, box.domain.yMin, $0).z) }
        let corner = projection.device(Vector3(c.x, c.y, 0))
        let length = projection.device(zLine.0).distance(to: projection.device(zLine.1))
        return EdgeTicks(points: points, outward: Point2(corner.x <= projection.origin.x ? -1 : 1, 0), labels: t.labels,
                         ticked: length >= Self.shortestTickedEdge)
    }

    // MARK: Drawing

    /// The three back panes and their grid lines.
    func drawPanes(on canvas: Canvas) {
        let fill = theme.foreground.withAlpha(0.045)
        let border = StrokeStyle(color: theme.foreground.withAlpha(0.28), width: 0.8, join: .round)
        let grid = StrokeStyle(color: theme.foreground.withAlpha(0.13), width: 0.7)
        canvas.beginPaintRole(.decoration)
        defer { canvas.endPaintRole() }
        let farX = -nearX, farY = -nearY, b = box.bottom, t = box.top
        let xs = xEdge.points.map(\.x), ys = yEdge.points.map(\.y), zs = zEdge.points.map(\.z)
        let panes: [([Vector3], [(Vector3, Vector3)])] = [
            ([Vector3(-0.5, -0.5, paneZ), Vector3(0.5, -0.5, paneZ), Vector3(0.5, 0.5, paneZ), Vector3(-0.5, 0.5, paneZ)],
             xs.map { (Vector3($0, -0.5, paneZ), Vector3($0, 0.5, paneZ)) }
                + ys.map { (Vector3(-0.5, $0, paneZ), Vector3(0.5, $0, paneZ)) }),
            ([Vector3(farX, -0.5, b), Vector3(farX, 0.5, b), Vector3(farX, 0.5, t), Vector3(farX, -0.5, t)],
             ys.map { (Vector3(farX, $0, b), Vector3(farX, $0, t)) } + zs.map { (Vector3(farX, -0.5, $0), Vector3(farX, 0.5, $0)) }),
            ([Vector3(-0.5, farY, b), Vector3(0.5, farY, b), Vector3(0.5, farY, t), Vector3(-0.5, farY, t)],
             xs.map { (Vector3($0, farY, b), Vector3($0, farY, t)) } + zs.map { (Vector3(-0.5, farY, $0), Vector3(0.5, farY, $0)) }),
        ]
        for (corners, lines) in panes {
            let outline = Path.polyline(corners.map(projection.device), closed: true)
            canvas.fill(outline, color: fill)
            for (a, b) in lines { canvas.stroke(.polyline([projection.device(a), projection.device(b)]), style: grid) }
            canvas.stroke(outline, style: border)
        }
    }

    /// Axis lines, tick marks, tick labels and axis labels.
    func drawAxes(on canvas: Canvas) {
        let line = StrokeStyle(color: theme.frame, width: theme.frameWidth, cap: .round)
        for (a, b) in [axisLine(.x), axisLine(.y), zLine] {
            canvas.stroke(.polyline([projection.device(a), projection.device(b)]), style: line)
        }
        let tick = StrokeStyle(color: theme.frame, width: theme.frameWidth)
        for edge in [xEdge, yEdge, zEdge] where edge.ticked {
            for p in edge.points {
                let a = projection.device(p)
                canvas.stroke(.polyline([a, a + theme.tickLength * edge.outward]), style: tick)
            }
        }
        for placed in texts() { placed.draw(on: canvas, color: theme.foreground) }
    }

    /// Every tick label and axis label where it is drawn.
    func texts() -> [PlacedText] {
        var result: [PlacedText] = []
        let gap = theme.tickLength + 4
        for (edge, label, along) in [(xEdge, xLabel, Vector3(1, 0, 0)), (yEdge, yLabel, Vector3(0, 1, 0))] where edge.ticked {
            let o = edge.outward
            var extent = 0.0
            for (p, text) in zip(edge.points, edge.labels) {
                let box = self.text.layout(text, size: tickSize)
                let support = abs(o.x) * box.width / 2 + abs(o.y) * box.height / 2
                extent = max(extent, 2 * support)
                result.append(PlacedText(box, centeredAt: projection.device(p) + (gap + support) * o))
            }
            guard !label.isEmpty, let first = edge.points.first else { continue }
            let box = self.text.layout(label, size: labelSize)
            let support = abs(o.x) * box.width / 2 + abs(o.y) * box.height / 2
            // The middle of the edge: the tick line's x (or y) set to the box centre.
            let middle = Vector3(along.x == 1 ? 0 : first.x, along.y == 1 ? 0 : first.y, first.z)
            result.append(PlacedText(box, centeredAt: projection.device(middle) + (gap + extent + 6 + support) * o))
        }
        let edge = zEdge, o = edge.outward
        guard edge.ticked else { return result }
        var widest = 0.0
        for (p, text) in zip(edge.points, edge.labels) {
            let box = self.text.layout(text, size: tickSize)
            widest = max(widest, box.width)
            let a = projection.device(p) + gap * o
            let x = o.x < 0 ? a.x - box.width : a.x
            result.append(PlacedText(box, origin: Point2(x, a.y + 0.36 * tickSize), angle: 0))
        }
        if !zLabel.isEmpty {
            let box = text.layout(zLabel, size: labelSize)
            let c = zCorner
            let mid = 0.5 * (projection.device(box3: c, zTicksRange.lowerBound) + projection.device(box3: c, zTicksRange.upperBound))
            let x = o.x < 0 ? mid.x - gap - widest - 8 - box.descent : mid.x + gap + widest + 8 + box.ascent
            result.append(PlacedText(box, origin: Point2(x, mid.y + box.width / 2), angle: Double.pi / 2))
        }
        return result
    }
}

extension SurfaceProjection {
    /// Device position of the box corner column (x, y) at data height z.
    fileprivate func device(box3 c: (x: Double, y: Double), _ z: Double) -> Point2 {
        device(Vector3(c.x, c.y, box.point(box.domain.xMin, box.domain.yMin, z).z))
    }
}
