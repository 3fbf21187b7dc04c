import GDVizEngine
import GDVizRender

/// A box a figure noted while drawing: placed text, a legend, a marker.
package typealias LayoutBox = (rect: DeviceRect, kind: LayoutBoxKind)

/// Keeps the layout boxes a figure notes while it draws on a real canvas (real font metrics).
/// ``wrap(_:)`` puts a canvas around the drawing one that forwards every call unchanged, so the
/// output bytes are the same as without it (GalleryVectorOutputTests compares a wrapped SVG with
/// a plain one).
package final class LayoutBoxRecorder {
    package private(set) var boxes: [LayoutBox] = []

    package init() {}

    package func wrap(_ inner: any Canvas) -> any Canvas { Forwarding(inner, recorder: self) }

    private final class Forwarding: Canvas {
        let inner: any Canvas
        let recorder: LayoutBoxRecorder
        init(_ inner: any Canvas, recorder: LayoutBoxRecorder) { self.inner = inner; self.recorder = recorder }

        func fill(_ path: Path, color: Color) { inner.fill(path, color: color) }
        func stroke(_ path: Path, style: StrokeStyle) { inner.stroke(path, style: style) }
        func pushClip(_ rect: DeviceRect) { inner.pushClip(rect) }
        func popClip() { inner.popClip() }
        func measure(_ text: String, font: FontRole, size: Double) -> TextExtents { inner.measure(text, font: font, size: size) }
        func drawText(_ text: String, font: FontRole, size: Double, at origin: Point2, angle: Double, color: Color) {
            inner.drawText(text, font: font, size: size, at: origin, angle: angle, color: color)
        }
        func strokeText(_ text: String, font: FontRole, size: Double, at origin: Point2, angle: Double, style: StrokeStyle) {
            inner.strokeText(text, font: font, size: size, at: origin, angle: angle, style: style)
        }
        func drawImage(_ image: RasterImage, in rect: DeviceRect, smooth: Bool) { inner.drawImage(image, in: rect, smooth: smooth) }
        var pixelScale: Double { inner.pixelScale }
        func beginPaintRole(_ role: PaintRole) { inner.beginPaintRole(role) }
        func endPaintRole() { inner.endPaintRole() }
        func note(_ box: DeviceRect, kind: LayoutBoxKind) {
            recorder.boxes.append((box, kind))
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
