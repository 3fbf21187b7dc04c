import GDVizEngine
import GDVizScene

/// A text alternative for a figure, from the evaluated scene: its title and what each run did.
/// Deterministic: fixed number formatting, runs in scene order.
enum SceneDescription {
    static func metadata(_ evaluated: EvaluatedScene) -> (title: String, subject: String) {
        let scene = evaluated.scene
        let title = (scene.title ?? scene.name).replacingOccurrences(of: "$", with: "")
        var sentences: [String] = []
        for run in evaluated.runs {
            let t = run.trajectory
            let steps = max(0, t.points.count - 1)
            var sentence = "Run \"\(run.spec.label.replacingOccurrences(of: "$", with: ""))\": \(steps) steps"
            if let first = t.points.first, let last = t.points.last {
                sentence += " from \(point(first)) to \(point(last))"
            }
            sentence += ", stopped: \(t.stop.rawValue)."
            sentences.append(sentence)
        }
        return (title, sentences.isEmpty ? title : sentences.joined(separator: " "))
    }

    static func point(_ p: Point2) -> String {
        "(\(number(p.x)), \(number(p.y)))"
    }

    static func number(_ v: Double) -> String {
        guard v.isFinite else { return v.isNaN ? "NaN" : (v > 0 ? "inf" : "-inf") }
        let r = (v * 1000).rounded() / 1000
        return r == 0 ? "0" : String(r)
    }
}
