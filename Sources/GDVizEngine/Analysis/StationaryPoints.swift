#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds and classifies the stationary points (∇f = 0) of an objective inside a domain.
///
/// Method: Newton's method on the system ∇f = 0, with the exact Hessian from `Jet2`,
///
///     p ← p − H(p)⁻¹ ∇f(p),
///
/// started from a grid of seeds over the domain. Newton on ∇f = 0 is attracted to minima,
/// maxima and saddles alike, which is the point. Safeguards:
/// - The step is taken in H's eigenbasis; a zero (or subnormal) eigenvalue is replaced by the
///   smallest normal number of its sign, so a singular Hessian gives a long step instead of
///   ∞/NaN. Small eigenvalues are otherwise used as they are: near a degenerate root they are
///   genuine (12y² for x² + y⁴), and flooring them at a fraction of ‖H‖ stalls Newton there.
/// - The step length is capped at 1/10 of the domain's larger side, so one step cannot fly off.
/// - An iterate that leaves the domain grown by half its size on every side, or where f or its
///   derivatives are not finite, abandons that seed.
///
/// Acceptance. With G the median of ‖∇f‖ over the seeds (the function's typical slope in this
/// domain), a seed's root is accepted when the best iterate has
///
///     ‖∇f‖ ≤ tolerance · G
///
/// and the iteration has settled, by one of:
/// - ∇f = 0 exactly, or a step below 10⁻¹⁵ of the domain size;
/// - three iterations without improving ‖∇f‖ after reaching the bound (rounding noise);
/// - when the 300-iteration budget runs out during linear convergence (x² + y²⁰ converges at
///   rate 18/19): a last step below 10⁻⁹ of the domain size, or a geometric-series estimate of
///   the remaining distance, step·q/(1 − q) with q the ratio of the last two steps, below a
///   tenth of the merge radius.
///
/// Being relative to G, the bound ignores scale (10⁻¹²·f has the same stationary points); requiring
/// the iteration to settle rejects the tails of functions that only flatten out (exp(−x²−y²) far
/// out), where ∇f is tiny but Newton keeps walking away. Accepted roots are polished by the same
/// iteration, which continues past the bound until it settles, so a degenerate root (x² + y⁴,
/// where Newton converges only linearly) ends up far closer to the true point (typically 10⁻¹⁵
/// of the domain size) than the first iterate that met the bound.
///
/// Filtering: roots outside the domain (grown by 10⁻⁹ of its size, so a point on the edge stays)
/// are dropped; roots closer than 10⁻⁶ of the domain's larger side are merged, keeping the one
/// with the smallest ‖∇f‖. The result is sorted by x, then y.
///
/// Classification, with τ = 10⁻⁸ · max(K, max|λ| at the point) where K is the median over the
/// seeds of the Hessian's spectral norm: both eigenvalues > τ → minimum, both < −τ → maximum,
/// one > τ and one < −τ → saddle, otherwise degenerate. K makes "zero" relative to the function's
/// typical curvature (at the monkey saddle H = 0, so the point's own Hessian has no scale); the
/// local term treats a condition number beyond 10⁸ as singular.
///
/// 1-D objectives: the interval [xMin, xMax] (the domain's y range is ignored) is scanned at
/// `seeds + 1` evenly spaced points including both ends; Newton on f′ = 0 runs from every one of
/// them and, for every pair of neighbours where f′ changes sign, from the root of a safeguarded
/// Newton–bisection inside that bracket, so a sign change of f′ is never missed. Classification
/// uses f″ alone, with τ as above.
///
/// A point with a singular Hessian is classified by the sign pattern of f − f(p) on a small circle,
/// and curves of stationary points (the valley floor of (x − y)²) are traced and returned as
/// curves by `analyse`; see StationaryPoints+Degenerate.swift. `find` returns the isolated points.
///
/// Limitations: an exactly flat region (a constant function, or where exp underflows to 0) is
/// reported as one degenerate point per seed that lands on it. A kink is not a stationary
/// point: the minimum of |x| + y² is not found, since ∇f jumps from −1 to 1 across it. A root
/// whose basin contains no seed can be missed in 2-D; raise `seeds` for busy functions. An empty
/// or non-finite domain gives no points.
public enum StationaryPoints {
    /// The stationary points of `objective` in `domain`, sorted by x then y.
    ///
    /// - Parameters:
    ///   - seeds: Newton starts per axis (`seeds`² in 2-D, `seeds + 1` in 1-D); at least 1.
    ///   - tolerance: the accepted ‖∇f‖ relative to the median seed slope (see above).
    public static func find(_ objective: Objective, in domain: Domain, seeds: Int = 24,
                            tolerance: Double = 1e-10) -> [CriticalPoint] {
        var search = StationarySearch(objective: objective, domain: domain, seeds: Swift.max(1, seeds),
                            tolerance: tolerance)
        return search.run().points
    }

