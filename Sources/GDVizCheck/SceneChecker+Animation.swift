import Foundation
import GDVizRender
import GDVizScene

/// One frame of an animation that differs from its reference frame.
package struct FrameFailure: Sendable {
    /// 0-based.
    package var frame: Int
    package var comparison: ImageComparison
}

extension SceneChecker {
    /// An animated scene is checked against `<name>.gif`: both are decoded with giflib and
    /// compared frame by frame with the same comparison and options as still figures. Every
    /// failing frame gets its own diff images (`<scene>/frame-007/…`) and report entry.
    func checkAnimation(file: String, name: String, scene: Scene) -> SceneCheck {
        let reference = PathText.join(against, "\(name).gif")
        var result = SceneCheck(scene: name, file: file, referencePath: reference, status: .error)
        let gif: [UInt8], actual: [GIFDecoder.Frame]
        do {
            gif = try AnimationExport.render(SceneEvaluator.evaluate(scene), format: .gif)
            actual = try GIFDecoder.frames(gif)
            if let first = actual.first { result.actualSize = (first.image.width, first.image.height) }
        } catch {
            result.message = ErrorText.lines(error).joined(separator: "\n")
            return result
        }
        guard let expected = readReference(&result, newNote: "new reference \(reference) (\(actual.count) frames)",
                                           unreadablePrefix: "reference \(reference): ",
                                           decode: { bytes, _ in try GIFDecoder.frames(bytes) },
                                           record: { recordAnimation(&$0, scene: scene, gif: gif, status: $1, note: $2) })
        else { return result }
        var problems: [String] = []
        if expected.count != actual.count {
            problems.append("\(actual.count) frames, the reference has \(expected.count)")
        }
        for k in 0..<min(expected.count, actual.count) {
            let comparison = ImageComparison(expected: expected[k].image, actual: actual[k].image, options: options)
            if !comparison.passed {
                result.frameFailures.append(FrameFailure(frame: k, comparison: comparison))
                problems.append("frame \(k + 1): \(MetricsText.verdict(comparison))")
            }
        }
        let delays = zip(expected, actual).enumerated().filter { $0.element.0.delay != $0.element.1.delay }.map { $0.offset + 1 }
        if !delays.isEmpty { problems.append("frame delays changed (frames \(delays.prefix(5).map(String.init).joined(separator: ", ")))") }
        guard !problems.isEmpty else {
            result.status = .passed
            if record == .all { recordAnimation(&result, scene: scene, gif: gif, status: .passed, note: "identical; reference rewritten") }
            return result
        }
        if record == .failed || record == .all {
            result.frameFailures = []
            recordAnimation(&result, scene: scene, gif: gif, status: .recorded, note: "reference rewritten: " + problems[0])
            return result
        }
        // The first failing frame stands for the scene in the summary line and the usual artefacts.
        if let first = result.frameFailures.first {
            result.comparison = first.comparison
            result.actualPNG = try? first.comparison.actual.encodePNG()
            result.referenceBytes = try? first.comparison.expected.encodePNG()
        }
        result.status = .failed
        let shown = problems.prefix(3).joined(separator: "; ")
        result.message = "\(result.frameFailures.count) of \(actual.count) frames changed: " + shown
            + (problems.count > 3 ? "; …" : "")
        return result
    }

    /// Writes the GIF reference after a second render gives the same bytes.
    private func recordAnimation(_ result: inout SceneCheck, scene: Scene, gif: [UInt8], status: SceneCheck.Status, note: String) {
        do {
            guard try AnimationExport.render(SceneEvaluator.evaluate(scene), format: .gif) == gif else {
                result.status = .error
                result.message = "not recorded: two renders of the animation differ; the render is not deterministic"
                return
            }
            try AtomicFile.write(gif, to: result.referencePath)
            result.status = status
            result.message = note
        } catch {
            result.status = .error
            result.message = "not recorded: " + ErrorText.lines(error).joined(separator: "; ")
        }
    }
}
