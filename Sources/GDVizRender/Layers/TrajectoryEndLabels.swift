import GDVizEngine

/// `"label_ends": true`: each run's label written beside its last iterate instead of in the
/// legend. Labels are placed one after another, each at the candidate spot that covers the least:
/// never outside the plot, over the legend or over a label placed before; then as little marker
/// and line ink as possible. A label pushed away from its end gets a thin leader line to it.
enum TrajectoryEndLabels {
    struct Placed {
        var box: TextBox
        var origin: Point2
        var rect: DeviceRect
        var color: Color
        /// From the end point to the label, when the label sits away from it.
        var leader: [Point2]?
    }

    static func place(_ layer: TrajectoryLayer, in context: PlotContext) -> [Placed] {
        let plot = context.plotRect.insetBy(dx: 3, dy: 3)
        // Every other layer of the panel, through its data points only (never its labels, which may
        // be placed around these), so the result is the same from whichever layer's context it is asked.
        let others = context.panelLayers.filter { !($0 is TrajectoryLayer) }
        let data = others.flatMap { $0.dataPoints(in: context) }
        let markers = data.filter { $0.weight >= 2 }.map(\.point)
        var ink: [(point: Point2, weight: Double)] = data.filter { $0.weight < 2 }
        var ends: [Point2] = []
        var lines: [[Point2]] = []
        for (trajectory, _) in layer.runs {
            let line = TrajectoryLayer.visiblePart(trajectory, in: context.transform.domain).map(context.transform.device)
            lines.append(line)
            if let last = line.last { ends.append(last) }
            ink += densified(LongPolyline.drawable(line, pixelScale: 1)).map { ($0, 1.0) }
        }
        var placed: [Placed] = []
        for ((trajectory, style), line) in zip(layer.runs, lines) {
            guard let end = line.last, end.isFinite else { continue }
            let suffix = trajectory.stop == .diverged ? " (diverged)" : ""
            let box = context.text.layout(style.label + suffix, size: CalculusDrawing.labelSize(context.theme))
            let heading = line.count > 1 ? end - line[line.count - 2] : Point2(1, -1)
            var best: (cost: Double, origin: Point2, rect: DeviceRect, far: Bool)?
            for (gap, far) in [(7.0, false), (20.0, true), (38.0, true), (60.0, true)] {
                for direction in directions(preferring: heading) {
                    let origin = CalculusDrawing.origin(for: box, beside: end, direction: direction, gap: gap,
                                                        inside: context.plotRect)
                    let rect = CalculusDrawing.bounds(of: box, at: origin, padding: 2)
                    guard rect.minX >= plot.minX, rect.maxX <= plot.maxX, rect.minY >= plot.minY, rect.maxY <= plot.maxY,
                          !(context.legendRect.map { rect.intersects($0.insetBy(dx: -3, dy: -3)) } ?? false),
                          !placed.contains(where: { rect.intersects($0.rect.insetBy(dx: -2, dy: -2)) })
                    else { continue }
                    let grown = rect.insetBy(dx: -3, dy: -3)
                    var cost = far ? 4 + gap / 10 : 0
                    cost += 40 * Double(markers.filter(grown.contains).count)
                    cost += 30 * Double(ends.filter(grown.contains).count)
                    cost += 0.5 * ink.reduce(0) { rect.contains($1.point) ? $0 + $1.weight : $0 }
                    if best == nil || cost < best!.cost - 1e-9 { best = (cost, origin, rect, far) }
                }
                if let best, best.cost < 1 { break }
            }
            guard let chosen = best else { continue }
            var leader: [Point2]?
            if chosen.far {
                let r = chosen.rect
                let nearest = Point2(min(max(end.x, r.minX), r.maxX), min(max(end.y, r.minY), r.maxY))
                let d = nearest - end
                if d.norm > 9 { leader = [end + (6 / d.norm) * d, nearest] }
            }
            placed.append(Placed(box: box, origin: chosen.origin, rect: chosen.rect, color: style.color, leader: leader))
        }
        return placed
    }

    /// The eight compass directions, those closest to `heading` (beyond the end) first.
    static func directions(preferring heading: Point2) -> [Point2] {
        let compass = (0..<8).map { k -> Point2 in
            let a = Double(k) * Double.pi / 4
            return Point2(cosine(a), sine(a))
        }
        let n = heading.norm
        guard n > 1e-9, n.isFinite else { return compass }
        let u = (1 / n) * heading
        return compass.enumerated().sorted { a, b in
            let da = a.element.x * u.x + a.element.y * u.y, db = b.element.x * u.x + b.element.y * u.y
            return da != db ? da > db : a.offset < b.offset
        }.map(\.element)
    }

    /// A polyline's points every 4 device units, so ink is counted by length, not by vertices.
    static func densified(_ line: [Point2]) -> [Point2] {
        guard line.count > 1 else { return line }
        var out: [Point2] = []
        for (a, b) in zip(line, line.dropFirst()) {
            let steps = min(500, max(1, Int.checked(((b - a).norm / 4).rounded(.up))))
            for k in 0..<steps { out.append(a + (Double(k) / Double(steps)) * (b - a)) }
        }
        out.append(line[line.count - 1])
        return out
    }
}
