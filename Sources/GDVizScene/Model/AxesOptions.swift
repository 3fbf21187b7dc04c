/// How the axes frame is drawn.
package struct AxesOptions: Sendable, Equatable {
    /// Label under the horizontal axis; may contain `$...$` math. Default `$x$`.
    package var xLabel: String
    /// Label beside the vertical axis; may contain `$...$` math. Default `$y$` in 2-D, `$f(x)$` in 1-D.
    package var yLabel: String
    /// Draw one data unit as the same length on both axes (circles look round). Default `false`.
    package var equalAspect: Bool
    /// Draw grid lines at the ticks. Default `false`.
    package var grid: Bool

    package init(xLabel: String, yLabel: String, equalAspect: Bool = false, grid: Bool = false) {
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.equalAspect = equalAspect
        self.grid = grid
    }

    /// The axes of a scene that says nothing about them.
    package static func defaults(dimension: Int) -> AxesOptions {
        AxesOptions(xLabel: "$x$", yLabel: dimension == 1 ? "$f(x)$" : "$y$")
    }
}
