import GDVizEngine

/// A dash pattern laid along a path by hand: which parts of a segment are drawn, given how
/// far along the path the segment starts. Used where a path is stroked piece by piece (the
/// depth-sorted runs of a surface view) and a stroke's own dashes would restart at each piece.
struct DashPattern: Equatable {
    /// On, off, on, off… lengths; their sum is `period`.
    let lengths: [Double]
    let period: Double

    /// nil for a solid line (an empty pattern, or one without a positive length).
    init?(_ dash: [Double]) {
        guard !dash.isEmpty, dash.allSatisfy({ $0.isFinite && $0 >= 0 }) else { return nil }
        lengths = dash.count.isMultiple(of: 2) ? dash : dash + dash  // odd patterns repeat, as in cairo
        period = lengths.reduce(0, +)
        guard period > 0 else { return nil }
    }

    /// The drawn parts of the segment a→b, which starts `start` along the path.
    func on(from a: Point2, to b: Point2, startingAt start: Double) -> [(Point2, Point2)] {
        let length = (b - a).norm
        guard length > 0, length.isFinite, start.isFinite else { return [] }
        func at(_ s: Double) -> Point2 { a + (s / length) * (b - a) }
        var result: [(Point2, Point2)] = []
        // Where in the pattern the segment starts.
        var phase = start.truncatingRemainder(dividingBy: period)
        var index = 0
        while phase >= lengths[index] {
            phase -= lengths[index]
            index = (index + 1) % lengths.count
        }
        var s = 0.0
        while s < length {
            let end = min(length, s + lengths[index] - phase)
            if index.isMultiple(of: 2), end > s { result.append((at(s), at(end))) }
            s = end
            phase = 0
            index = (index + 1) % lengths.count
        }
        return result
    }
}
