import GDVizEngine
import GDVizScene

/// The bands between contour levels, filled, with an optional colour bar right of the plot.
///
/// The bands are rasterized at the output's own pixel grid: each device pixel of the plot is
/// mapped back to data coordinates, f there is interpolated from the sampled grid, and the
/// pixel takes its band's colour. Pixels on a band boundary (a neighbour in another band) are
/// supersampled 4 × 4 and averaged, so edges are anti-aliased; NaN samples are transparent.
public struct FilledContoursLayer: FigureLayer {
    public var grid: ScalarGrid
    public var coloring: BandColoring
    public var colorbar: Bool
    /// Band boundaries to stroke (empty for none).
    public var lines: [ContourLevel]

    /// Subsamples per axis at band boundaries.
    static let supersampling = 4

    public init(grid: ScalarGrid, coloring: BandColoring, colorbar: Bool, lines: [ContourLevel] = []) {
        self.grid = grid
        self.coloring = coloring
        self.colorbar = colorbar
        self.lines = lines
    }

    public func draw(in context: PlotContext) {
        let (image, rect) = rasterize(transform: context.transform, pixelScale: context.canvas.pixelScale)
        context.canvas.drawImage(image, in: rect, smooth: false)
        // Dark grey whatever the theme: these lines always lie on the fills, not on the page.
        let style = StrokeStyle(color: Color(hex: 0x1A1A1A, alpha: 0.5), width: 0.6, join: .round)
        for level in lines {
            for line in level.lines where line.points.count >= 2 {
                context.canvas.stroke(.polyline(line.points.map(context.transform.device), closed: line.isClosed),
                                      style: style)
            }
        }
    }

    /// The device-pixel-aligned image covering the plot rectangle, and where it goes (device units).
    func rasterize(transform: PlotTransform, pixelScale: Double) -> (RasterImage, DeviceRect) {
        let s = pixelScale.isFinite && pixelScale > 0 ? pixelScale : 1
        let r = transform.rect
        let x0 = Int.checked((r.minX * s).rounded(.down)), x1 = Int.checked((r.maxX * s).rounded(.up))
        let y0 = Int.checked((r.minY * s).rounded(.down)), y1 = Int.checked((r.maxY * s).rounded(.up))
        let width = max(1, x1 - x0), height = max(1, y1 - y0)
        func value(_ px: Double, _ py: Double) -> Double {
            grid.interpolated(at: transform.data(Point2(px / s, py / s)))
        }
        var bands = [Int](repeating: -1, count: width * height)
        for j in 0..<height {
            for i in 0..<width {
                bands[j * width + i] = coloring.band(of: value(Double(x0 + i) + 0.5, Double(y0 + j) + 0.5)) ?? -1
            }
        }
        let colors = coloring.colors.map(Self.premultiplied)
        var pixels = [UInt8](repeating: 0, count: width * height * 4)
        let n = Self.supersampling
        for j in 0..<height {
            for i in 0..<width {
                let band = bands[j * width + i]
                let edge = (i > 0 && bands[j * width + i - 1] != band) || (i + 1 < width && bands[j * width + i + 1] != band)
                    || (j > 0 && bands[(j - 1) * width + i] != band) || (j + 1 < height && bands[(j + 1) * width + i] != band)
                var rgba: (Double, Double, Double, Double)
                if edge {
                    rgba = (0, 0, 0, 0)
                    for b in 0..<n {
                        for a in 0..<n {
                            let px = Double(x0 + i) + (Double(a) + 0.5) / Double(n)
                            let py = Double(y0 + j) + (Double(b) + 0.5) / Double(n)
                            guard let k = coloring.band(of: value(px, py)) else { continue }
                            let c = colors[k]
                            rgba = (rgba.0 + c.0, rgba.1 + c.1, rgba.2 + c.2, rgba.3 + c.3)
                        }
                    }
                    let w = 1 / Double(n * n)
                    rgba = (rgba.0 * w, rgba.1 * w, rgba.2 * w, rgba.3 * w)
                } else {
                    rgba = band >= 0 ? colors[band] : (0, 0, 0, 0)
                }
                let p = (j * width + i) * 4
                pixels[p] = Self.byte(rgba.0)
                pixels[p + 1] = Self.byte(rgba.1)
                pixels[p + 2] = Self.byte(rgba.2)
                pixels[p + 3] = Self.byte(rgba.3)
            }
        }
        let rect = DeviceRect(x: Double(x0) / s, y: Double(y0) / s, width: Double(width) / s, height: Double(height) / s)
        return (RasterImage(width: width, height: height, pixels: pixels), rect)
    }

    private static func premultiplied(_ c: Color) -> (Double, Double, Double, Double) {
        (c.r * c.a, c.g * c.a, c.b * c.a, c.a)
    }

    private static func byte(_ v: Double) -> UInt8 { UInt8(min(max(v * 255, 0), 255).rounded()) }

    public func rightMargin(text: TextLayout, theme: Theme) -> Double {
        colorbar ? Colorbar(coloring: coloring, theme: theme).width(text: text) : 0
    }

    public func drawRightMargin(in context: PlotContext, x: Double) {
        guard colorbar else { return }
        Colorbar(coloring: coloring, theme: context.theme).draw(on: context.canvas, plot: context.plotRect, x: x)
    }
}

extension FilledContourLayerSpec.Evaluated: DrawableLayer {
    func figureLayer(_ context: FigureLayerContext) -> FigureLayer {
        FilledContoursLayer(grid: grid, coloring: bandColoring(theme: context.theme), colorbar: spec.colorbar, lines: lines)
    }

    /// Sequential maps colour bands by index over the whole scale (greys only its lighter 45 %, so
    /// lines and markers stay visible on every band); the diverging map colours by value around
    /// the centre. Greyscale themes use the light greys for every map.
    func bandColoring(theme: Theme) -> BandColoring {
        if theme.forcesGreyscale || spec.colormap == .greys {
            return .sequential(levels: levels, scale: .greys, range: 0...0.45)
        }
        switch spec.colormap {
        case .viridis: return .sequential(levels: levels, scale: .viridis)
        case .cividis: return .sequential(levels: levels, scale: .cividis)
        case .magma: return .sequential(levels: levels, scale: .magma)
        case .greys: return .sequential(levels: levels, scale: .greys, range: 0...0.45)
        case .diverging: return .diverging(levels: levels, center: spec.center, range: grid.finiteRange)
        }
    }
}
