import GDVizEngine

/// One thing in the depth-sorted part of a surface view: a face of the mesh, a short piece of a
/// lifted trajectory or a marker, with its depth (larger is nearer the eye).
///
/// Cairo has no depth buffer, so the view is drawn with the painter's algorithm: every item is
/// sorted far to near by the depth of its centroid and drawn in that order, so nearer faces
/// cover what lies behind them. Trajectories are cut into pieces shorter than a mesh cell and
/// markers are single items, so a hill hides the part of a run behind it and nothing else.
struct DepthItem {
    enum Shape {
        /// A mesh face: a filled quadrilateral with its thin edge.
        case face([Point2], fill: Color, edge: StrokeStyle)
        case segment(Point2, Point2, StrokeStyle)
        /// The dashes of one piece of a dashed path, each a short segment.
        case dashes([(Point2, Point2)], StrokeStyle)
        case marker(MarkerShape, at: Point2, radius: Double, fill: Color, edge: Color, edgeWidth: Double)
    }

    /// What the item shows, for tests and debugging.
    enum Tag: Hashable {
        /// The mesh cell [x_i, x_{i+1}] × [y_j, y_{j+1}].
        case face(i: Int, j: Int)
        /// The piece from point `piece` to `piece + 1` of lifted run `run`.
        case runPiece(run: Int, piece: Int)
        /// The marker of iterate `iterate` of lifted run `run`.
        case iterate(run: Int, iterate: Int)
        case criticalPoint(Int)
    }

    var depth: Double
    var shape: Shape
    var tag: Tag

    /// Sorted far to near; items at equal depth keep their order.
    static func paintersOrder(_ items: [DepthItem]) -> [DepthItem] {
        items.enumerated()
            .sorted { a, b in a.element.depth != b.element.depth ? a.element.depth < b.element.depth : a.offset < b.offset }
            .map(\.element)
    }

    func draw(on canvas: Canvas) {
        switch shape {
        case .face(let corners, let fill, let edge):
            let path = Path.polyline(corners, closed: true)
            canvas.withPaintRole(.backdrop) {
                canvas.fill(path, color: fill)
                // A hairline of the fill colour closes the anti-aliasing seams between neighbours.
                canvas.stroke(path, style: StrokeStyle(color: fill, width: 0.6, join: .round))
                canvas.stroke(path, style: edge)
            }
        case .segment(let a, let b, let style):
            canvas.stroke(.polyline([a, b]), style: style)
        case .dashes(let dashes, let style):
            var path = Path()
            for (a, b) in dashes {
                path.move(to: a)
                path.line(to: b)
            }
            canvas.stroke(path, style: style)
        case .marker(let shape, let center, let radius, let fill, let edge, let edgeWidth):
            shape.draw(on: canvas, at: center, radius: radius, fill: fill, edge: edge, edgeWidth: edgeWidth)
        }
    }
}
