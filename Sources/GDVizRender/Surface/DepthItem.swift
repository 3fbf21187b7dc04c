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
        /// A mesh face: a filled quadrilateral with a darker band along its outline.
        case face([Point2], fill: Color, band: Color)
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

    /// The band along a face's outline is the mesh line; its outer half, drawn over the
    /// neighbour drawn before, also closes the anti-aliasing seams between faces.
    static let faceBandWidth = 0.6
    /// The band is the face colour this much darker: the ink of the 0.45-wide line of 22 %
    /// black that drew mesh lines before, spread over the 0.6-wide band.
    static let faceBandDarkening = 0.22 * 0.45 / 0.6

    /// The band colour of a face of colour `fill`.
    static func faceBand(_ fill: Color) -> Color {
        let k = 1 - faceBandDarkening
        return Color(k * fill.r, k * fill.g, k * fill.b, fill.a)
    }

    var depth: Double
    var shape: Shape
    var tag: Tag

    /// Sorted far to near; items at equal depth keep their order.
    static func paintersOrder(_ items: [DepthItem]) -> [DepthItem] {
        // Sorting plain (depth, index) pairs, not the items: no item is copied until the end.
        let keys = items.indices.map { (depth: items[$0].depth, index: $0) }
        return keys.sorted { a, b in a.depth != b.depth ? a.depth < b.depth : a.index < b.index }.map { items[$0.index] }
    }

    func draw(on canvas: Canvas) {
        switch shape {
        case .face(let corners, let fill, let band):
            canvas.withPaintRole(.backdrop) {
                canvas.fillBanded(corners, fill: fill, band: band, bandWidth: Self.faceBandWidth)
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
