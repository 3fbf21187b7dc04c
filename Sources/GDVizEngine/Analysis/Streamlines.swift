/// Which way a gradient-flow curve runs.
package enum FlowDirection: String, Sendable, CaseIterable, Codable {
    /// Along −∇f, the way gradient descent moves (downhill).
    case descent
    /// Along +∇f (uphill).
    case ascent

    /// −1 for descent, +1 for ascent: the factor in front of ∇f.
    package var sign: Double { self == .descent ? -1 : 1 }
}

/// Why one end of a streamline ends.
package enum StreamlineStop: String, Sendable, Codable {
    /// The curve reached the edge of the domain; its last point is on the edge.
    case boundary
    /// The curve came within one step of a stationary point (∇f vanishes or turns back).
    case stationary
    /// The curve came closer than the test distance to another streamline.
    case tooClose
    /// The step budget ran out.
    case maxLength
}

/// An integral curve of the gradient flow, as a polyline in data coordinates.
package struct Streamline: Sendable, Equatable {
    /// Points in the direction of the flow (for descent: f decreases along the list).
    package var points: [Point2]
    /// Index of the seed in `points`: the curve was traced backward from there to `points[0]`
    /// and forward to the last point.
    package var seedIndex: Int
    /// Why the curve starts where it starts (traced against the flow) and ends where it ends.
    package var startStop: StreamlineStop
    package var endStop: StreamlineStop

    package init(points: [Point2], seedIndex: Int, startStop: StreamlineStop, endStop: StreamlineStop) {
        self.points = points
        self.seedIndex = seedIndex
        self.startStop = startStop
        self.endStop = endStop
    }

    /// Arc length of the polyline.
    package var length: Double {
        zip(points, points.dropFirst()).reduce(0) { $0 + $1.0.distance(to: $1.1) }
    }
}

