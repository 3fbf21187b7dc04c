import GDVizEngine

/// What a box placed inside the plot would hide, the one measure legends and labels are placed
/// by: the data points under it (a marker, weight ≥ 2, costs 50 times its weight), the line ink
/// it covers (``LineInk``) and a heavy cost for each box it must keep out of (the legend).
enum PlacementScore {
    /// Cost of a keep-out box under the candidate: more than any amount of line ink in a plot.
    static let keepOutCost = 10_000.0

    /// The cost of `rect`; points count inside `rect` grown by `margin`. Stops adding once the
    /// cost reaches `bound` (the best so far), so poor candidates skip the ink sum.
    static func cost(of rect: DeviceRect, points: [(point: Point2, weight: Double)],
                     ink: [(line: [Point2], weight: Double)], margin: Double = 4, keepOut: [DeviceRect] = [],
                     bound: Double = .infinity) -> Double {
        cost(of: rect, points: points, ink: LineInk.Index(ink), margin: margin, keepOut: keepOut, bound: bound)
    }

    /// ``cost(of:points:ink:margin:keepOut:bound:)`` with the ink made ready once for many rectangles.
    static func cost(of rect: DeviceRect, points: [(point: Point2, weight: Double)],
                     ink: LineInk.Index, margin: Double = 4, keepOut: [DeviceRect] = [],
                     bound: Double = .infinity) -> Double {
        var score = keepOut.reduce(0.0) { $0 + (rect.intersects($1) ? keepOutCost : 0) }
        let grown = rect.insetBy(dx: -margin, dy: -margin)
        score += points.reduce(0.0) { $0 + (grown.contains($1.point) ? ($1.weight >= 2 ? 50 * $1.weight : $1.weight) : 0) }
        if score < bound - 1e-9 { score += ink.covered(by: rect) }
        return score
    }

    /// The cheapest of `candidates` (ties: the earliest) and its cost.
    static func best(_ candidates: [DeviceRect], points: [(point: Point2, weight: Double)],
                     ink: [(line: [Point2], weight: Double)], margin: Double = 4,
                     keepOut: [DeviceRect] = []) -> (rect: DeviceRect, score: Double, index: Int) {
        best(candidates, points: points, ink: LineInk.Index(ink), margin: margin, keepOut: keepOut)
    }

    static func best(_ candidates: [DeviceRect], points: [(point: Point2, weight: Double)],
                     ink: LineInk.Index, margin: Double = 4,
                     keepOut: [DeviceRect] = []) -> (rect: DeviceRect, score: Double, index: Int) {
        var best = (rect: candidates[0], score: Double.infinity, index: 0)
        for (index, candidate) in candidates.enumerated() {
            let score = cost(of: candidate, points: points, ink: ink, margin: margin, keepOut: keepOut, bound: best.score)
            if score < best.score - 1e-9 { best = (candidate, score, index) }
        }
        return best
    }
}
