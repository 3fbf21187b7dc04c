import ArgumentParser
import Foundation
import GDVizCheck
import GDVizRender

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two images pixel by pixel and draw what changed.",
        discussion: """
            Example:
              gdviz diff Renders/gd-quadratic.png new.png -o diff.png    # also writes diff.compare.png
              gdviz diff old.png new.png --mode tolerant --max-diff-pixels 20

            PNGs are compared as decoded pixels (premultiplied RGBA), never as file bytes: a \
            re-compressed PNG, or RGB vs opaque RGBA, is identical. Different sizes always fail. \
            The diff image shows the expected image faded, red where the actual is darker (ink \
            added), blue where it is lighter (ink removed), yellow for tolerated pixels and \
            magenta boxes around changes. Two .svg files are compared as canonical text (ids \
            renumbered, line endings and whitespace normalised), not rasterized.

            Exit status: 0 equal or within the gates, 1 the images differ or their sizes do, \
            2 usage error, 3 an input could not be read or decoded.
            """
    )

    @Argument(help: "The expected (reference) image.", completion: .file(extensions: ["png", "svg"]))
    var expected: String

    @Argument(help: "The actual image.", completion: .file(extensions: ["png", "svg"]))
    var actual: String

    @Option(name: .shortAndLong, help: "Write the diff image here, and expected | actual | diff as NAME.compare.png next to it.",
            completion: .file(extensions: ["png"]))
    var output: String?

    @OptionGroup var comparison: ComparisonFlags

    private var isSVG: (Bool, Bool) {
        (expected.lowercased().hasSuffix(".svg"), actual.lowercased().hasSuffix(".svg"))
    }

    func validate() throws {
        let (a, b) = isSVG
        if a != b { throw ValidationError("cannot compare an SVG with a raster image; give two PNGs or two SVGs") }
        if a, output != nil { throw ValidationError("-o draws a diff image, which needs PNG inputs; SVGs are compared as text") }
        if output == "-" { throw ValidationError("diff cannot write images to standard output (-o -); give a file name") }
        if output == "" { throw ValidationError("-o needs a file name") }
    }

    /// The diff image and its side-by-side companion must not replace an input or each other.
    private func checkOutputs() throws {
        guard let output else { return }
        let outputs = [OutputSafety.Output(output, role: "the diff image"),
                       OutputSafety.Output(ImageFile.comparePath(forDiff: output), role: "the side-by-side image")]
        if let problem = OutputSafety.problem(outputs: outputs, inputs: [expected, actual]) {
            throw CommandFailure(.usage, ["error: \(problem)"])
        }
    }

    func run() throws {
        if isSVG.0 { return try runSVG() }
        try checkOutputs()
        let expectedImage = try ImageFile.readPNG(expected, role: "expected")
        let actualImage = try ImageFile.readPNG(actual, role: "actual")
        let result = ImageComparison(expected: expectedImage, actual: actualImage, options: comparison.options)
        var lines = MetricsText.block(result, expected: expected, actual: actual, settings: comparison.summary)
        if let output {
            do {
                try AtomicFile.write(try result.diffImage().encodePNG(), to: output)
                let compare = ImageFile.comparePath(forDiff: output)
                try AtomicFile.write(try result.sideBySide().encodePNG(), to: compare)
                lines.append("diff image:       \(output)")
                lines.append("side by side:     \(compare)")
            } catch {
                try StandardOutput.lines(lines)
                throw CommandFailure(error)
            }
        }
        try StandardOutput.lines(lines)
        guard result.passed else {
            throw CommandFailure(.changed, ["diff: \(MetricsText.verdict(result))"])
        }
    }

    private func runSVG() throws {
        let a = try ImageFile.readBytes(expected, role: "expected")
        let b = try ImageFile.readBytes(actual, role: "actual")
        let result: SVGComparison
        do {
            result = try SVGComparison(expected: a, actual: b)
        } catch {
            throw CommandFailure(.failure, ["error: \(error)"])
        }
        var lines = [
            "expected:         \(expected)",
            "actual:           \(actual)",
            "comparison:       SVG canonical text (ids renumbered, line endings and whitespace normalised; not rasterized)",
            "status:           \(result.identical ? "identical" : "changed")",
            "differing lines:  \(result.differingLines) (expected \(result.expectedLines) lines, actual \(result.actualLines))",
        ]
        for d in result.firstDifferences {
            lines.append("  line \(d.line):")
            lines.append("    - \(d.expected.map { String($0.prefix(160)) } ?? "(none)")")
            lines.append("    + \(d.actual.map { String($0.prefix(160)) } ?? "(none)")")
        }
        try StandardOutput.lines(lines)
        if !result.identical {
            throw CommandFailure(.changed, ["diff: the SVGs differ in \(result.differingLines) canonical lines"])
        }
    }
}
