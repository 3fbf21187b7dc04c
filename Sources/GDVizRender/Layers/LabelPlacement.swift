import GDVizEngine

/// Where a label beside a point goes: on the side it asks for unless something is drawn there.
/// The obstacles are those a legend avoids (``PlacementScore``): the panel's foreground and flow
/// lines (curves, arrows, trajectories, streamlines, quiver arrows — not background contours),
/// its markers, and the legend's box. When the asked-for spot hides more than a sliver, the label
/// turns around its anchor (and then moves a little further out) to the spot that hides least.
enum LabelPlacement {
    /// Ink (device units of foreground line) a label may cover before it moves.
    static let tolerance = 3.0
    /// Room kept between a label and the lines around it, in device units.
    static let clearance = 4.0

    /// Turns tried around the anchor, in degrees from the asked-for direction, nearest first.
    static let turns: [Double] = [0, 30, -30, 60, -60, 90, -90, 120, -120, 150, -150, 180]

    /// The baseline origin of `box` beside `anchor`, preferring `direction` at `gap`.
    static func origin(for box: TextBox, beside anchor: Point2, direction: Point2, gap: Double,
                       in context: PlotContext) -> Point2 {
        let plot = context.plotRect
        let preferred = CalculusDrawing.origin(for: box, beside: anchor, direction: direction, gap: gap, inside: plot)
        let layers = context.panelLayers
        guard !layers.isEmpty else { return preferred }
        let ink = LineInk.Index(layers.flatMap { $0.inkLines(in: context) }.filter { $0.weight >= LineInk.flow })
        // The anchor's own marker (the point or arrow tip being named) is not in the way.
        let markers = layers.flatMap { $0.dataPoints(in: context) }.filter { $0.weight >= 2 && $0.point.distance(to: anchor) > 1 }
        let keepOut = context.legendRect.map { [$0.insetBy(dx: -2, dy: -2)] } ?? []
        func rect(_ origin: Point2) -> DeviceRect { CalculusDrawing.bounds(of: box, at: origin, padding: clearance) }
        let first = PlacementScore.cost(of: rect(preferred), points: markers, ink: ink, margin: 1, keepOut: keepOut)
        guard first > tolerance else { return preferred }
        let n = direction.norm
        let u = n > 1e-12 && n.isFinite ? (1 / n) * direction : Point2(0, -1)
        var origins: [Point2] = []
        for extra in [0.0, 10, 22] {
            for degrees in turns {
                let a = degrees * Double.pi / 180, c = cosine(a), s = sine(a)
                let turned = Point2(c * u.x - s * u.y, s * u.x + c * u.y)
                origins.append(CalculusDrawing.origin(for: box, beside: anchor, direction: turned, gap: gap + extra, inside: plot))
            }
        }
        let best = PlacementScore.best(origins.map(rect), points: markers, ink: ink, margin: 1, keepOut: keepOut)
        // Moving away costs a little, so a label leaves its side only for a clearly better spot.
        return best.score + tolerance < first ? origins[best.index] : preferred
    }
}
