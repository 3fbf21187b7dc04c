import GDVizEngine
import GDVizRender

/// A canvas that draws nothing and remembers every call, for tests of what a layer or panel
/// draws. Text is measured as 0.6 em per character with the given ascent and descent (in em;
/// 0.75 and 0.25 unless a test mimics a particular font), so layouts do not depend on font files.
package final class RecordingCanvas: Canvas {
    package enum Call {
        case fill(Path, Color)
        case stroke(Path, StrokeStyle)
        case text(String, font: FontRole, size: Double, origin: Point2, angle: Double, color: Color)
        case pushClip(DeviceRect)
        case popClip
        case image(RasterImage, DeviceRect, smooth: Bool)
    }

    package private(set) var calls: [Call] = []
    package var pixelScale: Double
    private let ascent: Double, descent: Double

    package init(pixelScale: Double = 1, ascent: Double = 0.75, descent: Double = 0.25) {
        self.pixelScale = pixelScale
        self.ascent = ascent
        self.descent = descent
    }

    package func fill(_ path: Path, color: Color) { calls.append(.fill(path, color)) }
    package func stroke(_ path: Path, style: StrokeStyle) { calls.append(.stroke(path, style)) }
    package func pushClip(_ rect: DeviceRect) { calls.append(.pushClip(rect)) }
    package func popClip() { calls.append(.popClip) }
    package func measure(_ text: String, font: FontRole, size: Double) -> TextExtents {
        TextExtents(width: 0.6 * size * Double(text.count), ascent: ascent * size, descent: descent * size)
    }
    package func drawText(_ text: String, font: FontRole, size: Double, at origin: Point2, angle: Double, color: Color) {
        calls.append(.text(text, font: font, size: size, origin: origin, angle: angle, color: color))
    }
    package func drawImage(_ image: RasterImage, in rect: DeviceRect, smooth: Bool) {
        calls.append(.image(image, rect, smooth: smooth))
    }

    package func removeAll() { calls.removeAll() }

    /// Every filled path with its colour.
    package var fills: [(path: Path, color: Color)] {
        calls.compactMap { if case let .fill(p, c) = $0 { return (p, c) } else { return nil } }
    }
    /// Every stroked path with its style.
    package var strokes: [(path: Path, style: StrokeStyle)] {
        calls.compactMap { if case let .stroke(p, s) = $0 { return (p, s) } else { return nil } }
    }
    /// Every text drawn, with where and how.
    package var texts: [(text: String, origin: Point2, size: Double, angle: Double, color: Color)] {
        calls.compactMap {
            if case let .text(t, _, size, origin, angle, color) = $0 { return (t, origin, size, angle, color) } else { return nil }
        }
    }
    /// Every image with the rectangle it was stretched over.
    package var images: [(image: RasterImage, rect: DeviceRect)] {
        calls.compactMap { if case let .image(i, r, _) = $0 { return (i, r) } else { return nil } }
    }
}
