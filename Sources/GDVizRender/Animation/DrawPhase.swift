/// Which part of a figure one drawing pass paints. A still figure is drawn in one `.all` pass;
/// an animation draws `.background` and `.foreground` once and only `.moving` per frame, then
/// stacks the three, which gives the same picture as drawing everything in order.
package enum DrawPhase: Sendable {
    case all
    /// Titles, grids, 3-D and graph panels, and each panel's layers below its first moving layer.
    case background
    /// Only the layers that change from frame to frame (``MovingLayer``).
    case moving
    /// Still layers above a moving one, then frames, ticks, axis labels, colour bars and legends.
    case foreground

    var paintsBackground: Bool { self == .all || self == .background }
    var paintsForeground: Bool { self == .all || self == .foreground }

    /// Whether layer `index` of `layers` belongs to this pass.
    func paints(_ layers: [FigureLayer], at index: Int) -> Bool {
        let moves = layers[index] is MovingLayer
        switch self {
        case .all: return true
        case .moving: return moves
        case .background:
            guard let first = layers.firstIndex(where: { $0 is MovingLayer }) else { return true }
            return index < first
        case .foreground:
            guard let first = layers.firstIndex(where: { $0 is MovingLayer }) else { return false }
            return index > first && !moves
        }
    }
}

/// A layer that draws a different picture in each animation frame.
package protocol MovingLayer: FigureLayer {}
