#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Stationary points the second-derivative test cannot decide.
///
/// Sign pattern. At a point p with a singular Hessian, f − f(p) is sampled at 72 points on a
/// circle of radius 1/100 of the domain's larger side (in 1-D: at p ± r). Values within
/// 10⁻⁹ of the largest |f − f(p)| (or within rounding of f(p)) count as zero and are skipped. No
/// negative value → minimum (x⁴ + y⁴); no positive one → maximum; otherwise the number of
/// separate arcs where f < f(p) is the number of valleys: two or more → saddle (the monkey
/// saddle x³ − 3xy² has 3), one → degenerate (x³ + y²: one valley, one hill). All zero → degenerate.
///
/// Curves. A root whose Hessian has exactly one zero eigenvalue may lie on a curve of stationary
/// points, tangent to that eigenvalue's eigenvector. From it, the curve is followed both ways by
/// predictor–corrector continuation: a step of 1/200 of the domain's larger side along the
/// tangent, then Newton's method restricted to the directions of nonzero curvature, until
/// ‖∇f‖ meets the acceptance bound again. A root whose Hessian is zero (the crossing of the two
/// axes of x²y²) starts a curve in every direction where f − f(p) on a small circle is
/// nearly zero and the corrector lands on a stationary point. A traced curve counts only if
/// both of its ends leave the domain or it closes: a stretch that is merely flat to rounding
/// (x² + y²⁰ near y = 0) ends inside the domain, where ∇f grows past the bound, and is dropped,
/// so that point stays an isolated minimum. Roots within 1/10 of a step of an accepted curve
/// belong to it and are not reported as points.
extension StationarySearch {
    static let circleFraction = 0.01
    static let circleSamples = 72
    static let traceStepFraction = 1.0 / 200
    /// Steps per direction of one curve: 20 times the domain's larger side.
    static let maxTraceSteps = 4000
    /// At most this many curves per analysis (each further start is left as a point).
    static let maxCurves = 64
    static let correctorIterations = 12

    var traceStep: Double { Self.traceStepFraction * length }
    var curveTolerance: Double { 0.1 * traceStep }

    func zeroThreshold(_ eigenvalues: [Double]) -> Double {
        let local = eigenvalues.reduce(0) { Swift.max($0, Swift.abs($1)) }
        return Self.degenerateFraction * Swift.max(curvatureScale, local)
    }

    // MARK: - Sign pattern

    /// f(p + r·u) − f(p) for the sample directions u (1-D: the two points p ± r).
    mutating func differences(around p: Point2, radius r: Double, value f0: Double) -> [Double] {
        if isOneDimensional {
            return [jet(at: Point2(p.x - r, 0)).value - f0, jet(at: Point2(p.x + r, 0)).value - f0]
        }
        return (0..<Self.circleSamples).map { k in
            let angle = 2 * Double.pi * Double(k) / Double(Self.circleSamples)
            return jet(at: Point2(p.x + r * cos(angle), p.y + r * sin(angle))).value - f0
        }
    }

    /// −1, 0 or +1 per difference: zero within 10⁻⁹ of the largest one or within rounding of f(p).
    static func signs(_ d: [Double], value f0: Double) -> [Int] {
        let scale = d.reduce(0) { Swift.max($0, Swift.abs($1)) }
        let zero = 1e-9 * scale + 8 * Double.ulpOfOne * Swift.abs(f0)
        return d.map { !$0.isFinite ? 0 : ($0 > zero ? 1 : ($0 < -zero ? -1 : 0)) }
    }

    /// The kind and the number of valleys (arcs with f < f(p)) from a sign pattern.
    static func kind(fromSigns signs: [Int], cyclic: Bool) -> (CriticalKind, Int?) {
        let nonzero = signs.filter { $0 != 0 }
        guard !nonzero.isEmpty else { return (.degenerate, nil) }
        if !nonzero.contains(-1) { return (.minimum, nil) }
        if !nonzero.contains(1) { return (.maximum, nil) }
        guard cyclic else { return (.degenerate, nil) }
        var valleys = 0
        for i in nonzero.indices where nonzero[i] == -1 && nonzero[(i + nonzero.count - 1) % nonzero.count] == 1 {
            valleys += 1
        }
        return valleys >= 2 ? (.saddle, valleys) : (.degenerate, nil)
    }

    mutating func classifyBySignPattern(_ root: Root, eigenvalues: [Double], eigenvectors: [Point2]) -> CriticalPoint {
        let d = differences(around: root.point, radius: Self.circleFraction * length, value: root.jet.value)
        let (kind, valleys) = Self.kind(fromSigns: Self.signs(d, value: root.jet.value), cyclic: !isOneDimensional)
        return CriticalPoint(point: root.point, value: root.jet.value, kind: kind, eigenvalues: eigenvalues,
                             eigenvectors: eigenvectors, valleys: valleys, degenerateHessian: true)
    }

    // MARK: - Curves

    mutating func traceCurves(from roots: [Root]) -> [CriticalCurve] {
        var curves: [CriticalCurve] = []
        for root in roots {
            if curves.count >= Self.maxCurves { break }
            if curves.contains(where: { $0.passes(near: root.point, within: curveTolerance) }) { continue }
            let eigen = SymmetricEigen2(hessianOf: root.jet)
            let tau = zeroThreshold(eigen.values)
            let zeros = eigen.values.filter { Swift.abs($0) <= tau }.count
            if zeros == 1 {
                let k = Swift.abs(eigen.values[0]) <= Swift.abs(eigen.values[1]) ? 0 : 1
                if let curve = trace(from: root.point, tangent: eigen.vectors[k]) { curves.append(curve) }
            } else if zeros == 2 {
                for u in flatDirections(around: root.point, value: root.jet.value) {
                    if curves.count >= Self.maxCurves { break }
                    guard let q = correct(root.point + traceStep * u), q.distance(to: root.point) >= 0.5 * traceStep,
                          !curves.contains(where: { $0.passes(near: q, within: curveTolerance) }),
                          let curve = trace(from: q, tangent: u)
                    else { continue }
                    curves.append(curve)
                }
            }
        }
        return curves
    }

