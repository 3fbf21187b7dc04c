import GDVizEngine
@testable import GDVizRender

/// A small figure using every Canvas primitive: paths, dashes, a clip, alpha and text.
enum CairoTestDrawing {
    static let width = 200.0
    static let height = 150.0

    static func draw(_ canvas: any Canvas) {
        var curve = Path()
        curve.move(to: Point2(10, 10))
        curve.line(to: Point2(190, 140))
        curve.curve(to: Point2(20, 140), control1: Point2(100, 200), control2: Point2(50, 0))
        canvas.stroke(curve, style: StrokeStyle(color: Color(hex: 0x1F77B4), width: 2, dash: [6, 3], cap: .round))
        canvas.pushClip(DeviceRect(x: 50, y: 50, width: 100, height: 60))
        canvas.fill(.circle(center: Point2(100, 80), radius: 50), color: Color(1, 0, 0, 0.5))
        canvas.popClip()
        canvas.drawText("f(x) = x² + 3y", font: .sans, size: 14, at: Point2(20, 30), angle: 0, color: .black)
        canvas.drawText("Iteration", font: .sansBold, size: 12, at: Point2(185, 120), angle: .pi / 2, color: .black)
        canvas.drawText("∇f·x", font: .math, size: 16, at: Point2(120, 30), angle: 0, color: .black)
    }

    static func render(_ format: OutputFormat, scale: Double = 1) throws -> [UInt8] {
        try PageRenderer.render(format: format, width: width, height: height, scale: scale, draw: draw)
    }
}
