import Foundation
import GDVizRender
import GDVizScene

extension RenderPlan.Job {
    /// Reads, renders and atomically writes this job's image; returns the line `render`
    /// prints: `wrote Renders/x.png (800×600, 41 ms)`. On any error nothing is written and the
    /// previous file, if any, is left as it was.
    package func run(scale: Double, theme: ThemeName? = nil, frames: Bool = false,
                     progress: ((Int, Int) -> Void)? = nil) throws -> String {
        let start = DispatchTime.now().uptimeNanoseconds
        var scene = try SceneLoader.load(contentsOf: self.scene)
        if let theme { scene.theme = theme }
        // The output size depends on the format and --scale, so it is checked here, before rendering.
        // Animations are raster frames, like PNG.
        let pixelScale = SceneBudget.pixelScale(for: scene, format: format.still?.rawValue ?? "png", scale: scale)
        let budget = SceneBudget.outputIssues(for: scene, pixelScale: pixelScale)
        if !budget.isEmpty { throw SceneValidationError(file: self.scene, issues: budget) }
        if let animation = try animationFormat(for: scene, frames: frames) {
            let count = try renderAnimation(scene, format: animation, scale: scale, frames: frames, progress: progress)
            let ms = (DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
            return "wrote \(destination) (\(count) frames\(frames ? " and their PNGs" : ""), \(ms) ms)"
        }
        guard let still = format.still else { throw RenderError.unsupported("\(format) is not a still format") }
        let bytes = try SceneRenderer.render(SceneEvaluator.evaluate(scene), format: still, scale: scale)
        let pngs = frames ? try framePNGs(scene, scale: scale, progress: progress) : []
        try AtomicFile.write(bytes, to: destination)
        try writeFrames(pngs)
        let ms = (DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        let size = Self.pixelSize(png: bytes).map { "\($0.0)×\($0.1)" } ?? Self.pageSize(scene, scale: scale)
        return "wrote \(destination) (\(size), \(ms) ms)"
    }

    /// A vector page's size in points, `800×600 pt` or `340.16×226.77 pt`.
    static func pageSize(_ scene: Scene, scale: Double) -> String {
        func points(_ v: Double) -> String {
            let r = (v * scale * 100).rounded() / 100
            return r == r.rounded() ? String(Int(r)) : String(r)
        }
        return "\(points(scene.width))×\(points(scene.height)) pt"
    }

    /// Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian); nil for other formats.
    static func pixelSize(png bytes: [UInt8]) -> (Int, Int)? {
        guard bytes.count >= 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) else { return nil }
        let number = { (at: Int) in bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (number(16), number(20))
    }
}