/// Curves of the gradient flow ẋ = ∓∇f(x), traced with fourth-order Runge–Kutta, and sets of
/// evenly spaced such curves (Jobard & Lefer 1997).
///
/// Integration. Only the shape of a flow line matters for a figure, not its speed, so the field
/// is normalised,
///
///     u(x) = s · ∇f(x) / ‖∇f(x)‖,        s = −1 (descent) or +1 (ascent),
///
/// and the curve is advanced by a fixed arc-length step h (data units) with classical RK4:
///
///     k₁ = u(x),  k₂ = u(x + h/2·k₁),  k₃ = u(x + h/2·k₂),  k₄ = u(x + h·k₃)
///     x ← x + h/6 · (k₁ + 2k₂ + 2k₃ + k₄).
///
/// The gradients are exact (forward-mode AD through `Objective.gradient`). The normalised field is
/// undefined where ∇f = 0 and flips direction across a stationary point, so a curve stops
///
/// - at a **stationary point**: when ‖∇f‖ at a stage is zero, not finite, or below 10⁻¹⁰ of the
///   typical slope G (the median ‖∇f‖ on a 16 × 16 grid of the domain), or when k₁ · k₄ < 0 (the
///   field turns by more than 90° within one step: the step passed over a minimum or skirted a
///   saddle). The curve's last point is then within about h of the stationary point;
/// - at the **domain boundary**: the step that leaves the domain is cut where it crosses the edge;
/// - when it comes closer than `testDistance` to **another curve** (evenly spaced sets only);
/// - after `maxSteps` steps in one direction.
///
/// Gradient flows have no closed orbits (f decreases strictly along a descent curve), so a curve
/// never needs a test against itself.
package enum Streamlines {
    /// The curve through `seed`, traced against the flow to its start and along it to its end.
    /// A seed outside the domain or where ∇f vanishes gives a one-point curve.
    ///
    /// - Parameters:
    ///   - step: the RK4 step h in data units; must be positive.
    ///   - maxSteps: the budget for each of the two directions.
    package static func trace(_ objective: Objective, from seed: Point2, in domain: Domain, step: Double,
                             direction: FlowDirection = .descent, maxSteps: Int = 10_000) -> Streamline {
        let field = Field(objective: objective, domain: domain, sign: direction.sign)
        return field.curve(from: seed, step: step, maxSteps: maxSteps) { _ in true }
    }

    /// Streamlines spread evenly over `domain`, about `separation` apart (data units), after
    /// Jobard & Lefer, "Creating evenly-spaced streamlines of arbitrary density" (1997):
    ///
    /// 1. A seed is accepted only if it is at least `separation` from every curve so far.
    /// 2. From an accepted seed the curve is traced both ways and stops, besides the reasons
    ///    above, when it comes within `testDistance` (default separation/2) of another curve.
    /// 3. Each new curve proposes seeds at `separation` on either side, perpendicular to it, at
    ///    each of its points; curves are processed first to last.
    /// 4. When no proposed seed is left, the centres of a grid of `separation`-sized cells,
    ///    row by row from the bottom left, are tried, so regions cut off by stationary points
    ///    are filled too. The first seed tried is the domain's centre.
    ///
    /// Curves shorter than `minLength` (default `separation`) are dropped as visual noise.
    /// Distances are measured between curve points (spaced `step` apart), so they are accurate
    /// to step/2. The result is deterministic.
    ///
    /// - Parameters:
    ///   - step: RK4 step h; default separation/5.
    /// The most separation-sized cells ``evenlySpaced(_:in:separation:direction:step:testDistance:minLength:maxSteps:)``
    /// fills; beyond it the result is empty.
    package static let maximumCells = 4_000_000.0

    package static func evenlySpaced(_ objective: Objective, in domain: Domain, separation: Double,
                                    direction: FlowDirection = .descent, step: Double? = nil,
                                    testDistance: Double? = nil, minLength: Double? = nil,
                                    maxSteps: Int = 10_000) -> [Streamline] {
        guard separation.isFinite, separation > 0, domain.width > 0, domain.height > 0 else { return [] }
        // More cells than this could not finish (the scene budget rejects such scenes with a
        // message first; a separation of 1e-300 must not loop here).
        guard (domain.width / separation) * (domain.height / separation) <= Self.maximumCells else { return [] }
        let h = step ?? separation / 5
        let test = testDistance ?? separation / 2
        let shortest = minLength ?? separation
        let field = Field(objective: objective, domain: domain, sign: direction.sign)
        var occupied = PointHash(cellSize: separation)
        var lines: [Streamline] = []

        func tryCurve(from seed: Point2) {
            guard domain.contains(seed), occupied.isFarther(than: separation, from: seed),
                  field.direction(at: seed) != nil else { return }
            let curve = field.curve(from: seed, step: h, maxSteps: maxSteps) { occupied.isFarther(than: test, from: $0) }
            guard curve.points.count >= 2, curve.length >= shortest else { return }
            for p in curve.points { occupied.insert(p) }
            lines.append(curve)
        }

        func proposeFrom(_ index: Int) {
            let points = lines[index].points
            for (k, p) in points.enumerated() {
                let a = points[max(0, k - 1)], b = points[min(points.count - 1, k + 1)]
                let tangent = b - a
                let length = tangent.norm
                guard length > 0 else { continue }
                let normal = Point2(-tangent.y / length, tangent.x / length)
                tryCurve(from: p + separation * normal)
                tryCurve(from: p - separation * normal)
            }
        }

        let center = Point2((domain.xMin + domain.xMax) / 2, (domain.yMin + domain.yMax) / 2)
        tryCurve(from: center)
        var processed = 0
        let columns = max(1, Int.checked((domain.width / separation).rounded(.up)))
        let rows = max(1, Int.checked((domain.height / separation).rounded(.up)))
        var gridSeed = 0
        while true {
            while processed < lines.count {
                proposeFrom(processed)
                processed += 1
            }
            guard gridSeed < columns * rows else { break }
            let i = gridSeed % columns, j = gridSeed / columns
            gridSeed += 1
            tryCurve(from: Point2(domain.xMin + (Double(i) + 0.5) * domain.width / Double(columns),
                                  domain.yMin + (Double(j) + 0.5) * domain.height / Double(rows)))
        }
        return lines
    }

    /// The typical slope G of `objective` in `domain`: the median of ‖∇f‖ over the finite values
    /// on a 16 × 16 grid (1 if there is none or it is 0).
    static func typicalSlope(_ objective: Objective, in domain: Domain) -> Double {
        var norms: [Double] = []
        for j in 0..<16 {
            for i in 0..<16 {
                let p = Point2(domain.xMin + (Double(i) + 0.5) * domain.width / 16,
                               domain.yMin + (Double(j) + 0.5) * domain.height / 16)
                let n = objective.gradient(at: p).norm
                if n.isFinite { norms.append(n) }
            }
        }
        guard !norms.isEmpty else { return 1 }
        let median = norms.sorted()[norms.count / 2]
        return median > 0 ? median : 1
    }
}