    /// The stationary set of `objective` in `domain`: isolated points (degenerate ones classified
    /// by the sign pattern of f − f(p) on a small circle) and curves of stationary points.
    package static func analyse(_ objective: Objective, in domain: Domain, seeds: Int = 24,
                               tolerance: Double = 1e-10) -> StationarySet {
        var search = StationarySearch(objective: objective, domain: domain, seeds: Swift.max(1, seeds),
                                      tolerance: tolerance)
        return search.run()
    }
}

/// One call of `StationaryPoints.find` / `analyse`: the scales, the scratch space and the steps.
struct StationarySearch {
    let objective: Objective
    let domain: Domain
    let seeds: Int
    let tolerance: Double
    let isOneDimensional: Bool
    /// The domain's larger side (its width in 1-D), the unit of every length threshold.
    let length: Double
    let searchBox: Domain
    var slots: [Jet2] = []

    /// Median ‖∇f‖ and median spectral norm of H over the seeds.
    var slopeScale = 0.0
    var curvatureScale = 0.0

    static let maxIterations = 300
    static let maxStepFraction = 0.1
    static let searchMargin = 0.5
    static let settledStepFraction = 1e-15
    /// When the iteration budget runs out, a last step below this fraction of the domain size
    /// still counts as settled (a degenerate root approached linearly; see also the rate test).
    static let slowStepFraction = 1e-9
    static let stallIterations = 3
    static let edgeFraction = 1e-9
    static let mergeFraction = 1e-6
    static let degenerateFraction = 1e-8

    init(objective: Objective, domain: Domain, seeds: Int, tolerance: Double) {
        self.objective = objective
        self.domain = domain
        self.seeds = seeds
        self.tolerance = tolerance
        isOneDimensional = objective.dimension == 1
        length = isOneDimensional ? domain.width : Swift.max(domain.width, domain.height)
        searchBox = domain.expanded(by: Self.searchMargin)
    }

    struct Root {
        var point: Point2
        var jet: Jet2
        var gradientNorm: Double
        var order: Int
    }

    mutating func run() -> StationarySet {
        let validX = domain.xMin.isFinite && domain.xMax.isFinite && domain.width > 0
        let validY = isOneDimensional
            || (domain.yMin.isFinite && domain.yMax.isFinite && domain.height > 0)
        guard validX, validY, length.isFinite, tolerance.isFinite else { return StationarySet(points: [], curves: []) }

        let starts = seedPoints()
        let seedJets = starts.map { jet(at: $0) }
        measureScales(seedJets)

        let candidates = isOneDimensional ? starts + bracketedRoots(starts, seedJets) : starts

        var roots: [Root] = []
        let inside = domain.expanded(by: Self.edgeFraction)
        // Each seed's iteration is independent: spread over the cores, collected in seed order.
        let search = self
        let settled = ParallelWork.map(candidates.count) { k in
            var own = search
            return own.newton(from: candidates[k])
        }
        for (order, result) in settled.enumerated() {
            guard let (point, jet, gradientNorm) = result else { continue }
            let p = isOneDimensional ? Point2(point.x, 0) : point
            if isWithin(inside, p) { roots.append(Root(point: p, jet: jet, gradientNorm: gradientNorm, order: order)) }
        }

        let sorted = merged(roots).sorted { ($0.point.x, $0.point.y) < ($1.point.x, $1.point.y) }
        let curves = isOneDimensional ? [] : traceCurves(from: sorted)
        let isolated = sorted.filter { root in !curves.contains { $0.passes(near: root.point, within: curveTolerance) } }
        var points: [CriticalPoint] = []
        for root in isolated { points.append(classify(root)) }
        return StationarySet(points: points, curves: curves)
    }

