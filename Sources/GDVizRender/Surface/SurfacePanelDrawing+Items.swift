import GDVizEngine
import GDVizScene

/// The depth-sorted items of a surface view: mesh faces, run pieces and markers.
extension SurfacePanelDrawing {
    /// How far run pieces are pulled towards the eye, in mesh cells: a piece lies on the faces it
    /// crosses, whose centroids may be up to half a cell nearer, and must still be drawn over them.
    static let pieceBias = 1.0
    /// Markers are pulled a little further, so a face beside them does not clip them.
    static let markerBias = 1.5

    func depthItems(_ projection: SurfaceProjection, theme: Theme) -> [DepthItem] {
        faces(projection) + runItems(projection, theme: theme) + criticalPointItems(projection, theme: theme)
    }

    /// One item per mesh cell whose four corners have finite heights.
    func faces(_ projection: SurfaceProjection) -> [DepthItem] {
        let mesh = surface.mesh, box = projection.box, view = projection.view
        let shading = SurfaceShading(scale: scale, view: view)
        let lo = surface.valueRange.lowerBound, span = max(surface.valueRange.upperBound - lo, 1e-300)
        var normals: [Vector3] = surface.gradients.map(box.normal)
        if normals.count != mesh.values.count { normals = Array(repeating: Vector3(0, 0, 1), count: mesh.values.count) }
        var items: [DepthItem] = []
        items.reserveCapacity((mesh.columns - 1) * (mesh.rows - 1))
        for j in 0..<(mesh.rows - 1) {
            for i in 0..<(mesh.columns - 1) {
                let cell = [(i, j), (i + 1, j), (i + 1, j + 1), (i, j + 1)]
                let heights = cell.map { mesh[$0.0, $0.1] }
                guard heights.allSatisfy(\.isFinite) else { continue }
                let points = zip(cell, heights).map { box.point(mesh.x($0.0.0), mesh.y($0.0.1), $0.1) }
                let depth = points.map(view.depth).reduce(0, +) / 4
                let normal = cell.map { normals[$0.1 * mesh.columns + $0.0] }.reduce(Vector3(0, 0, 0), +).normalized
                let t = (heights.reduce(0, +) / 4 - lo) / span
                let fill = shading.shaded(at: t, normal: normal, toEye: view.toEye)
                items.append(DepthItem(depth: depth, shape: .face(points.map(projection.device), fill: fill, band: DepthItem.faceBand(fill)),
                                       tag: .face(i: i, j: j)))
            }
        }
        return items
    }

    /// Cell size in box units (the mesh spans 1 box unit across).
    var cellSize: Double { 1 / Double(max(1, min(surface.mesh.columns, surface.mesh.rows) - 1)) }

    /// The box point of (p, z) with z kept inside the box (paths may overshoot the sampled range).
    func clampedPoint(_ box: SurfaceBox, _ p: Point2, _ z: Double) -> Vector3 {
        var v = box.point(p, z)
        v.z = min(box.top, max(box.bottom, v.z))
        return v
    }

    /// The pieces of every lifted run and its iterate markers: a ringed circle at the start, dots
    /// on the way and a star at the end (a cross when the run left the domain).
    func runItems(_ projection: SurfaceProjection, theme: Theme) -> [DepthItem] {
        let box = projection.box, view = projection.view
        let pieceBias = Self.pieceBias * cellSize, markerBias = Self.markerBias * cellSize
        var items: [DepthItem] = []
        for (r, run) in surface.runs.enumerated() where !run.points.isEmpty {
            let style = runStyles.indices.contains(r) ? runStyles[r] : SurfaceRunStyle(label: "", color: theme.runColor(r))
            let points = zip(run.points, run.heights).map { clampedPoint(box, $0, $1) }
            // A dashed path is cut into its dashes here, along the whole projected path, because its
            // pieces are drawn one by one in depth order and a stroke's dashes restart at each.
            let dashes = DashPattern(style.dash)
            let stroke = StrokeStyle(color: style.color, width: 2.2, cap: dashes == nil ? .round : .butt, join: .round)
            var travelled = 0.0
            for k in 1..<max(1, points.count) where points[k - 1].isFinite && points[k].isFinite {
                let depth = view.depth(0.5 * (points[k - 1] + points[k])) + pieceBias
                let a = projection.device(points[k - 1]), b = projection.device(points[k])
                let shape: DepthItem.Shape
                if let dashes {
                    shape = .dashes(dashes.on(from: a, to: b, startingAt: travelled), stroke)
                    travelled += (b - a).norm
                } else {
                    shape = .segment(a, b, stroke)
                }
                items.append(DepthItem(depth: depth, shape: shape, tag: .runPiece(run: r, piece: k - 1)))
            }
            let edge = theme.background
            for (m, index) in run.iterates.enumerated() where points[index].isFinite {
                let p = points[index], at = projection.device(p)
                let shape: DepthItem.Shape
                if m == 0 {
                    shape = .marker(.circle, at: at, radius: 5, fill: edge, edge: style.color, edgeWidth: 2)
                } else if m == run.iterates.count - 1 && !run.leftDomain {
                    shape = .marker(.star, at: at, radius: 5.5, fill: style.color, edge: edge, edgeWidth: 0.9)
                } else {
                    shape = .marker(style.cue.marker, at: at, radius: 2.6, fill: style.color, edge: edge, edgeWidth: 0.7)
                }
                items.append(DepthItem(depth: view.depth(p) + markerBias, shape: shape, tag: .iterate(run: r, iterate: m)))
            }
            if run.leftDomain, let last = points.last, last.isFinite {
                items.append(DepthItem(depth: view.depth(last) + markerBias,
                                       shape: .marker(.cross, at: projection.device(last), radius: 5.5, fill: style.color,
                                                      edge: edge, edgeWidth: 0.9),
                                       tag: .iterate(run: r, iterate: run.iterates.count)))
            }
        }
        return items
    }

    /// Stationary points on the surface, shaped by kind as in the 2-D critical-points layer.
    func criticalPointItems(_ projection: SurfaceProjection, theme: Theme) -> [DepthItem] {
        let bias = Self.markerBias * cellSize
        return surface.criticalPoints.enumerated().compactMap { index, point in
            let p = clampedPoint(projection.box, point.point, point.value)
            guard p.isFinite else { return nil }
            let (shape, fill) = Self.criticalMarker(point.kind, theme: theme)
            return DepthItem(depth: projection.view.depth(p) + bias,
                             shape: .marker(shape, at: projection.device(p), radius: point.kind == .saddle ? 7 : 6,
                                            fill: fill, edge: theme.background, edgeWidth: 1.6),
                             tag: .criticalPoint(index))
        }
    }

    /// The shapes and theme colours of the 2-D critical-points layer.
    static func criticalMarker(_ kind: CriticalKind, theme: Theme) -> (MarkerShape, Color) {
        CriticalPointsLayer(points: [], eigenDirections: false, theme: theme).marker(kind)
    }
}