    /// Directions u where |f(p + h·u) − f(p)| has a local minimum on the circle of radius one trace
    /// step and is below 5 % of its largest value: where a curve of stationary points may leave p.
    private mutating func flatDirections(around p: Point2, value f0: Double) -> [Point2] {
        let d = differences(around: p, radius: traceStep, value: f0).map { Swift.abs($0) }
        let largest = d.max() ?? 0
        guard largest > 8 * Double.ulpOfOne * Swift.abs(f0), largest.isFinite else { return [] }
        let n = d.count
        return (0..<n).compactMap { k -> Point2? in
            let before = d[(k + n - 1) % n], after = d[(k + 1) % n]
            guard d[k] <= before, d[k] < after, d[k] <= 0.05 * largest else { return nil }
            let angle = 2 * Double.pi * Double(k) / Double(n)
            return Point2(cos(angle), sin(angle))
        }
    }

    /// Newton's method on ∇f = 0 along the eigen-directions of nonzero curvature only, from `q`;
    /// the point once ‖∇f‖ meets the acceptance bound, or nil.
    mutating func correct(_ q: Point2) -> Point2? {
        let bound = tolerance * slopeScale
        var x = q
        for _ in 0..<Self.correctorIterations {
            let j = jet(at: x)
            guard Self.isFinite(j) else { return nil }
            if hypot(j.gx, j.gy) <= bound { return x }
            let eigen = SymmetricEigen2(hessianOf: j)
            let tau = zeroThreshold(eigen.values)
            var step = Point2.zero
            for k in 0..<2 where Swift.abs(eigen.values[k]) > tau {
                let v = eigen.vectors[k]
                step = step + (-(v.x * j.gx + v.y * j.gy) / eigen.values[k]) * v
            }
            guard step.isFinite, step.norm > 0 else { return nil }
            if step.norm > traceStep { step = (traceStep / step.norm) * step }
            x = x + step
        }
        let j = jet(at: x)
        return Self.isFinite(j) && hypot(j.gx, j.gy) <= bound ? x : nil
    }

    private enum WalkEnd { case boundary, closed, interior }

    /// The curve through the stationary point `start`, followed both ways; nil unless both ends
    /// leave the domain or it closes.
    private mutating func trace(from start: Point2, tangent: Point2) -> CriticalCurve? {
        let forward = walk(from: start, direction: tangent)
        var points = forward.points
        switch forward.end {
        case .interior: return nil
        case .closed: break
        case .boundary:
            let backward = walk(from: start, direction: -tangent)
            guard backward.end == .boundary else { return nil }
            points = backward.points.reversed() + forward.points.dropFirst()
        }
        let j = jet(at: start)
        let eigen = SymmetricEigen2(hessianOf: j)
        let across = Swift.abs(eigen.values[0]) >= Swift.abs(eigen.values[1]) ? eigen.values[0] : eigen.values[1]
        let tau = zeroThreshold(eigen.values)
        let kind: CriticalKind = across > tau ? .minimum : (across < -tau ? .maximum : .degenerate)
        return CriticalCurve(points: points, value: j.value, kind: kind, isClosed: forward.end == .closed)
    }

    private mutating func walk(from start: Point2, direction: Point2) -> (points: [Point2], end: WalkEnd) {
        var points = [start]
        var p = start
        var dir = (1 / Swift.max(direction.norm, .leastNormalMagnitude)) * direction
        for _ in 0..<Self.maxTraceSteps {
            var h = traceStep
            var next: Point2?
            for _ in 0..<4 {
                if let q = correct(p + h * dir), q.distance(to: p) > 0.25 * h {
                    next = q
                    break
                }
                h *= 0.5
            }
            guard let q = next else { return (points, .interior) }
            if !domain.contains(q) {
                points.append(domain.exitPoint(from: p, to: q))
                return (points, .boundary)
            }
            let moved = (1 / q.distance(to: p)) * (q - p)
            dir = tangent(at: q, previous: moved)
            points.append(q)
            p = q
            if points.count > 8, q.distance(to: start) < traceStep {
                points.append(start)
                return (points, .closed)
            }
        }
        return (points, .interior)
    }

    /// The unit eigenvector of the smaller |λ| at `q`, oriented like `previous`; `previous` where
    /// both eigenvalues vanish (a crossing).
    private mutating func tangent(at q: Point2, previous: Point2) -> Point2 {
        let eigen = SymmetricEigen2(hessianOf: jet(at: q))
        let tau = zeroThreshold(eigen.values)
        guard eigen.values.allSatisfy(\.isFinite),
              !(Swift.abs(eigen.values[0]) <= tau && Swift.abs(eigen.values[1]) <= tau) else { return previous }
        let v = Swift.abs(eigen.values[0]) <= Swift.abs(eigen.values[1]) ? eigen.vectors[0] : eigen.vectors[1]
        return v.x * previous.x + v.y * previous.y >= 0 ? v : -v
    }
}
