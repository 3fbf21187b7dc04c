/// Colours of the surface's faces: a colour scale by height, darkened by Lambert shading.
///
///     colour = scale(t) · (ambient + (1 − ambient) · max(0, n · L))
///
/// with t the height's fraction of the value range, n the face's unit normal turned towards the
/// eye (the underside of a surface is lit like its top) and L a fixed light above, left of and
/// in front of the eye, in view space, so every viewpoint is lit alike.
package struct SurfaceShading: Sendable {
    package var scale: ColorScale
    /// Part of the colour kept where the light grazes the face. 0.45 keeps steep faces readable.
    package var ambient: Double = 0.45
    /// The colour-scale range used, low to high: viridis' last pale yellows are cut so the top
    /// of the surface and the highest floor contours stay visible on a white page.
    package var scaleRange: ClosedRange<Double> = 0...0.92
    package let light: Vector3

    package init(scale: ColorScale, view: SurfaceView) {
        self.scale = scale
        light = (-0.35 * view.right + 0.55 * view.up + 0.75 * view.toEye).normalized
    }

    /// The unshaded colour of height fraction `t` (clamped to 0...1).
    package func color(at t: Double) -> Color {
        let clamped = t.isFinite ? min(1, max(0, t)) : 0
        return scale.color(at: scaleRange.lowerBound + clamped * (scaleRange.upperBound - scaleRange.lowerBound))
    }

    /// The brightness factor of a face with unit normal `normal` seen from `toEye`.
    package func intensity(normal: Vector3, toEye: Vector3) -> Double {
        let facing = normal.dot(toEye) < 0 ? -normal : normal
        return ambient + (1 - ambient) * max(0, facing.dot(light))
    }

    /// The face's colour: height colour times intensity.
    package func shaded(at t: Double, normal: Vector3, toEye: Vector3) -> Color {
        let c = color(at: t), k = intensity(normal: normal, toEye: toEye)
        return Color(c.r * k, c.g * k, c.b * k, c.a)
    }
}
