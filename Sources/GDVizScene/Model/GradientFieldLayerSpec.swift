import GDVizEngine

/// `{"type": "gradient_field"}`: arrows of −∇f (or ∇f) at the centres of a grid of cells.
public struct GradientFieldLayerSpec: Sendable, Equatable {
    /// `.descent` draws −∇f, `.ascent` draws ∇f. Default descent.
    public var direction: FlowDirection
    /// Arrows along the longer side of the domain (the other side keeps cells square). Default 15.
    public var grid: Int
    /// Equal lengths, or lengths ∝ ‖∇f‖. Default normalised.
    public var length: ArrowLength
    /// Arrow colour as lowercase `#rrggbb`, or `nil` for the theme's.
    public var color: String?
    /// The legend label; `nil` for the default (`$-\nabla f$` and the scale), `""` for none.
    public var label: String?

    public static let defaultGrid = 15
    public static let gridRange = 2...80

    public init(direction: FlowDirection = .descent, grid: Int = Self.defaultGrid, length: ArrowLength = .normalized,
                color: String? = nil, label: String? = nil) {
        self.direction = direction
        self.grid = grid
        self.length = length
        self.color = color
        self.label = label
    }
}
