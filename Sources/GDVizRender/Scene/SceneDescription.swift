import Foundation
import GDVizEngine
import GDVizScene

/// A text alternative for a figure, from the evaluated scene: what is plotted, what each run did
/// and which critical points were found. SVG `<title>`/`<desc>`, PDF `/Title`/`/Subject` and
/// `gdviz describe` print it. Deterministic: fixed number formatting, runs and points in scene order.
package enum SceneDescription {
    package struct Text: Sendable, Equatable {
        /// One line: the scene's title (maths without `$`), or f's formula.
        package var title: String
        /// Sentences: the function and region, one per run, one for the critical points.
        package var sentences: [String]

        package var body: String { sentences.joined(separator: " ") }
    }

    package static func describe(_ evaluated: EvaluatedScene) -> Text {
        let scene = evaluated.scene
        // Without a title, the formula (not the file name: the same scene under another name
        // gives the same bytes).
        let title = scene.title.map(plain) ?? "f(\(scene.dimension == 1 ? "x" : "x, y")) = \(formula(scene))"

        var sentences = [function(scene)]
        for run in evaluated.runs { sentences.append(self.run(run, dimension: scene.dimension)) }
        let found = evaluated.layers.compactMap { $0 as? CriticalPointsLayerSpec.Evaluated }.flatMap(\.points)
            + evaluated.panels.compactMap { $0 as? SurfacePanelSpec.Evaluated }.flatMap(\.surface.criticalPoints)
        // Panels showing the same function find the same points: each is listed once.
        var seen: Set<String> = []
        let points = found.map { "\($0.kind.rawValue) at \(point($0.point, scene.dimension)), f = \(number($0.value))" }
            .filter { seen.insert($0).inserted }
        if !points.isEmpty {
            let listed = points.prefix(maxPoints)
            let more = points.count > maxPoints ? ", and \(points.count - maxPoints) more" : ""
            sentences.append("Critical points: " + listed.joined(separator: "; ") + more + ".")
        }
        return Text(title: title, sentences: sentences)
    }

    /// Points listed before "and n more": a figure's description should stay readable aloud.
    static let maxPoints = 12

    /// The PDF /Title and /Subject.
    static func metadata(_ evaluated: EvaluatedScene) -> (title: String, subject: String) {
        let text = describe(evaluated)
        return (text.title, text.body)
    }

    static func function(_ scene: Scene) -> String {
        let d = scene.domain
        let variables = scene.dimension == 1 ? "x" : "x, y"
        var name = ""
        if case .builtin(let builtin) = scene.function { name = "the \(builtin.definition.name.rawValue) function " }
        if case .leastSquares = scene.function { name = "the least-squares loss " }
        let shown = formula(scene)
        var region = "x in [\(number(d.xMin)), \(number(d.xMax))]"
        if scene.dimension == 2 { region += ", y in [\(number(d.yMin)), \(number(d.yMax))]" }
        return "Plot of \(name)f(\(variables)) = \(shown) for \(region)."
    }

    /// f's expression, cut at 200 characters.
    static func formula(_ scene: Scene) -> String {
        let text = scene.function.expression.source
        return text.count <= 200 ? text : String(text.prefix(200)) + "…"
    }

    static func run(_ run: EvaluatedRun, dimension: Int) -> String {
        let t = run.trajectory
        let spec = run.spec
        let steps = max(0, t.points.count - 1)
        var sentence = "Run \"\(plain(spec.label))\": \(spec.optimizer.rawValue), step size \(number(spec.learningRate))"
        if spec.autoLearningRate { sentence += " (auto)" }
        sentence += ", from \(point(spec.start.point2, dimension))"
        if let last = t.points.last {
            sentence += ", \(steps) step\(steps == 1 ? "" : "s") to \(point(last, dimension))"
            if let value = t.values.last { sentence += ", f = \(number(value))" }
        }
        sentence += ", stopped: \(stopText(t.stop))."
        return sentence
    }

    static func stopText(_ stop: StopReason) -> String {
        switch stop {
        case .converged: return "converged (gradient below the tolerance)"
        case .maxSteps: return "step limit reached"
        case .diverged: return "diverged"
        case .singularHessian: return "singular Hessian"
        }
    }

    /// Scene text without maths delimiters and line breaks: every `$` dropped, then every `\\`
    /// (left to right) a space. Written out by Character: Foundation's replacingOccurrences went
    /// through NSString bridging and dynamic casts at every render with a description.
    static func plain(_ label: String) -> String {
        var out = ""
        var backslash = false  // a `\` read and not yet written
        for c in label where c != "$" {
            if c == "\\" {
                if backslash { out.append(" ") }
                backslash.toggle()
                continue
            }
            if backslash { out.append("\\"); backslash = false }
            out.append(c)
        }
        if backslash { out.append("\\") }
        return out
    }

    static func point(_ p: Point2, _ dimension: Int) -> String {
        dimension == 1 ? number(p.x) : "(\(number(p.x)), \(number(p.y)))"
    }

    /// Three decimals (2.487, 0.026, -3.0; 0 for anything that rounds to zero), and two
    /// significant decimals with an exponent from a million up (a diverged run's 3.2e9).
    static func number(_ v: Double) -> String {
        guard v.isFinite else { return v.isNaN ? "NaN" : (v > 0 ? "inf" : "-inf") }
        if abs(v) >= 1e6 {
            let exponent = Int(floor(log10(abs(v))))
            let mantissa = (v / pow(10, Double(exponent)) * 100).rounded() / 100
            return "\(mantissa)e\(exponent)"
        }
        let r = (v * 1000).rounded() / 1000
        return r == 0 ? "0" : String(r)
    }
}
