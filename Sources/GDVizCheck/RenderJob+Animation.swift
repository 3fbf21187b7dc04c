import GDVizRender
import GDVizScene

extension RenderPlan.Job {
    /// The animation to write, or `nil` for the still figure: GIF, WebP and MP4 need an animated
    /// scene; PDF is one page per frame when the scene is animated and the still page otherwise.
    func animationFormat(for scene: Scene, frames: Bool) throws -> AnimationFormat? {
        let what = frames ? "--frames" : "\(format.rawValue.uppercased()) output"
        if scene.animation == nil, frames || format.still == nil {
            throw SceneValidationError(file: self.scene, issues: [
                SceneIssue(path: "$.animate", message: #"missing; \#(what) needs an animated scene, e.g. "animate": {"steps_per_frame": 1}"#),
            ])
        }
        guard scene.animation != nil else { return nil }
        if let animation = format.animation { return animation }
        return nil
    }

    /// Renders every frame once into the animation and, with `frames`, into
    /// `<destination>-001.png` …; returns the frame count. Still output with `frames` writes the
    /// figure and then the frames.
    func renderAnimation(_ scene: Scene, format animation: AnimationFormat, scale: Double, frames: Bool,
                         progress: ((Int, Int) -> Void)?) throws -> Int {
        var pngs: [[UInt8]] = []
        var total = 0
        let counting: (Int, Int) -> Void = { done, count in
            total = count
            progress?(done, count)
        }
        let keep: ((Int, RGBFrame) throws -> Void)? = frames && animation != .pdf
            ? { _, frame in pngs.append(try frame.image.encodePNG()) } : nil
        let bytes = try AnimationExport.render(SceneEvaluator.evaluate(scene), format: animation, scale: scale, progress: counting, frame: keep)
        if frames, animation == .pdf { pngs = try framePNGs(scene, scale: scale, progress: progress) }
        try AtomicFile.write(bytes, to: destination)
        try writeFrames(pngs)
        return total
    }

    func framePNGs(_ scene: Scene, scale: Double, progress: ((Int, Int) -> Void)?) throws -> [[UInt8]] {
        var pngs: [[UInt8]] = []
        try AnimationExport.frames(SceneEvaluator.evaluate(scene), scale: scale, progress: progress) { _, frame in
            pngs.append(try frame.image.encodePNG())
        }
        return pngs
    }

    func writeFrames(_ pngs: [[UInt8]]) throws {
        for (index, png) in pngs.enumerated() {
            try AtomicFile.write(png, to: Self.framePath(destination, index: index, count: pngs.count))
        }
    }

    /// `out/steps.gif`, frame 0 of 60 → `out/steps-001.png` (at least three digits, more when needed).
    package static func framePath(_ destination: String, index: Int, count: Int) -> String {
        let dot = destination.lastIndex(of: ".").flatMap { dot in
            destination[dot...].contains("/") ? nil : dot
        }
        let stem = dot.map { String(destination[..<$0]) } ?? destination
        let digits = max(3, String(count).count)
        let number = String(index + 1)
        return "\(stem)-\(String(repeating: "0", count: digits - number.count))\(number).png"
    }
}
