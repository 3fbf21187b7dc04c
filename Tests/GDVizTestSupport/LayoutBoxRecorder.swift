import GDVizEngine
import GDVizRender

/// A box a figure noted while drawing: placed text, a legend, a marker.
package typealias LayoutBox = (rect: DeviceRect, kind: LayoutBoxKind)

/// A stroke a figure drew, as the layout tests see it.
package struct LayoutStroke: Sendable {
    package var points: [Point2]
    package var style: StrokeStyle
    package var role: PaintRole
    /// The clip rectangle it was drawn inside, if any.
    package var clip: DeviceRect?
    /// The number of layout boxes noted before this stroke was drawn.
    package var boxesBefore: Int
}

/// What the layout tests read besides the boxes: the strokes and each box's clip.
package struct LayoutDrawing: Sendable {
    package var strokes: [LayoutStroke] = []
    package var boxClips: [DeviceRect?] = []
}

/// Keeps the layout boxes a figure notes while it draws on a real canvas (real font metrics).
/// ``wrap(_:)`` puts a canvas around the drawing one that forwards every call unchanged, so the
/// output bytes are the same as without it (GalleryVectorOutputTests compares a wrapped SVG with
/// a plain one).
package final class LayoutBoxRecorder {
    package private(set) var boxes: [LayoutBox] = []
    /// Every stroked polyline (curves flattened to their end points) with its style, paint role
    /// and how many boxes had been noted before it (so a legend's own key strokes can be told
    /// from the data under it).
    package private(set) var strokes: [LayoutStroke] = []
    /// The clip each box was noted inside (nil outside every plot: titles, ticks, graph panels).
    package private(set) var boxClips: [DeviceRect?] = []
    private var roles: [PaintRole] = []
    private var clips: [DeviceRect] = []

    package init() {}

    package func wrap(_ inner: any Canvas) -> any Canvas { Forwarding(inner, recorder: self) }

    private final class Forwarding: Canvas {
        let inner: any Canvas
        let recorder: LayoutBoxRecorder
        init(_ inner: any Canvas, recorder: LayoutBoxRecorder) { self.inner = inner; self.recorder = recorder }

        func fill(_ path: Path, color: Color) { inner.fill(path, color: color) }
        func stroke(_ path: Path, style: StrokeStyle) {
            var points: [Point2] = []
            for element in path.elements {
                switch element {
                case .move(let p), .line(let p), .curve(_, _, let p): points.append(p)
                case .close: if let first = points.first { points.append(first) }
                }
            }
            recorder.strokes.append(LayoutStroke(points: points, style: style, role: recorder.roles.last ?? .element,
                                                 clip: recorder.clips.last, boxesBefore: recorder.boxes.count))
            inner.stroke(path, style: style)
        }
        func pushClip(_ rect: DeviceRect) {
            // Clips nest: what is drawn shows only inside all of them (approximated by the innermost).
            recorder.clips.append(rect)
            inner.pushClip(rect)
        }
        func popClip() {
            _ = recorder.clips.popLast()
            inner.popClip()
        }
        func measure(_ text: String, font: FontRole, size: Double) -> TextExtents { inner.measure(text, font: font, size: size) }
        func drawText(_ text: String, font: FontRole, size: Double, at origin: Point2, angle: Double, color: Color) {
            inner.drawText(text, font: font, size: size, at: origin, angle: angle, color: color)
        }
        func strokeText(_ text: String, font: FontRole, size: Double, at origin: Point2, angle: Double, style: StrokeStyle) {
            inner.strokeText(text, font: font, size: size, at: origin, angle: angle, style: style)
        }
        func drawImage(_ image: RasterImage, in rect: DeviceRect, smooth: Bool) { inner.drawImage(image, in: rect, smooth: smooth) }
        var pixelScale: Double { inner.pixelScale }
        func beginPaintRole(_ role: PaintRole) {
            recorder.roles.append(role)
            inner.beginPaintRole(role)
        }
        func endPaintRole() {
            _ = recorder.roles.popLast()
            inner.endPaintRole()
        }
        func note(_ box: DeviceRect, kind: LayoutBoxKind) {
            recorder.boxes.append((box, kind))
            recorder.boxClips.append(recorder.clips.last)
            inner.note(box, kind: kind)
        }
        var textFont: FontRole { inner.textFont }
        func showMathGlyphs(_ glyphs: [TextBox.Glyph], at origin: Point2, angle: Double, color: Color) -> Bool {
            inner.showMathGlyphs(glyphs, at: origin, angle: angle, color: color)
        }
        func noteText(_ text: String, at origin: Point2, angle: Double, size: Double, width: Double) {
            inner.noteText(text, at: origin, angle: angle, size: size, width: width)
        }
    }
}
