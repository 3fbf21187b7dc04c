import GDVizEngine

/// What a ``ComputationGraphLayout`` is made of, the sizes it uses, and the helpers for its text
/// and label spacing.
extension ComputationGraphLayout {
    enum Role: Equatable { case input, inner, output }
    enum LineKind: Equatable { case definition, value, adjoint, partial }

    /// One laid-out line of text with its baseline origin.
    struct Line {
        var kind: LineKind
        var tex: String
        var box: TextBox
        var origin: Point2
        /// The box's extent: origin.x … + width, baseline − ascent … + descent.
        var rect: DeviceRect {
            DeviceRect(x: origin.x, y: origin.y - box.ascent, width: box.width, height: box.height)
        }
    }

    struct Node {
        var id: Int
        var column: Int
        var role: Role
        var rect: DeviceRect
        var lines: [Line]
    }

    struct Edge {
        var from: Int
        var to: Int
        /// The stroke, from the source's right side to the base of the arrowhead.
        var path: Path
        /// The points the path passes through (ends, and each skipped column's entry and exit).
        var waypoints: [Point2]
        /// Where the arrowhead touches the target's left side; it points in +x.
        var tip: Point2
        /// ∂(to)/∂(from) when partials are shown.
        var label: Line?
    }

    /// The sizes at scale 1; every one is multiplied by ``scale``.
    struct Metrics {
        var definitionSize = 17.0
        var valueSize = 15.0
        var partialSize = 13.0
        var keySize = 14.0
        var paddingX = 13.0
        var paddingY = 7.0
        var lineGap = 2.0
        var columnGap = 62.0
        var maxColumnGap = 150.0
        var rowGap = 26.0
        /// The vertical room an edge takes where it passes through a column.
        var placeholder = 8.0
        var portSpacing = 13.0
        var arrowLength = 9.0
        var arrowWidth = 7.0
        var cornerRadius = 9.0
        var labelMargin = 8.0
        var keyGap = 22.0
        /// A small graph in a large panel is enlarged, up to this factor.
        var maxScale = 1.3
    }

    // MARK: Helpers

    /// The TeX for a name with an adjoint bar: "\bar{b}", "\bar{v}_{3}".
    static func bar(_ name: String) -> String {
        if let underscore = name.firstIndex(of: "_") {
            return "\\bar{\(name[..<underscore])}\(name[underscore...])"
        }
        return "\\bar{\(name)}"
    }

    /// Tops for boxes of `heights` wanted centred at `wanted` (increasing) so that none overlap:
    /// overlapping boxes merge into a block centred on the mean of their wanted centres.
    static func separate(wanted: [Double], heights: [Double]) -> [Double] {
        var blocks: [(members: [Int], top: Double)] = []
        for k in wanted.indices {
            blocks.append(([k], wanted[k] - heights[k] / 2))
            while blocks.count > 1 {
                let last = blocks[blocks.count - 1], previous = blocks[blocks.count - 2]
                let previousBottom = previous.top + previous.members.map { heights[$0] }.reduce(0, +)
                guard previousBottom > last.top else { break }
                let members = previous.members + last.members
                let total = members.map { heights[$0] }.reduce(0, +)
                let centre = members.map { wanted[$0] }.reduce(0, +) / Double(members.count)
                blocks.removeLast(2)
                blocks.append((members, centre - total / 2))
            }
        }
        var tops = [Double](repeating: 0, count: wanted.count)
        for block in blocks {
            var y = block.top
            for k in block.members {
                tops[k] = y
                y += heights[k]
            }
        }
        return tops
    }
}
