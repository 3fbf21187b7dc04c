import GDVizEngine
import GDVizScene

/// A path (x(t), y(t)) with an arrowhead pointing towards increasing t, optional marked points
/// with labels, and optional velocity arrows (x′(t), y′(t)). The arrowhead sits halfway along the
/// path (by length), or at the nearest eighth of it that is clear of the markers. The path's label
/// goes in the legend; marker labels and the velocity label beside what they name.
package struct ParametricLayer: FigureLayer {
    package var path: [Point2]
    package var markers: [Point2]
    package var markerLabels: [String]?
    /// Velocities at the markers; empty when they are not drawn.
    package var velocities: [Point2]
    package var label: String?
    package var color: Color
    /// Marker labels go right of the direction of travel instead of left.
    package var markerLabelsOnRight = false
    package var velocityLabel: String?
    package var velocityColor: Color?
    /// Whether the path carries an arrowhead showing its direction.
    var arrow = true

    package init(path: [Point2], markers: [Point2], markerLabels: [String]?, velocities: [Point2], label: String?,
                color: Color) {
        self.path = path
        self.markers = markers
        self.markerLabels = markerLabels
        self.velocities = velocities
        self.label = label
        self.color = color
    }

    package func draw(in context: PlotContext) {
        let t = context.transform
        let pieces = CurveLayer(samples: path, style: style).pieces
        let device = pieces.map { $0.map(t.device) }
        for piece in device {
            context.canvas.stroke(.polyline(piece), style: style)
        }
        let markerPoints = markers.filter(\.isFinite).map(t.device)
        if arrow, let (tip, direction) = Self.clearSpot(on: device, preferring: [0.5, 0.375, 0.625, 0.25, 0.75],
                                                 awayFrom: markerPoints) {
            CalculusDrawing.arrowhead(on: context.canvas, at: tip + 6.5 * Self.unit(direction), direction: direction,
                                      color: color)
        }
        let all = device.flatMap { $0 }
        let arrowColor = velocityColor ?? color
        for (i, marker) in markers.enumerated() where marker.isFinite {
            let p = t.device(marker)
            if i < velocities.count, velocities[i].isFinite {
                let q = t.device(marker + velocities[i])
                CalculusDrawing.arrow(on: context.canvas, from: p, to: q, color: arrowColor, width: 2,
                                      headLength: 11, headWidth: 8.5)
                if i == 0, let velocityLabel {
                    CalculusDrawing.label(velocityLabel, beside: q, direction: q - p, gap: 4, color: arrowColor,
                                          in: context)
                }
            }
            CalculusDrawing.dot(on: context.canvas, at: p, color: color, theme: context.theme)
            if let markerLabels, i < markerLabels.count {
                CalculusDrawing.label(markerLabels[i], beside: p, direction: side(at: p, of: all, right: markerLabelsOnRight),
                                      gap: 12, color: context.theme.foreground, in: context)
            }
        }
    }

    /// The unit normal of the path at its sample nearest `p`, left or right of the direction of travel
    /// (on screen, y down: left of (dx, dy) is (dy, −dx)).
    func side(at p: Point2, of samples: [Point2], right: Bool) -> Point2 {
        guard samples.count >= 2,
              let k = samples.indices.min(by: { samples[$0].distance(to: p) < samples[$1].distance(to: p) })
        else { return Point2(0, -1) }
        let d = samples[min(k + 1, samples.count - 1)] - samples[max(k - 1, 0)]
        guard d.norm > 1e-12 else { return Point2(0, -1) }
        let left = (1 / d.norm) * Point2(d.y, -d.x)
        return right ? -left : left
    }

    /// The point `fraction` of the way along the polylines' total length and the direction of travel there.
    static func point(atFraction fraction: Double, of pieces: [[Point2]]) -> (Point2, Point2)? {
        let segments = pieces.flatMap { piece in zip(piece, piece.dropFirst()).map { ($0, $1) } }
        let total = segments.reduce(0) { $0 + $1.0.distance(to: $1.1) }
        guard total > 0 else { return nil }
        let target = fraction * total
        var walked = 0.0
        for (a, b) in segments {
            let length = a.distance(to: b)
            if walked + length >= target, length > 0 {
                return (a + ((target - walked) / length) * (b - a), b - a)
            }
            walked += length
        }
        return nil
    }

    /// The first of the `preferring` fractions of the path's length whose point is at least
    /// `clearance` device units from every point in `awayFrom`; the first fraction if none is.
    static func clearSpot(on pieces: [[Point2]], preferring fractions: [Double], awayFrom obstacles: [Point2],
                          clearance: Double = 40) -> (Point2, Point2)? {
        let spots = fractions.compactMap { point(atFraction: $0, of: pieces) }
        return spots.first { spot in obstacles.allSatisfy { $0.distance(to: spot.0) >= clearance } } ?? spots.first
    }

    static func unit(_ v: Point2) -> Point2 { v.norm > 0 ? (1 / v.norm) * v : v }

    var style: StrokeStyle { StrokeStyle(color: color, width: 2.2, cap: .round) }

    package var legendEntries: [LegendEntry] {
        label.map { [LegendEntry(label: $0, key: .line(style, marker: nil))] } ?? []
    }

    package func inkLines(in context: PlotContext) -> [(line: [Point2], weight: Double)] {
        CurveLayer(samples: path, style: style).pieces.map { ($0.map(context.transform.device), LineInk.foreground) }
            + zip(markers, velocities).filter { $0.0.isFinite && $0.1.isFinite }.map { marker, velocity in
                ([context.transform.device(marker), context.transform.device(marker + velocity)], LineInk.foreground)
            }
    }

    package func dataPoints(in context: PlotContext) -> [(point: Point2, weight: Double)] {
        stride(from: 0, to: path.count, by: 4).compactMap { path[$0].isFinite ? (context.transform.device(path[$0]), 1.0) : nil }
            + markers.filter(\.isFinite).map { (context.transform.device($0), 2.0) }
    }
}

extension ParametricLayerSpec.Evaluated: DrawableLayer {
    func figureLayer(_ context: FigureLayerContext) -> FigureLayer {
        var layer = ParametricLayer(path: path, markers: markers, markerLabels: spec.markerLabels,
                                    velocities: spec.velocity ? velocities.map { spec.velocityScale * $0 } : [],
                                    label: spec.label, color: context.color(spec.color, default: 0xD62728))
        layer.markerLabelsOnRight = spec.markerLabelSide == .right
        layer.velocityLabel = spec.velocityLabel
        layer.arrow = spec.arrow
        layer.velocityColor = context.color(nil, default: 0x2CA02C)
        return layer
    }
}