    // MARK: - Seeds and scales

    /// 2-D: the centres of a seeds × seeds grid of cells. 1-D: seeds + 1 points from xMin to xMax.
    func seedPoints() -> [Point2] {
        let n = Double(seeds)
        if isOneDimensional {
            return (0...seeds).map { i in
                Point2(i == seeds ? domain.xMax : domain.xMin + Double(i) / n * domain.width, 0)
            }
        }
        var points: [Point2] = []
        points.reserveCapacity(seeds * seeds)
        for j in 0..<seeds {
            let y = domain.yMin + (Double(j) + 0.5) / n * domain.height
            for i in 0..<seeds {
                points.append(Point2(domain.xMin + (Double(i) + 0.5) / n * domain.width, y))
            }
        }
        return points
    }

    mutating func measureScales(_ jets: [Jet2]) {
        var slopes: [Double] = [], curvatures: [Double] = []
        for j in jets where Self.isFinite(j) {
            slopes.append(hypot(j.gx, j.gy))
            curvatures.append(SymmetricEigen2(hessianOf: j).spectralNorm)
        }
        slopeScale = Self.median(slopes)
        curvatureScale = Self.median(curvatures)
    }

    /// `box.contains(p)`, looking only at x for a 1-D objective.
    func isWithin(_ box: Domain, _ p: Point2) -> Bool {
        isOneDimensional ? (p.x >= box.xMin && p.x <= box.xMax) : box.contains(p)
    }

    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : 0.5 * (sorted[mid - 1] + sorted[mid])
    }

    static func isFinite(_ j: Jet2) -> Bool {
        j.value.isFinite && j.gx.isFinite && j.gy.isFinite
            && j.hxx.isFinite && j.hxy.isFinite && j.hyy.isFinite
    }

    mutating func jet(at p: Point2) -> Jet2 {
        objective.jet(at: p, slots: &slots)
    }

    // MARK: - Merging and classification

    /// Keeps, of roots closer than the merge radius, the one with the smallest ‖∇f‖ (ties: the
    /// earlier seed), so the result does not depend on which seed reached a root first.
    func merged(_ roots: [Root]) -> [Root] {
        let radius = Self.mergeFraction * length
        var kept: [Root] = []
        let ordered = roots.sorted { ($0.gradientNorm, $0.order) < ($1.gradientNorm, $1.order) }
        for root in ordered where !kept.contains(where: { $0.point.distance(to: root.point) < radius }) {
            kept.append(root)
        }
        return kept
    }

    mutating func classify(_ root: Root) -> CriticalPoint {
        let j = root.jet
        let eigenvalues: [Double], eigenvectors: [Point2]
        if isOneDimensional {
            eigenvalues = [j.hxx]
            eigenvectors = [Point2(1, 0)]
        } else {
            let eigen = SymmetricEigen2(hessianOf: j)
            eigenvalues = eigen.values
            eigenvectors = eigen.vectors
        }
        let local = eigenvalues.reduce(0) { Swift.max($0, Swift.abs($1)) }
        let tau = Self.degenerateFraction * Swift.max(curvatureScale, local)
        let kind: CriticalKind
        if eigenvalues.allSatisfy({ $0 > tau }) {
            kind = .minimum
        } else if eigenvalues.allSatisfy({ $0 < -tau }) {
            kind = .maximum
        } else if eigenvalues.contains(where: { $0 > tau }) && eigenvalues.contains(where: { $0 < -tau }) {
            kind = .saddle
        } else {
            return classifyBySignPattern(root, eigenvalues: eigenvalues, eigenvectors: eigenvectors)
        }
        return CriticalPoint(point: root.point, value: j.value, kind: kind,
                             eigenvalues: eigenvalues, eigenvectors: eigenvectors,
                             valleys: kind == .saddle ? 2 : nil)
    }
}
