/// Where a panel's legend goes (`"legend"`, top level or per panel).
package enum LegendPosition: String, CaseIterable, Sendable, Equatable {
    /// The inside spot (corners first, then edge midpoints) that covers the fewest lines,
    /// markers, stationary points and labels.
    case auto
    case upperLeft = "upper left"
    case upperRight = "upper right"
    case lowerLeft = "lower left"
    case lowerRight = "lower right"
    /// Right of the frame, outside the data (the plot shrinks to make room).
    case outsideRight = "outside right"
    /// Below the x axis label, outside the data.
    case outsideBottom = "outside bottom"
    /// No legend.
    case none
}

/// `"legend": "upper left"` or `{"position": "outside bottom", "columns": 3}`.
package struct LegendOptions: Sendable, Equatable {
    package var position: LegendPosition
    /// Entries per row, 1…8.
    package var columns: Int

    package init(position: LegendPosition = .auto, columns: Int = 1) {
        self.position = position
        self.columns = columns
    }
}

extension SceneReader {
    static let legendKeys = SceneKeys.legend.map(\.name)

    func readLegend(_ value: JSONValue, at path: JSONPath) -> LegendOptions? {
        if case .string = value {
            let position: LegendPosition? = choice(value, at: path)
            return position.map { LegendOptions(position: $0) }
        }
        guard let members = members(of: value, at: path, allowed: Self.legendKeys,
                                    expected: #"a legend position such as "upper left", or {"position": …, "columns": n}"#)
        else { return nil }
        var options = LegendOptions()
        if let position = members["position"] {
            options.position = choice(position, at: path.key("position")) ?? .auto
        }
        if let columns = members["columns"] {
            options.columns = integer(columns, at: path.key("columns"), in: 1...8) ?? 1
        }
        return options
    }
}
