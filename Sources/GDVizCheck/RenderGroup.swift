import Dispatch
import GDVizRender
import GDVizScene

extension RenderPlan {
    /// The jobs of each scene together, scenes in their first order, so a scene written in several
    /// formats is loaded and evaluated once.
    package static func groups(_ jobs: [Job]) -> [[Job]] {
        var order: [String] = []
        var byScene: [String: [Job]] = [:]
        for job in jobs {
            if byScene[job.scene] == nil { order.append(job.scene) }
            byScene[job.scene, default: []].append(job)
        }
        return order.map { byScene[$0]! }
    }

    /// Renders one scene's jobs (same scene, one per format), evaluating the scene once; returns
    /// one message per written file, in job order.
    package static func run(_ group: [Job], scale: Double, theme: ThemeName? = nil, frames: Bool = false,
                            progress: ((Int, Int) -> Void)? = nil) throws -> [String] {
        guard let first = group.first else { return [] }
        // Animations (and PDF, which is one page per frame for an animated scene) go job by job.
        if frames || group.contains(where: { $0.format.still == nil || $0.format == .pdf }) {
            return try group.map { try $0.run(scale: scale, theme: theme, frames: frames, progress: progress) }
        }
        let start = DispatchTime.now().uptimeNanoseconds
        var scene = try SceneLoader.load(contentsOf: first.scene)
        if let theme { scene.theme = theme }
        for job in group {
            // The output size depends on the format and --scale, so it is checked before rendering.
            let pixelScale = SceneBudget.pixelScale(for: scene, format: job.format.still?.rawValue ?? "png", scale: scale)
            let budget = SceneBudget.outputIssues(for: scene, pixelScale: pixelScale)
            if !budget.isEmpty { throw SceneValidationError(file: job.scene, issues: budget) }
        }
        let files = try SceneRenderer.render(SceneEvaluator.evaluate(scene), formats: group.compactMap(\.format.still), scale: scale)
        var lines: [String] = []
        for (job, bytes) in zip(group, files) {
            try AtomicFile.write(bytes, to: job.destination)
            let ms = (DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
            let size = Job.pixelSize(png: bytes).map { "\($0.0)×\($0.1)" } ?? Job.pageSize(scene, scale: scale)
            lines.append("wrote \(job.destination) (\(size), \(ms) ms)")
        }
        return lines
    }

    /// Runs `body` for each index on up to `ProcessInfo.activeProcessorCount` threads and returns
    /// the results in index order, whatever order they finished in.
    package static func inParallel<T>(_ count: Int, _ body: @escaping @Sendable (Int) -> T) -> [T] {
        var results = [T?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { slots in
            let base = slots.baseAddress!
            // Each iteration writes only its own slot.
            let address = UInt(bitPattern: base)
            DispatchQueue.concurrentPerform(iterations: count) { i in
                UnsafeMutablePointer<T?>(bitPattern: address)!.advanced(by: i).pointee = body(i)
            }
        }
        return results.map { $0! }
    }
}
