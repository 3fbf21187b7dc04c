import GDVizEngine

/// What a layer needs to draw itself: the canvas, the data→device transform, the theme and text.
package struct PlotContext {
    package let canvas: Canvas
    package let transform: PlotTransform
    package let theme: Theme
    package var text: TextLayout { TextLayout(canvas: canvas) }
    /// The panel's layers drawn after the one being drawn, so it can keep its text off them.
    package var layersAbove: [FigureLayer] = []
    /// Where the panel's legend goes, when it has one.
    package var legendRect: DeviceRect? = nil

    package init(canvas: Canvas, transform: PlotTransform, theme: Theme) {
        self.canvas = canvas
        self.transform = transform
        self.theme = theme
    }

    package var plotRect: DeviceRect { transform.rect }
}

/// One line of a legend: a label and how to draw its key.
package struct LegendEntry: Sendable {
    package enum Key: Sendable {
        case line(StrokeStyle, marker: MarkerShape?)
        case marker(MarkerShape, Color)
        /// A short arrow pointing right, for vector fields.
        case arrow(Color)
    }

    package var label: String
    package var key: Key

    package init(label: String, key: Key) {
        self.label = label
        self.key = key
    }
}

/// Something drawn inside the plot area: contours, trajectories, curves… Each layer is one type.
package protocol FigureLayer {
    func draw(in context: PlotContext)
    /// Entries this layer adds to the legend (none by default).
    var legendEntries: [LegendEntry] { get }
    /// Device points where this layer shows data a legend should not cover, with a weight
    /// (markers and trajectories matter more than background contours).
    func dataPoints(in context: PlotContext) -> [(point: Point2, weight: Double)]
    /// Width this layer needs right of the plot frame (a colour bar), in device units; 0 for
    /// layers that draw only inside the plot. The panel shrinks its plot to make the room.
    func rightMargin(text: TextLayout, theme: Theme) -> Double
    /// Draws the layer's part outside the plot, in its strip of `rightMargin` width that starts
    /// at `x` (the frame's right edge, or the end of the previous layer's strip). Called after
    /// the frame and ticks, unclipped, only when `rightMargin` is positive.
    func drawRightMargin(in context: PlotContext, x: Double)
    /// Device polylines this layer draws that text of the layers beneath it (contour labels)
    /// must not cover; a one-point polyline is a marker.
    func labelObstacles(in context: PlotContext) -> [[Point2]]
}

extension FigureLayer {
    package var legendEntries: [LegendEntry] { [] }
    package func dataPoints(in context: PlotContext) -> [(point: Point2, weight: Double)] { [] }
    package func rightMargin(text: TextLayout, theme: Theme) -> Double { 0 }
    package func drawRightMargin(in context: PlotContext, x: Double) {}
    /// The data points that weigh at least 0.5 (markers, curves; not background lines or arrows).
    package func labelObstacles(in context: PlotContext) -> [[Point2]] {
        dataPoints(in: context).filter { $0.weight >= 0.5 }.map { [$0.point] }
    }
}
