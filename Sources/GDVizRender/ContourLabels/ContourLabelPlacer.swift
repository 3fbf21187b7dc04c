#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GDVizEngine

/// Chooses where contour levels are written on their lines, in device space (straightness and
/// collisions are visual, so the data's aspect ratio must not matter).
///
/// A label of width w at font size s hides a window of the line of length `w + 2·pad`
/// (pad = 0.35 s) centred on a point of the line. A window is a candidate when
///
///     max θ − min θ ≤ 12°         (θ: heading of the line relative to the window's chord)
///     |chord| ≥ 0.95 · window length
///
/// and the line is at least three windows long. The text is set along the chord, turned by less
/// than 90° either way so it never reads upside down. A candidate is kept when its box (the
/// text's ink, plus a margin of 0.25 s) stays 0.5 s inside the plot and crosses no other contour
/// line, no obstacle (the lines of the layers drawn above, grown by 5 px; their vertices, where
/// markers sit, by 9 px) and no keep-out rectangle (the legend).
///
/// Candidates are then taken greedily, best first. A candidate scores its turning angle and chord
/// deficit, each as a fraction of its limit, plus a small penalty near the frame; labels already
/// placed within 110 px add to the score, so labels spread out over the plot. A line piece gets one
/// label, or two at least 150 px apart when it is longer than half the plot's perimeter (it then
/// crosses the plot twice); no two labels' boxes meet.
/// Everything is deterministic: ties go to the earlier line and position.
package struct ContourLabelPlacer {
    /// One contour line in device coordinates, with the index of its level.
    package struct Line: Sendable {
        package var points: [Point2]
        package var isClosed: Bool
        package var level: Int

        package init(points: [Point2], isClosed: Bool, level: Int) {
            self.points = points
            self.isClosed = isClosed
            self.level = level
        }
    }

    /// A placed label.
    package struct Label: Sendable, Equatable {
        package var level: Int
        /// Index of the line in the list given to ``place(_:texts:widths:)``.
        package var line: Int
        package var text: String
        /// The text's ink: its advance width by the height of a digit, centred on the line and
        /// turned with it.
        package var box: RotatedRect
        /// The arc-length positions of the line hidden under the label; on a closed line the
        /// range may run past the line's length (it wraps).
        package var gap: ClosedRange<Double>

        /// The text's counter-clockwise angle on screen, in (−90°, 90°].
        package var angle: Double { box.angle }
    }

    package var plot: DeviceRect
    package var fontSize: Double
    /// Device polylines drawn above the contours (trajectories; markers as one-point lines).
    package var obstacles: [[Point2]]
    /// Rectangles labels keep out of (the legend).
    package var keepOut: [DeviceRect]

    package init(plot: DeviceRect, fontSize: Double, obstacles: [[Point2]] = [], keepOut: [DeviceRect] = []) {
        self.plot = plot
        self.fontSize = fontSize
        self.obstacles = obstacles
        self.keepOut = keepOut
    }

    package static let maxTurn = 12 * Double.pi / 180
    package static let minChordRatio = 0.95
    /// Lines shorter than this many label windows get no label.
    package static let minLineWindows = 3.0
    /// Two labels on one line piece are at least this far apart (along the line and across).
    package static let spacing = 150.0
    /// Candidate centres are this far apart along a line, in device units.
    static let step = 3.0
    /// Clearance from obstacle lines, and from their vertices (markers sit there, up to 6 px wide).
    static let obstacleMargin = 5.0
    static let markerMargin = 9.0
    static let crowdRadius = 110.0
    static let crowdWeight = 0.6

    /// Half the height of a digit, as a fraction of the font size (digits are 0.73 em tall).
    package static let inkHalfHeight = 0.37
    /// How far above the baseline the middle of a digit sits, as a fraction of the font size.
    package static let digitCenter = 0.365
    /// The line is cut this far beyond each end of the text.
    package var padding: Double { 0.35 * fontSize }
    /// Room kept around a label's ink that other lines and labels must not enter.
    package var margin: Double { 0.25 * fontSize }
    var frameMargin: Double { 0.5 * fontSize }

    private struct Candidate {
        var line: Int
        var t: Double
        var halfGap: Double
        var box: RotatedRect
        var score: Double
    }

    /// Labels for `lines`: `texts[k]` and its width `widths[k]` belong to level `k`. Sorted by
    /// level, line and position along the line.
    package func place(_ lines: [Line], texts: [String], widths: [Double]) -> [Label] {
        let polylines = lines.map { ArcPolyline($0.points, closed: $0.isClosed) }
        let index = SegmentIndex(polylines: polylines, obstacles: obstacles, cell: 16,
                                 bounds: plot.insetBy(dx: -20, dy: -20))
        var candidates: [Candidate] = []
        for (li, line) in lines.enumerated() where widths.indices.contains(line.level) {
            candidates += lineCandidates(li, polylines[li], width: widths[line.level], index: index)
        }
        let chosen = choose(candidates, polylines: polylines)
        return chosen.map { c in
            Label(level: lines[c.line].level, line: c.line, text: texts[lines[c.line].level], box: c.box,
                  gap: (c.t - c.halfGap)...(c.t + c.halfGap))
        }.sorted { ($0.level, $0.line, $0.gap.lowerBound) < ($1.level, $1.line, $1.gap.lowerBound) }
    }

    /// Straight enough, inside the plot and clear of other lines and obstacles.
    private func lineCandidates(_ li: Int, _ line: ArcPolyline, width: Double, index: SegmentIndex) -> [Candidate] {
        let halfGap = width / 2 + padding
        let length = line.length
        guard width > 0, length >= Self.minLineWindows * 2 * halfGap else { return [] }
        let first = line.isClosed ? 0 : halfGap
        let last = line.isClosed ? length - Self.step / 2 : length - halfGap
        let inner = plot.insetBy(dx: frameMargin, dy: frameMargin)
        var result: [Candidate] = []
        var t = first
        while t <= last {
            defer { t += Self.step }
            guard let (turn, chordRatio, angle) = straightness(line, at: t, halfGap: halfGap) else { continue }
            let box = RotatedRect(center: line.point(at: t), angle: angle, halfWidth: width / 2,
                                  halfHeight: Self.inkHalfHeight * fontSize)
            let outer = box.grown(by: margin)
            guard outer.corners.allSatisfy(inner.contains),
                  keepOut.allSatisfy({ !outer.intersects(RotatedRect($0.insetBy(dx: -2, dy: -2))) }),
                  isClear(box, line: li, at: t, halfGap: halfGap, polyline: line, index: index)
            else { continue }
            let c = box.center
            let frameDistance = min(c.x - plot.minX, plot.maxX - c.x, c.y - plot.minY, plot.maxY - c.y)
            let score = turn / Self.maxTurn + 0.5 * (1 - chordRatio) / (1 - Self.minChordRatio)
                + 0.3 * max(0, 1 - frameDistance / 60)
            result.append(Candidate(line: li, t: t, halfGap: halfGap, box: box, score: score))
        }
        return result
    }

    /// The turning angle and chord ratio of the window `t ± halfGap`, and the upright text angle
    /// along its chord; nil when the window is not straight enough.
    func straightness(_ line: ArcPolyline, at t: Double, halfGap: Double) -> (Double, Double, Double)? {
        let n = max(4, Int.checked((halfGap).rounded(.up)))  // a sample every 2 px
        let samples = (0...n).map { line.point(at: t - halfGap + 2 * halfGap * Double($0) / Double(n)) }
        let chord = samples[n] - samples[0]
        let chordLength = chord.norm
        let ratio = chordLength / (2 * halfGap)
        guard ratio >= Self.minChordRatio else { return nil }
        let u = (1 / chordLength) * chord
        var lo = Double.infinity, hi = -Double.infinity
        for k in 0..<n {
            let d = samples[k + 1] - samples[k]
            guard d.norm > 1e-9 else { continue }
            let heading = atan2(u.x * d.y - u.y * d.x, u.x * d.x + u.y * d.y)
            lo = min(lo, heading)
            hi = max(hi, heading)
        }
        let turn = hi - lo
        guard turn <= Self.maxTurn else { return nil }
        return (turn, ratio, Self.uprightAngle(chord))
    }

    /// The counter-clockwise screen angle of the device direction `d`, turned by half a turn
    /// when needed so that it lies in (−90°, 90°]: text along it reads left to right.
    package static func uprightAngle(_ d: Point2) -> Double {
        var angle = atan2(-d.y, d.x)
        if angle > Double.pi / 2 + 1e-12 { angle -= Double.pi }
        if angle <= -Double.pi / 2 + 1e-12 { angle += Double.pi }
        return angle
    }

    /// Whether nothing crosses the label: other lines and obstacles stay out of its box grown by
    /// the margin; its own line, outside the gap, stays out of the ink (the gap's ends continue
    /// the line just past the text).
    private func isClear(_ box: RotatedRect, line li: Int, at t: Double, halfGap: Double, polyline: ArcPolyline,
                         index: SegmentIndex) -> Bool {
        let outer = box.grown(by: margin)
        let guarded = outer.grown(by: Self.obstacleMargin)
        let marked = outer.grown(by: Self.markerMargin)
        let tight = box.grown(by: 0.5)
        let reach = halfGap + 2 * fontSize
        let crossed = index.contains(near: marked) { segment in
            if segment.line == SegmentIndex.marker { return marked.contains(segment.a) }
            if segment.line == SegmentIndex.obstacle { return guarded.intersects(segment: segment.a, segment.b) }
            if segment.line == li && arcDistance(from: t, to: segment.arc, on: polyline) <= reach { return false }
            return outer.intersects(segment: segment.a, segment.b)
        }
        if crossed { return false }
        // The own line next to the gap, on both sides.
        let before = polyline.piece(from: t - reach, to: t - halfGap)
        let after = polyline.piece(from: t + halfGap, to: t + reach)
        for part in [before, after] where part.count > 1 {
            for (a, b) in zip(part, part.dropFirst()) where tight.intersects(segment: a, b) { return false }
        }
        return true
    }

    /// How far along the line position `t` is from the nearest point of the range `arc`.
    private func arcDistance(from t: Double, to arc: ClosedRange<Double>, on line: ArcPolyline) -> Double {
        func distance(_ t: Double) -> Double { t < arc.lowerBound ? arc.lowerBound - t : max(0, t - arc.upperBound) }
        guard line.isClosed else { return distance(t) }
        let u = line.normalized(t)
        return min(distance(u), distance(u + line.length), distance(u - line.length))
    }

    /// Greedy choice: best score first, penalised near labels already placed.
    private func choose(_ candidates: [Candidate], polylines: [ArcPolyline]) -> [Candidate] {
        var alive = [Bool](repeating: true, count: candidates.count)
        var chosen: [Candidate] = []
        var perLine: [Int: [Candidate]] = [:]
        while true {
            var best: Int?
            var bestScore = Double.infinity
            for (k, c) in candidates.enumerated() where alive[k] {
                var score = c.score
                for p in chosen {
                    score += Self.crowdWeight * max(0, 1 - c.box.center.distance(to: p.box.center) / Self.crowdRadius)
                }
                if score < bestScore - 1e-12 {
                    best = k
                    bestScore = score
                }
            }
            guard let best else { break }
            let accepted = candidates[best]
            chosen.append(accepted)
            perLine[accepted.line, default: []].append(accepted)
            let line = polylines[accepted.line]
            let limit = line.length >= plot.width + plot.height ? 2 : 1
            let outer = accepted.box.grown(by: margin)
            for (k, c) in candidates.enumerated() where alive[k] {
                if outer.intersects(c.box.grown(by: margin)) {
                    alive[k] = false
                } else if c.line == accepted.line {
                    let tooClose = perLine[c.line, default: []].contains { p in
                        arcDistance(from: c.t, to: p.t...p.t, on: line) < Self.spacing
                            || c.box.center.distance(to: p.box.center) < Self.spacing
                    }
                    if tooClose || perLine[c.line, default: []].count >= limit { alive[k] = false }
                }
            }
        }
        return chosen
    }
}
