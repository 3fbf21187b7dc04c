#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Newton's method on ∇f = 0 from each seed, and the roots bracketed between seeds.
extension StationarySearch {
    /// The settled best iterate of Newton's method from `start`, or nil if it was abandoned or
    /// did not reach the acceptance bound.
    mutating func newton(from start: Point2) -> (Point2, Jet2, Double)? {
        let bound = tolerance * slopeScale
        var p = start
        var best: (point: Point2, jet: Jet2, gradientNorm: Double)?
        var stalled = 0
        var lastStep = Double.infinity, previousStep = Double.infinity
        var settled = false
        for _ in 0..<Self.maxIterations {
            let j = jet(at: p)
            guard Self.isFinite(j) else { return nil }
            let gradientNorm = hypot(j.gx, j.gy)
            if let b = best, gradientNorm >= b.gradientNorm {
                if b.gradientNorm <= bound { stalled += 1 }
            } else {
                best = (p, j, gradientNorm)
                stalled = 0
            }
            if gradientNorm == 0 || stalled >= Self.stallIterations {
                settled = true
                break
            }
            var step = newtonStep(j)
            if isOneDimensional { step.y = 0 }
            previousStep = lastStep
            lastStep = step.norm
            if lastStep <= Self.settledStepFraction * length {
                settled = true
                break
            }
            p = p + step
            guard isWithin(searchBox, p) else { return nil }
        }
        if !settled {
            let rate = lastStep / previousStep
            let remaining = rate < 1 ? lastStep * rate / (1 - rate) : .infinity
            settled = lastStep <= Self.slowStepFraction * length
                || remaining <= 0.1 * Self.mergeFraction * length
        }
        guard settled, let best, best.gradientNorm <= bound else { return nil }
        return (best.point, best.jet, best.gradientNorm)
    }

    /// −H⁻¹∇f in H's eigenbasis, with zero eigenvalues made tiny nonzero and the length capped.
    func newtonStep(_ j: Jet2) -> Point2 {
        let eigen = SymmetricEigen2(hessianOf: j)
        let maxStep = Self.maxStepFraction * length
        let first = component(j, eigen.smallerVector, eigen.smallerValue)
        let second = component(j, eigen.largerVector, eigen.largerValue)
        let size = hypot(first, second)
        let scale = size > maxStep ? maxStep / size : 1
        return (scale * first) * eigen.smallerVector + (scale * second) * eigen.largerVector
    }

    /// The step's component along the eigenvector `v` of eigenvalue `lambda`: −(v·∇f)/λ.
    private func component(_ j: Jet2, _ v: Point2, _ lambda: Double) -> Double {
        let slope = v.x * j.gx + v.y * j.gy
        if slope == 0 { return 0 }
        var lambda = lambda
        if Swift.abs(lambda) < Double.leastNormalMagnitude {
            lambda = lambda < 0 ? -Double.leastNormalMagnitude : Double.leastNormalMagnitude
        }
        let c = -slope / lambda
        // A huge component is only a direction once capped; keep it finite for hypot.
        return c.isFinite ? c : (c < 0 ? -1e300 : 1e300)
    }

    /// 1-D: for each neighbouring pair of scan points where f′ changes sign, a point near the root
    /// inside the bracket by Newton's method that falls back to bisection whenever Newton would
    /// leave the bracket.
    mutating func bracketedRoots(_ points: [Point2], _ jets: [Jet2]) -> [Point2] {
        var found: [Point2] = []
        for i in 0..<(points.count - 1) {
            let fa = jets[i].gx, fb = jets[i + 1].gx
            guard fa.isFinite, fb.isFinite, (fa < 0 && fb > 0) || (fa > 0 && fb < 0) else { continue }
            // Invariant: f′(negative) < 0 < f′(positive).
            var negative = fa < 0 ? points[i].x : points[i + 1].x
            var positive = fa < 0 ? points[i + 1].x : points[i].x
            var x = 0.5 * (negative + positive)
            for _ in 0..<Self.maxIterations {
                let j = jet(at: Point2(x, 0))
                let d = j.gx
                if d == 0 || !d.isFinite { break }
                if d < 0 { negative = x } else { positive = x }
                let lo = Swift.min(negative, positive), hi = Swift.max(negative, positive)
                var next = x - d / j.hxx
                if !next.isFinite || next <= lo || next >= hi { next = 0.5 * (lo + hi) }
                let moved = Swift.abs(next - x)
                x = next
                if moved <= Self.settledStepFraction * length { break }
            }
            found.append(Point2(x, 0))
        }
        return found
    }
}
