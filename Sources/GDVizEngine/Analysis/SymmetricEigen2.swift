/// The eigen-decomposition of a symmetric 2×2 matrix (a Hessian)
///
///     ⎡ a  b ⎤
///     ⎣ b  c ⎦
///
/// in closed form, computed as LAPACK's `dlaev2` does. The naive roots of the characteristic
/// polynomial, (tr ± √(tr² − 4 det)) / 2, lose every digit of the split when the eigenvalues are
/// nearly equal (tr² − 4 det cancels) and the small eigenvalue when they differ by many orders of
/// magnitude. Instead:
///
///     rt  = hypot(a − c, 2b)                   (the gap, without squaring away its digits)
///     λ_big   = (a + c ± rt) / 2               (sign of a + c: no cancellation)
///     λ_small = (max/λ_big)·min − (b/λ_big)·b  (det / λ_big, the products formed stably)
///
/// Each eigenvalue then has an absolute error of a few ulps of max(|λ|), which is the best any
/// method can do from the rounded entries; the eigenvectors are orthonormal to rounding.
///
/// Properties:
/// - `values` is ascending; `vectors[i]` is the unit eigenvector of `values[i]`.
/// - Sign convention, for reproducible figures: every vector has x > 0, or x = 0 and y > 0.
/// - A multiple eigenvalue (b = 0, a = c) gets the coordinate axes.
/// - A non-finite entry gives NaN values and NaN vectors.
package struct SymmetricEigen2: Sendable, Equatable {
    /// λ₁ ≤ λ₂, stored apart (not as arrays) so a decomposition costs no allocation: Newton's
    /// method on ∇f = 0 makes one per step.
    package let smallerValue: Double, largerValue: Double
    /// Unit eigenvectors of `smallerValue` and `largerValue`.
    package let smallerVector: Point2, largerVector: Point2

    /// λ₁ ≤ λ₂.
    package var values: [Double] { [smallerValue, largerValue] }
    /// Unit eigenvectors matching `values`.
    package var vectors: [Point2] { [smallerVector, largerVector] }

    package init(_ a: Double, _ b: Double, _ c: Double) {
        guard a.isFinite, b.isFinite, c.isFinite else {
            (smallerValue, largerValue) = (.nan, .nan)
            (smallerVector, largerVector) = (Point2(.nan, .nan), Point2(.nan, .nan))
            return
        }
        let sum = a + c, difference = a - c
        let absDifference = Swift.abs(difference)
        let twoB = 2 * b, absTwoB = Swift.abs(twoB)
        let (larger, smaller) = Swift.abs(a) > Swift.abs(c) ? (a, c) : (c, a)
        let gap: Double
        if absDifference > absTwoB {
            let r = absTwoB / absDifference
            gap = absDifference * (1 + r * r).squareRoot()
        } else if absDifference < absTwoB {
            let r = absDifference / absTwoB
            gap = absTwoB * (1 + r * r).squareRoot()
        } else {
            gap = absTwoB * 2.0.squareRoot()
        }

        // rt1 is the eigenvalue of larger magnitude, rt2 the other.
        let rt1: Double, rt2: Double, sign1: Double
        if sum < 0 {
            rt1 = 0.5 * (sum - gap)
            rt2 = (larger / rt1) * smaller - (b / rt1) * b
            sign1 = -1
        } else if sum > 0 {
            rt1 = 0.5 * (sum + gap)
            rt2 = (larger / rt1) * smaller - (b / rt1) * b
            sign1 = 1
        } else {
            rt1 = 0.5 * gap
            rt2 = -0.5 * gap
            sign1 = 1
        }

        // (cs1, sn1) is the unit eigenvector of rt1.
        let cs: Double, sign2: Double
        if difference >= 0 {
            cs = difference + gap
            sign2 = 1
        } else {
            cs = difference - gap
            sign2 = -1
        }
        var cs1: Double, sn1: Double
        if Swift.abs(cs) > absTwoB {
            let ct = -twoB / cs
            sn1 = 1 / (1 + ct * ct).squareRoot()
            cs1 = ct * sn1
        } else if absTwoB == 0 {
            cs1 = 1
            sn1 = 0
        } else {
            let tn = -cs / twoB
            cs1 = 1 / (1 + tn * tn).squareRoot()
            sn1 = tn * cs1
        }
        if sign1 == sign2 {
            let t = cs1
            cs1 = -sn1
            sn1 = t
        }

        let v1 = Self.canonical(Point2(cs1, sn1))
        let v2 = Self.canonical(Point2(-sn1, cs1))
        if rt1 <= rt2 {
            (smallerValue, largerValue) = (rt1, rt2)
            (smallerVector, largerVector) = (v1, v2)
        } else {
            (smallerValue, largerValue) = (rt2, rt1)
            (smallerVector, largerVector) = (v2, v1)
        }
    }

    /// The decomposition of a Hessian stored as in `Jet2`.
    package init(hessianOf jet: Jet2) {
        self.init(jet.hxx, jet.hxy, jet.hyy)
    }

    /// max |λ|, the spectral norm of the matrix.
    package var spectralNorm: Double { Swift.max(Swift.abs(smallerValue), Swift.abs(largerValue)) }

    /// Flips v so that x > 0, or x = 0 and y > 0; `+ 0` turns −0 into +0.
    private static func canonical(_ v: Point2) -> Point2 {
        let flip = v.x < 0 || (v.x == 0 && v.y < 0)
        return flip ? Point2(-v.x + 0, -v.y + 0) : Point2(v.x + 0, v.y + 0)
    }
}
