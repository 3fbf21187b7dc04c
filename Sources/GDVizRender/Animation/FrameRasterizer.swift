#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CCairo

/// One rendered frame: opaque RGB, rows top to bottom, 3 bytes per pixel.
package struct RGBFrame: Sendable, Equatable {
    package let width: Int
    package let height: Int
    package var rgb: [UInt8]

    /// The frame as a ``RasterImage`` (opaque RGBA).
    package var image: RasterImage {
        var rgba = [UInt8](repeating: 255, count: width * height * 4)
        for i in 0..<(width * height) {
            rgba[4 * i] = rgb[3 * i]
            rgba[4 * i + 1] = rgb[3 * i + 1]
            rgba[4 * i + 2] = rgb[3 * i + 2]
        }
        return RasterImage(width: width, height: height, pixels: rgba)
    }
}

/// Draws an animated figure's frames as pixels: the unchanging background and foreground once,
/// then per frame a copy of the background, the moving layers, and the foreground on top.
package final class FrameRasterizer {
    package let animation: AnimatedFigure
    package let width: Int
    package let height: Int
    private let scale: Double
    private let fonts: FontLibrary
    private let background: OpaquePointer
    private let foreground: OpaquePointer
    private let frame: OpaquePointer

    /// Frames × pixels per animation; 1000 frames of 1600 × 1000 px.
    package static let pixelBudget = 1_600_000_000

    package init(_ animation: AnimatedFigure, scale: Double = 1) throws {
        let figure = animation.figure
        let w = PageRenderer.pixels(figure.width, scale: scale), h = PageRenderer.pixels(figure.height, scale: scale)
        guard scale.isFinite, scale > 0, w >= 1, h >= 1, w <= PageRenderer.maxPixels, h <= PageRenderer.maxPixels else {
            throw RenderError.invalidPageSize(width: figure.width, height: figure.height, scale: scale)
        }
        guard Double(animation.frameCount) * w * h <= Double(Self.pixelBudget) else {
            throw AnimationError.tooLarge(frames: animation.frameCount, width: Int(w), height: Int(h), limit: Self.pixelBudget)
        }
        self.animation = animation
        self.width = Int(w)
        self.height = Int(h)
        self.scale = scale
        self.fonts = try FontLibrary.shared()
        func surface() throws -> OpaquePointer {
            let s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(w), Int32(h))!
            try checkCairo(cairo_surface_status(s), "cairo_image_surface_create")
            return s
        }
        background = try surface()
        foreground = try surface()
        frame = try surface()
        try paint(background, phase: .background, fill: figure.theme.background)
        try paint(foreground, phase: .foreground, fill: nil)
    }

    deinit {
        cairo_surface_destroy(background)
        cairo_surface_destroy(foreground)
        cairo_surface_destroy(frame)
    }

    package var frameCount: Int { animation.frameCount }

    private func paint(_ surface: OpaquePointer, phase: DrawPhase, fill: Color?, frame index: Int = 0) throws {
        let canvas = try CairoCanvas(surface: surface, fonts: fonts)
        canvas.textFont = animation.figure.theme.textFont
        if let fill { canvas.paintBackground(fill) }
        if scale != 1 { canvas.scale(by: scale) }
        animation.draw(on: canvas, phase: phase, frame: index)
        try canvas.checkStatus()
    }

    /// Frame `index` (0-based) as RGB pixels.
    package func render(frame index: Int) throws -> RGBFrame {
        cairo_surface_flush(background)
        cairo_surface_flush(frame)
        let stride = Int(cairo_image_surface_get_stride(frame))
        memcpy(cairo_image_surface_get_data(frame), cairo_image_surface_get_data(background), stride * height)
        cairo_surface_mark_dirty(frame)
        try paint(frame, phase: .moving, fill: nil, frame: index)
        let cr = cairo_create(frame)!
        cairo_set_source_surface(cr, foreground, 0, 0)
        cairo_paint(cr)
        let status = cairo_status(cr)
        cairo_destroy(cr)
        try checkCairo(status, "compositing the foreground")
        cairo_surface_flush(frame)
        return Self.rgb(of: frame, width: width, height: height)
    }

    /// The RGB bytes of an opaque ARGB32 surface (native-endian words `A R G B`).
    static func rgb(of surface: OpaquePointer, width: Int, height: Int) -> RGBFrame {
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = UnsafeRawPointer(cairo_image_surface_get_data(surface)!)
        var rgb = [UInt8](repeating: 0, count: width * height * 3)
        rgb.withUnsafeMutableBufferPointer { out in
            for y in 0..<height {
                let row = data + y * stride
                var o = y * width * 3
                for x in 0..<width {
                    let word = row.loadUnaligned(fromByteOffset: x * 4, as: UInt32.self)
                    out[o] = UInt8(truncatingIfNeeded: word >> 16)
                    out[o + 1] = UInt8(truncatingIfNeeded: word >> 8)
                    out[o + 2] = UInt8(truncatingIfNeeded: word)
                    o += 3
                }
            }
        }
        return RGBFrame(width: width, height: height, rgb: rgb)
    }
}
