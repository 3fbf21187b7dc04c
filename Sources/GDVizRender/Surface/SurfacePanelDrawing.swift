import GDVizEngine
import GDVizScene

/// How a lifted run is drawn and named in the legend.
package struct SurfaceRunStyle: Sendable {
    package var label: String
    package var color: Color
    /// Marker shape of the iterates and dash pattern of the path, as in 2-D (`"cues"`).
    package var cue: RunCue

    package init(label: String, color: Color, cue: RunCue = .plain) {
        self.label = label
        self.color = color
        self.cue = cue
    }

    /// The path's dash pattern for its 2.2-wide line (the 2-D patterns are for 1.8).
    var dash: [Double] { cue.dash.map { $0 * 2.2 / 1.8 } }
}

/// A 3-D view of z = f(x, y) drawn in a panel, in the manner of matplotlib's `plot_surface`:
/// back panes with grid lines, the floor's contours and arrows, the shaded mesh with runs and
/// stationary points sorted into it by depth, then the axes and a legend.
package struct SurfacePanelDrawing: PanelDrawing {
    package var surface: EvaluatedSurface
    package var view: SurfaceView
    package var scale: ColorScale
    package var xLabel: String
    package var yLabel: String
    package var zLabel: String
    /// One per entry of `surface.runs`.
    package var runStyles: [SurfaceRunStyle]
    /// When the floor carries contours or arrows it sits this fraction of f's range below f's
    /// lowest value, so the surface does not touch what is drawn on it.
    package var floorGap = 0.35

    /// Light to dark greys for print output (a colour scale would print as muddy greys).
    package static let printScale = ColorScale(stops: [Color(0.9, 0.9, 0.9), Color(0.3, 0.3, 0.3)])

    package init(surface: EvaluatedSurface, view: SurfaceView, scale: ColorScale, xLabel: String, yLabel: String,
                zLabel: String, runStyles: [SurfaceRunStyle]) {
        self.surface = surface
        self.view = view
        self.scale = scale
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.zLabel = zLabel
        self.runStyles = runStyles
    }

    var hasFloor: Bool { !surface.floorContours.isEmpty || !surface.floorGradient.isEmpty }

    /// f's range, widened when f is constant.
    var valueRange: ClosedRange<Double> {
        let lo = surface.valueRange.lowerBound, hi = surface.valueRange.upperBound
        guard lo.isFinite, hi.isFinite else { return 0...1 }
        if hi - lo > 1e-12 * max(1, abs(lo)) { return lo...hi }
        let pad = max(1, abs(lo)) * 0.5
        return (lo - pad)...(hi + pad)
    }

    /// The box: the domain across, f's range (and the floor gap) up.
    package var box: SurfaceBox {
        let range = valueRange, span = range.upperBound - range.lowerBound
        let bottom = hasFloor ? range.lowerBound - floorGap * span : range.lowerBound
        return SurfaceBox(domain: surface.mesh.domain, zRange: bottom...range.upperBound, height: hasFloor ? 0.85 : 0.75)
    }

    func axes(_ projection: SurfaceProjection, canvas: Canvas, theme: Theme) -> SurfaceAxes {
        SurfaceAxes(projection: projection, theme: theme, text: TextLayout(canvas: canvas), xLabel: xLabel, yLabel: yLabel,
                    zLabel: zLabel, zTicksRange: valueRange)
    }

    /// The largest projection whose box and labels fit inside `rect`: fit the box, measure how far
    /// the labels stick out, shrink by that and repeat (labels keep their size as the box shrinks).
    func layout(in rect: DeviceRect, canvas: Canvas, theme: Theme) -> SurfaceProjection {
        let outer = rect.insetBy(dx: 2, dy: 2)
        var inner = outer
        var projection = SurfaceProjection.fitting(view: view, box: box, in: inner)
        for _ in 0..<5 {
            let bounds = axes(projection, canvas: canvas, theme: theme).texts().map(\.bounds)
                + box.corners.map { p in DeviceRect(x: projection.device(p).x, y: projection.device(p).y, width: 0, height: 0) }
            let left = outer.minX - bounds.map(\.minX).min()!, right = bounds.map(\.maxX).max()! - outer.maxX
            let top = outer.minY - bounds.map(\.minY).min()!, bottom = bounds.map(\.maxY).max()! - outer.maxY
            if max(left, right, top, bottom) <= 0.5 { break }
            let l = max(0, left), r = max(0, right), t = max(0, top), b = max(0, bottom)
            inner = DeviceRect(x: inner.x + l, y: inner.y + t, width: max(20, inner.width - l - r),
                               height: max(20, inner.height - t - b))
            projection = SurfaceProjection.fitting(view: view, box: box, in: inner)
        }
        return projection
    }

    package func draw(in rect: DeviceRect, canvas: Canvas, theme: Theme) {
        let projection = layout(in: rect, canvas: canvas, theme: theme)
        let axes = axes(projection, canvas: canvas, theme: theme)
        axes.drawPanes(on: canvas)
        // Seen from above the floor is behind everything; from below it is in front.
        let fromAbove = view.toEye.z >= 0
        if fromAbove { drawFloor(projection, canvas: canvas, theme: theme) }
        for item in DepthItem.paintersOrder(depthItems(projection, theme: theme)) { item.draw(on: canvas) }
        if !fromAbove { drawFloor(projection, canvas: canvas, theme: theme) }
        axes.drawAxes(on: canvas)
        drawLegend(projection, in: rect, canvas: canvas, theme: theme)
    }

    /// Runs and the kinds of stationary point shown, in the corner of the panel with least drawn.
    func drawLegend(_ projection: SurfaceProjection, in rect: DeviceRect, canvas: Canvas, theme: Theme) {
        var entries = surface.runs.indices.map { r -> LegendEntry in
            let style = runStyles.indices.contains(r) ? runStyles[r] : SurfaceRunStyle(label: "", color: theme.runColor(r))
            return LegendEntry(label: style.label, key: .line(StrokeStyle(color: style.color, width: 2.2, dash: style.dash),
                                                              marker: style.cue.marker))
        }.filter { !$0.label.isEmpty }
        let kinds: [(CriticalKind, String)] = [(.minimum, "minimum"), (.maximum, "maximum"), (.saddle, "saddle point"),
                                               (.degenerate, "degenerate")]
        for (kind, name) in kinds where surface.criticalPoints.contains(where: { $0.kind == kind }) {
            let (shape, color) = Self.criticalMarker(kind, theme: theme)
            entries.append(LegendEntry(label: name, key: .marker(shape, color)))
        }
        guard !entries.isEmpty else { return }
        var points: [(point: Point2, weight: Double)] = []
        let mesh = surface.mesh, box = projection.box
        for j in stride(from: 0, to: mesh.rows, by: 2) {
            for i in stride(from: 0, to: mesh.columns, by: 2) where mesh[i, j].isFinite {
                points.append((projection.device(box.point(mesh.x(i), mesh.y(j), mesh[i, j])), 0.05))
            }
        }
        // Keep clear of the tick and axis labels.
        for placed in axes(projection, canvas: canvas, theme: theme).texts() {
            let b = placed.bounds
            for fx in [0.0, 0.5, 1.0] {
                for fy in [0.0, 1.0] { points.append((Point2(b.minX + fx * b.width, b.minY + fy * b.height), 1)) }
            }
        }
        for run in surface.runs {
            for (p, z) in zip(run.points, run.heights) where z.isFinite { points.append((projection.device(box.point(p, z)), 1)) }
        }
        let context = PlotContext(canvas: canvas, transform: PlotTransform(domain: box.domain, rect: rect), theme: theme)
        LegendRenderer(theme: theme, canvas: canvas).draw([LegendItems(entries: entries, points: points)], in: context)
    }
}

