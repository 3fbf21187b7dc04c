import GDVizEngine

/// The combinatorial part of a graph drawing (Sugiyama's layered layout): which column each node
/// goes in and the top-to-bottom order within each column. No sizes are involved.
///
/// - A node's column is its depth, the longest path from an input (inputs are column 0), so
///   every edge points to the right.
/// - An edge that skips columns gets a placeholder ("dummy") in each column it crosses, so that
///   it is routed around the nodes there instead of through them.
/// - Crossings are reduced by barycentre sweeps: each column is sorted by the mean position of
///   its neighbours in the column before (downward sweep) or after (upward sweep). The order
///   with the fewest crossings seen is kept; ties keep the earlier order, so the result is
///   deterministic.
struct ComputationGraphLayering {
    enum Item: Hashable {
        /// A drawn node of the graph, by id.
        case node(Int)
        /// Edge `edge` (an index into `edges`) passing through a column it skips.
        case dummy(edge: Int, column: Int)
    }

    /// The drawn edges (operand → consumer), in the graph's order.
    let edges: [ComputationGraph.Edge]
    /// Column of each node id (nil for nodes that are not drawn).
    let column: [Int?]
    /// The items of each column, top to bottom.
    private(set) var columns: [[Item]]

    /// The column-by-column items an edge passes through, source first, target last.
    func chain(_ edge: Int) -> [Item] {
        let e = edges[edge]
        guard let from = column[e.from], let to = column[e.to] else { return [] }
        return [.node(e.from)] + (from + 1 ..< to).map { Item.dummy(edge: edge, column: $0) } + [.node(e.to)]
    }

    init(_ graph: ComputationGraph, drawn: [Bool], sweeps: Int = 8) {
        edges = graph.edges.filter { drawn[$0.from] && drawn[$0.to] }
        var column = [Int?](repeating: nil, count: graph.nodes.count)
        for node in graph.nodes where drawn[node.id] {
            // Topological order: every operand's column is known.
            column[node.id] = node.inputs.compactMap { drawn[$0] ? column[$0] : nil }.map { $0 + 1 }.max() ?? 0
        }
        self.column = column
        let count = (column.compactMap { $0 }.max() ?? -1) + 1
        var columns = [[Item]](repeating: [], count: count)
        for node in graph.nodes {
            if let c = column[node.id] { columns[c].append(.node(node.id)) }
        }
        for index in edges.indices {
            let e = edges[index]
            guard let from = column[e.from], let to = column[e.to] else { continue }
            for c in from + 1 ..< to { columns[c].append(.dummy(edge: index, column: c)) }
        }
        self.columns = columns
        reduceCrossings(sweeps: sweeps)
    }

    /// Links between neighbouring columns: (item in column k, item in column k + 1).
    func links(after k: Int) -> [(Item, Item)] {
        edges.indices.flatMap { index -> [(Item, Item)] in
            let items = chain(index)
            guard let first = items.first, case .node(let id) = first, let c = column[id] else { return [] }
            let position = k - c
            guard position >= 0, position + 1 < items.count else { return [] }
            return [(items[position], items[position + 1])]
        }
    }

    /// Pairs of links between columns k and k + 1 that cross, summed over all k.
    func crossings() -> Int {
        var total = 0
        for k in 0 ..< max(0, columns.count - 1) {
            let left = positions(columns[k]), right = positions(columns[k + 1])
            let segments = links(after: k).map { (left[$0.0]!, right[$0.1]!) }
            for i in segments.indices {
                for j in segments.indices where j > i {
                    let (a, b) = (segments[i], segments[j])
                    if (a.0 - b.0) * (a.1 - b.1) < 0 { total += 1 }
                }
            }
        }
        return total
    }

    private func positions(_ items: [Item]) -> [Item: Int] {
        Dictionary(uniqueKeysWithValues: items.enumerated().map { ($1, $0) })
    }

    private mutating func reduceCrossings(sweeps: Int) {
        var best = columns, bestCrossings = crossings()
        guard columns.count > 1 else { return }
        for sweep in 0 ..< sweeps {
            let downward = sweep % 2 == 0
            let order = downward ? Array(1 ..< columns.count) : Array((0 ..< columns.count - 1).reversed())
            for k in order {
                let neighbourColumn = downward ? k - 1 : k + 1
                let neighbour = positions(columns[neighbourColumn])
                let pairs = downward ? links(after: k - 1).map { ($0.1, $0.0) } : links(after: k).map { ($0.0, $0.1) }
                var sum: [Item: Double] = [:], count: [Item: Double] = [:]
                for (item, other) in pairs {
                    sum[item, default: 0] += Double(neighbour[other]!)
                    count[item, default: 0] += 1
                }
                let current = positions(columns[k])
                // Items without neighbours on that side keep their place.
                let keys = columns[k].map { item -> (Double, Int, Item) in
                    let here = current[item]!
                    guard let n = count[item] else { return (Double(here), here, item) }
                    return (sum[item]! / n, here, item)
                }
                columns[k] = keys.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
            }
            let c = crossings()
            if c < bestCrossings {
                best = columns
                bestCrossings = c
            }
        }
        columns = best
    }
}
