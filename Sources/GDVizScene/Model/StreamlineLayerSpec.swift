import GDVizEngine

/// `{"type": "streamlines"}`: evenly spaced curves of the gradient flow, with arrowheads.
public struct StreamlineLayerSpec: Sendable, Equatable {
    /// Which way the arrowheads point: along −∇f (descent, default) or ∇f.
    public var direction: FlowDirection
    /// The distance between neighbouring curves in data units; `nil` for 1/20 of the domain's
    /// longer side.
    public var separation: Double?
    /// Line colour as lowercase `#rrggbb`, or `nil` for the theme's.
    public var color: String?
    /// Line width in device units. Default 1.
    public var lineWidth: Double
    /// Arrowheads along each curve. Default `true`.
    public var arrows: Bool
    /// A legend label, or `nil` for no legend entry.
    public var label: String?

    /// The default separation as a fraction of the domain's longer side.
    public static let separationFraction = 1.0 / 20

    public init(direction: FlowDirection = .descent, separation: Double? = nil, color: String? = nil,
                lineWidth: Double = 1, arrows: Bool = true, label: String? = nil) {
        self.direction = direction
        self.separation = separation
        self.color = color
        self.lineWidth = lineWidth
        self.arrows = arrows
        self.label = label
    }

    /// The separation used on `domain`.
    public func separation(in domain: Domain) -> Double {
        separation ?? Self.separationFraction * max(domain.width, domain.height)
    }
}
