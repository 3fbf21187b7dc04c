#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GDVizEngine
import GDVizScene

/// What lies on the floor of the box: contour lines, gradient arrows, the runs' paths in the
/// xy-plane and the stationary points — the 2-D contour plot, seen in perspective under the surface.
extension SurfacePanelDrawing {
    func drawFloor(_ projection: SurfaceProjection, canvas: Canvas, theme: Theme) {
        let box = projection.box, floor = box.zRange.lowerBound
        func device(_ p: Point2) -> Point2 { projection.device(p.x, p.y, floor) }
        let shading = SurfaceShading(scale: scale, view: projection.view)
        let lo = surface.valueRange.lowerBound, span = max(surface.valueRange.upperBound - lo, 1e-300)
        for level in surface.floorContours {
            // Thinner under gradient arrows, so the arrows read first.
            let width = surface.floorGradient.isEmpty ? 1.1 : 0.9
            let style = StrokeStyle(color: theme.legible(shading.color(at: (level.value - lo) / span)), width: width, join: .round)
            for line in level.lines where line.points.count >= 2 {
                canvas.stroke(.polyline(line.points.map(device), closed: line.isClosed), style: style)
            }
        }
        drawGradientArrows(projection, canvas: canvas, theme: theme)
        for (r, run) in surface.runs.enumerated() where run.points.count >= 2 && hasFloor {
            let color = runStyles.indices.contains(r) ? runStyles[r].color : theme.runColor(r)
            canvas.stroke(.polyline(run.points.map(device)),
                          style: StrokeStyle(color: theme.legible(color.withAlpha(0.75)), width: 1.2, dash: [4, 3], join: .round))
            for index in run.iterates {
                canvas.fill(.circle(center: device(run.points[index]), radius: 1.8), color: theme.legible(color.withAlpha(0.85)))
            }
        }
        for point in surface.criticalPoints where hasFloor && point.point.isFinite {
            let (shape, fill) = Self.criticalMarker(point.kind, theme: theme)
            shape.draw(on: canvas, at: device(point.point), radius: 4, fill: fill, edge: theme.background, edgeWidth: 1)
        }
    }

    /// ∇f as arrows on the floor, the longest 0.9 of the sample spacing and the others in proportion.
    func drawGradientArrows(_ projection: SurfaceProjection, canvas: Canvas, theme: Theme) {
        let samples = surface.floorGradient.filter { $0.point.isFinite && $0.gradient.isFinite }
        guard let longest = samples.map(\.gradient.norm).max(), longest > 0 else { return }
        let domain = projection.box.domain, floor = projection.box.zRange.lowerBound
        let n = max(1, Double(surface.floorGradient.count).squareRoot().rounded())
        let spacing = min(domain.width, domain.height) / n
        let color = theme.foreground.withAlpha(0.85)
        let style = StrokeStyle(color: color, width: 1.1, cap: .round, join: .round)
        for sample in samples {
            let tip = sample.point + (0.9 * spacing / longest) * sample.gradient
            let a = projection.device(sample.point.x, sample.point.y, floor)
            let b = projection.device(tip.x, tip.y, floor)
            let d = b - a, length = d.norm
            guard length > 1.5 else { continue }
            canvas.stroke(.polyline([a, b]), style: style)
            let unit = (1 / length) * d, normal = Point2(-unit.y, unit.x)
            let head = min(6, 0.45 * length)
            canvas.fill(.polyline([b, b - head * unit + 0.45 * head * normal, b - head * unit - 0.45 * head * normal],
                                  closed: true), color: color)
        }
    }
}
