import Foundation
import GDVizRender
import GDVizScene

/// Renders one scene and compares it with its reference; never throws.
package struct SceneChecker: Sendable {
    package var against: String
    package var options: ComparisonOptions
    package var record: RecordMode
    /// How a scene file becomes PNG bytes; tests hand in the run's shared gallery renders.
    package var renderPNG: @Sendable (_ file: String) throws -> [UInt8]

    package init(against: String, options: ComparisonOptions, record: RecordMode,
                 renderPNG: @escaping @Sendable (_ file: String) throws -> [UInt8] = SceneChecker.render) {
        self.against = against
        self.options = options
        self.record = record
        self.renderPNG = renderPNG
    }

    /// Reads, validates and renders a scene file to PNG.
    package static func render(_ file: String) throws -> [UInt8] {
        try SceneRenderer.render(SceneEvaluator.evaluate(SceneLoader.load(contentsOf: file)), format: .png)
    }

    package func check(file: String, name: String) -> SceneCheck {
        if let scene = try? SceneLoader.load(contentsOf: file), scene.animation != nil {
            return checkAnimation(file: file, name: name, scene: scene)
        }
        let reference = PathText.join(against, "\(name).png")
        var result = SceneCheck(scene: name, file: file, referencePath: reference, status: .error)
        let actual: RasterImage
        do {
            let png = try renderPNG(file)
            // Compare what was written and read back, as a reference would be.
            actual = try RasterImage.decodePNG(png)
            result.actualPNG = png
            result.actualSize = (actual.width, actual.height)
        } catch {
            result.message = ErrorText.lines(error).joined(separator: "\n")
            return result
        }

        guard let expected = readReference(&result, newNote: "new reference \(reference)", unreadablePrefix: "",
                                           decode: { bytes, result in
                                               result.referenceBytes = bytes
                                               return try ImageFile.decode(bytes, path: reference, role: "reference")
                                           },
                                           record: { recordReference(&$0, file: file, actual: actual, status: $1, note: $2) })
        else { return result }

        let comparison = ImageComparison(expected: expected, actual: actual, options: options)
        result.comparison = comparison
        if comparison.passed {
            result.status = .passed
            if comparison.status == .withinTolerance { result.message = "within tolerance: \(MetricsText.verdict(comparison))" }
            if record == .all, comparison.status != .identical {
                recordReference(&result, file: file, actual: actual, status: .recorded,
                                note: "reference rewritten: \(MetricsText.verdict(comparison))")
            } else if record == .all {
                recordReference(&result, file: file, actual: actual, status: .passed, note: "identical; reference rewritten")
            }
            return result
        }
        if record == .failed || record == .all {
            recordReference(&result, file: file, actual: actual, status: .recorded,
                            note: "reference rewritten: \(MetricsText.verdict(comparison))")
        } else {
            result.status = comparison.status == .sizeMismatch ? .sizeMismatch : .failed
            result.message = MetricsText.verdict(comparison)
        }
        return result
    }

    /// The prologue shared by still and animated checks, once the actual figure is made: a
    /// missing reference is reported (`--record never`) or recorded as new; an unreadable one is
    /// rewritten under `--record all` or reported. Returns the decoded reference, or `nil` when
    /// `result` is final.
    func readReference<Reference>(_ result: inout SceneCheck, newNote: String, unreadablePrefix: String,
                                  decode: ([UInt8], inout SceneCheck) throws -> Reference,
                                  record: (inout SceneCheck, SceneCheck.Status, String) -> Void) -> Reference? {
        let reference = result.referencePath
        guard FileManager.default.fileExists(atPath: reference) else {
            if self.record == .never {
                result.status = .missing
                result.message = "no reference \(reference) (run with --record missing to create it)"
            } else {
                record(&result, .new, newNote)
            }
            return nil
        }
        do {
            return try decode(try ImageFile.readBytes(reference, role: "reference"), &result)
        } catch {
            let reason = ErrorText.lines(error).joined(separator: "; ")
            if self.record == .all {
                record(&result, .recorded, "reference rewritten (it was unreadable: \(reason))")
            } else {
                result.message = unreadablePrefix + reason
            }
            return nil
        }
    }

    /// Writes the reference atomically, after checking that a second render — made after
    /// rendering something else, which moves cairo's global counters — gives the same pixels.
    private func recordReference(_ result: inout SceneCheck, file: String, actual: RasterImage,
                                 status: SceneCheck.Status, note: String) {
        do {
            _ = try PageRenderer.render(format: .svg, width: 31, height: 17) { _ in }
            _ = try PageRenderer.render(format: .png, width: 17, height: 31, background: nil) { _ in }
            let again = try RasterImage.decodePNG(SceneRenderer.render(SceneEvaluator.evaluate(SceneLoader.load(contentsOf: file)), format: .png))
            guard again == actual else {
                let changed = ImageComparison(expected: actual, actual: again).changedPixels
                result.status = .error
                result.message = "not recorded: two renders of the scene differ (\(changed) pixels); the render is not deterministic"
                return
            }
            try AtomicFile.write(result.actualPNG ?? actual.encodePNG(), to: result.referencePath)
            result.status = status
            result.message = note
        } catch {
            result.status = .error
            result.message = "not recorded: " + ErrorText.lines(error).joined(separator: "; ")
        }
    }
}