/// Hands precomputed legend entries and data points to ``LegendRenderer``.
private struct LegendItems: FigureLayer {
    var entries: [LegendEntry]
    var points: [(point: Point2, weight: Double)]

    func draw(in context: PlotContext) {}
    var legendEntries: [LegendEntry] { entries }
    func dataPoints(in context: PlotContext) -> [(point: Point2, weight: Double)] { points }
}

extension SurfacePanelSpec.Evaluated: DrawablePanel {
    /// The 3-D view of a surface panel; `z_label` defaults to f(x, y) named after the axes.
    func panel(_ context: FigureLayerContext) -> Panel {
        let evaluated = context.evaluated, theme = context.theme
        let axes = evaluated.scene.axes
        let zLabel = spec.zLabel ?? (axes.xLabel == "$x$" && axes.yLabel == "$y$" ? "$f(x, y)$" : "$f$")
        let styles = surface.runs.map { lifted in
            let run = evaluated.runs[lifted.run]
            return SurfaceRunStyle(label: run.spec.label + (run.trajectory.stop == .diverged ? " (diverged)" : ""),
                                   color: context.runColor(lifted.run), cue: context.runCue(lifted.run))
        }
        var result = Panel(domain: evaluated.scene.domain, title: spec.title, xLabel: axes.xLabel, yLabel: axes.yLabel,
                           layers: [])
        result.custom = SurfacePanelDrawing(
            surface: surface, view: SurfaceView(azimuth: spec.azimuth, elevation: spec.elevation),
            scale: theme.forcesGreyscale ? SurfacePanelDrawing.printScale : SceneFigure.scale(spec.colormap),
            xLabel: axes.xLabel, yLabel: axes.yLabel, zLabel: zLabel, runStyles: styles)
        return result
    }
}
