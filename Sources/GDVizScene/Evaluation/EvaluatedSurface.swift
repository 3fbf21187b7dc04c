import GDVizEngine

/// What the engine computed for a surface panel: the mesh with exact gradients, the floor
/// contours and arrows, the stationary points and the runs lifted onto the surface.
package struct EvaluatedSurface: Sendable {
    /// f at the mesh vertices: `(resolution + 1)²` samples over the domain.
    package var mesh: ScalarGrid
    /// ∇f at each mesh vertex, in the order of `mesh.values` (for exact shading normals).
    package var gradients: [Point2]
    /// The smallest and largest finite value of f seen on the mesh and the contour grid; the
    /// box's height and the colour scale span it. `0...1` when f has no finite sample.
    package var valueRange: ClosedRange<Double>
    /// Level sets of f for the floor (empty when `floor_contours` is off).
    package var floorContours: [ContourLevel]
    /// ∇f on a regular grid of the floor (empty when `floor_gradient` is off).
    package var floorGradient: [GradientSample]
    /// Stationary points in the domain (empty when `critical_points` is off).
    package var criticalPoints: [CriticalPoint]
    /// The runs to draw, lifted onto the surface.
    package var runs: [LiftedRun]

    package init(mesh: ScalarGrid, gradients: [Point2], valueRange: ClosedRange<Double>, floorContours: [ContourLevel],
                floorGradient: [GradientSample], criticalPoints: [CriticalPoint], runs: [LiftedRun]) {
        self.mesh = mesh
        self.gradients = gradients
        self.valueRange = valueRange
        self.floorContours = floorContours
        self.floorGradient = floorGradient
        self.criticalPoints = criticalPoints
        self.runs = runs
    }
}

/// ∇f at one point.
package struct GradientSample: Sendable, Equatable {
    package var point: Point2
    package var gradient: Point2

    package init(point: Point2, gradient: Point2) {
        self.point = point
        self.gradient = gradient
    }
}

/// An optimizer run as a path on the surface z = f(x, y).
///
/// Each step x_k → x_{k+1} is cut into pieces no longer than half a mesh cell, so that the
/// path follows the surface between iterates and can be depth-sorted piece by piece. The path
/// ends where the run first leaves the domain (at the boundary).
package struct LiftedRun: Sendable {
    /// Index into `EvaluatedScene.runs`.
    package var run: Int
    /// The path in the xy-plane.
    package var points: [Point2]
    /// f at each point of `points`.
    package var heights: [Double]
    /// Indices into `points` of the iterates x_0, x_1, … that lie in the domain.
    package var iterates: [Int]
    /// The run left the domain, so its path was cut at the boundary.
    package var leftDomain: Bool

    package init(run: Int, points: [Point2], heights: [Double], iterates: [Int], leftDomain: Bool) {
        self.run = run
        self.points = points
        self.heights = heights
        self.iterates = iterates
        self.leftDomain = leftDomain
    }
}
