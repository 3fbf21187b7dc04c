import Foundation
import GDVizRender
import GDVizScene

extension RenderPlan.Job {
    /// Reads, renders and atomically writes this job's image; returns the line `render`
    /// prints: `wrote Renders/x.png (800×600, 41 ms)`. On any error nothing is written and the
    /// previous file, if any, is left as it was.
    package func run(scale: Double, theme: ThemeName? = nil) throws -> String {
        let start = DispatchTime.now().uptimeNanoseconds
        var scene = try SceneLoader.load(contentsOf: self.scene)
        if let theme { scene.theme = theme }
        // The output size depends on the format and --scale, so it is checked here, before rendering.
        let pixelScale = SceneBudget.pixelScale(for: scene, format: format.rawValue, scale: scale)
        let budget = SceneBudget.outputIssues(for: scene, pixelScale: pixelScale)
        if !budget.isEmpty { throw SceneValidationError(file: self.scene, issues: budget) }
        let bytes = try SceneRenderer.render(scene, format: format, scale: scale)
        try AtomicFile.write(bytes, to: destination)
        let ms = (DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        let size = Self.pixelSize(png: bytes).map { "\($0.0)×\($0.1)" } ?? "\(scene.width)×\(scene.height) pt"
        return "wrote \(destination) (\(size), \(ms) ms)"
    }

    /// Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian); nil for other formats.
    static func pixelSize(png bytes: [UInt8]) -> (Int, Int)? {
        guard bytes.count >= 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) else { return nil }
        let number = { (at: Int) in bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (number(16), number(20))
    }
}
