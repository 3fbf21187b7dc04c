/// An 8-bit image in one canonical layout: premultiplied RGBA, rows top to bottom, no padding.
///
/// Premultiplied because that is what cairo stores, so decoding never rounds; comparing two
/// images is comparing their `pixels`.
package struct RasterImage: Equatable, Sendable {
    package let width: Int
    package let height: Int
    /// `width · height · 4` bytes: r, g, b, a per pixel.
    package let pixels: [UInt8]

    package init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(width >= 0 && height >= 0 && pixels.count == width * height * 4,
                     "RasterImage needs width·height·4 bytes")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// The premultiplied RGBA bytes of the pixel in column `x`, row `y`.
    package func pixel(x: Int, y: Int) -> (r: UInt8, g: UInt8, b: UInt8, a: UInt8) {
        let i = (y * width + x) * 4
        return (pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3])
    }
}