/// The normalised flow field and the RK4 tracer.
private struct Field {
    let objective: Objective
    let domain: Domain
    let sign: Double
    /// ‖∇f‖ below this counts as a stationary point.
    let floor: Double

    init(objective: Objective, domain: Domain, sign: Double) {
        self.objective = objective
        self.domain = domain
        self.sign = sign
        floor = 1e-10 * Streamlines.typicalSlope(objective, in: domain)
    }

    /// u(p), or nil where the gradient vanishes or is not finite.
    func direction(at p: Point2) -> Point2? {
        let g = objective.gradient(at: p)
        let n = g.norm
        guard n.isFinite, n > floor else { return nil }
        return (sign / n) * g
    }

    enum Outcome {
        case moved(Point2)
        case stopped(StreamlineStop, last: Point2?)
    }

    /// One RK4 step of length h along u·`orientation` (orientation −1 traces against the flow).
    func step(from p: Point2, h: Double, orientation: Double) -> Outcome {
        func u(_ q: Point2) -> Point2? { direction(at: q).map { orientation * $0 } }
        guard let k1 = u(p), let k2 = u(p + (h / 2) * k1), let k3 = u(p + (h / 2) * k2),
              let k4 = u(p + h * k3) else { return .stopped(.stationary, last: nil) }
        if k1.x * k4.x + k1.y * k4.y < 0 { return .stopped(.stationary, last: nil) }
        let next = p + (h / 6) * (k1 + 2 * k2 + 2 * k3 + k4)
        guard next.isFinite else { return .stopped(.stationary, last: nil) }
        if !domain.contains(next) { return .stopped(.boundary, last: domain.clamped(domain.exitPoint(from: p, to: next))) }
        return .moved(next)
    }

    /// Points from `seed` (excluded) in one orientation, and why they stop.
    func half(from seed: Point2, step h: Double, orientation: Double, maxSteps: Int,
              isFree: (Point2) -> Bool) -> ([Point2], StreamlineStop) {
        var points: [Point2] = []
        var p = seed
        for _ in 0..<maxSteps {
            switch step(from: p, h: h, orientation: orientation) {
            case .moved(let next):
                guard isFree(next) else { return (points, .tooClose) }
                points.append(next)
                p = next
            case .stopped(let reason, let last):
                if let last, isFree(last), last != p { points.append(last) }
                return (points, reason)
            }
        }
        return (points, .maxLength)
    }

    func curve(from seed: Point2, step h: Double, maxSteps: Int, isFree: (Point2) -> Bool) -> Streamline {
        guard domain.contains(seed), h.isFinite, h > 0, direction(at: seed) != nil else {
            return Streamline(points: [seed], seedIndex: 0, startStop: .stationary, endStop: .stationary)
        }
        let (backward, startStop) = half(from: seed, step: h, orientation: -1, maxSteps: maxSteps, isFree: isFree)
        let (forward, endStop) = half(from: seed, step: h, orientation: 1, maxSteps: maxSteps, isFree: isFree)
        return Streamline(points: backward.reversed() + [seed] + forward, seedIndex: backward.count,
                          startStop: startStop, endStop: endStop)
    }
}

/// Points bucketed in square cells, for "is anything within d of p?" queries with d ≤ cellSize.
private struct PointHash {
    let cellSize: Double
    var cells: [Cell: [Point2]] = [:]

    struct Cell: Hashable { var i: Int, j: Int }

    init(cellSize: Double) { self.cellSize = cellSize }

    func cell(_ p: Point2) -> Cell {
        Cell(i: Int.checked((p.x / cellSize).rounded(.down)), j: Int.checked((p.y / cellSize).rounded(.down)))
    }

    mutating func insert(_ p: Point2) { cells[cell(p), default: []].append(p) }

    /// True when no stored point is within `distance` (≤ cellSize) of `p`.
    func isFarther(than distance: Double, from p: Point2) -> Bool {
        let c = cell(p)
        let d2 = distance * distance
        for dj in -1...1 {
            for di in -1...1 {
                for q in cells[Cell(i: c.i + di, j: c.j + dj)] ?? [] {
                    let dx = q.x - p.x, dy = q.y - p.y
                    if dx * dx + dy * dy < d2 { return false }
                }
            }
        }
        return true
    }
}
