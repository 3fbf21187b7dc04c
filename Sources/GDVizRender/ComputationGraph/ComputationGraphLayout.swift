import GDVizEngine

/// Where everything in a computation-graph panel goes, in device units. Pure geometry computed
/// from text measurements, so tests can check it without pixels.
///
/// Nodes are rounded boxes in columns (``ComputationGraphLayering``): every node of a column has the
/// column's width and all nodes the same height, each holding three lines — the definition
/// ("b = exp(a)"), the forward value ("b = 1.284") and the adjoint ("b̄ = 0.5307"). Edges leave a
/// box on its right side and enter the next on its left as cubic curves with horizontal ends;
/// an edge that skips columns runs straight through each skipped column at its placeholder's
/// height, which is kept clear of the nodes there. Several edges at one side of a box use
/// separate ports, ordered by where they come from or go to, so arrowheads never pile up.
///
/// The drawing is laid out at its natural size and scaled uniformly (text included) to fit the
/// panel: shrunk as far as needed, enlarged by at most `Metrics.maxScale`. Spare width widens the
/// gaps between columns up to a limit, and the result is centred. A key under the graph says what
/// v and v̄ mean; its entries wrap onto more rows in a narrow panel.
struct ComputationGraphLayout {
    var nodes: [Node] = []
    var edges: [Edge] = []
    /// The explanation under the graph: what v and v̄ mean (and the edge labels, if shown).
    var key: [Line] = []
    /// The factor the drawing was scaled by: below 1 shrunk to fit, above 1 enlarged.
    var scale = 1.0
    var metrics = Metrics()

    /// Lays out `graph` inside `rect`.
    init(_ graph: ComputationGraph, in rect: DeviceRect, partials: Bool, digits: Int, text: TextLayout,
         metrics: Metrics = Metrics()) {
        self.metrics = metrics
        let notation = ComputationGraphNotation(graph)
        let layering = ComputationGraphLayering(graph, drawn: notation.drawn)
        let natural = ComputationGraphLayout(notation, layering, area: rect, scale: 1, partials: partials, digits: digits,
                                  text: text, metrics: metrics)
        let size = natural.naturalSize
        var scale = min(metrics.maxScale, rect.width / max(size.x, 1), rect.height / max(size.y, 1))
        var layout = ComputationGraphLayout(notation, layering, area: rect, scale: scale, partials: partials, digits: digits,
                                 text: text, metrics: metrics)
        // The key may wrap differently at the new scale: shrink a little more until it fits.
        var attempts = 0
        while attempts < 8, layout.naturalSize.x > rect.width + 0.01 || layout.naturalSize.y > rect.height + 0.01 {
            scale *= 0.97
            layout = ComputationGraphLayout(notation, layering, area: rect, scale: scale, partials: partials, digits: digits,
                                 text: text, metrics: metrics)
            attempts += 1
        }
        self = layout
    }

    /// Width and height the drawing needs at its scale with the smallest column gaps.
    private(set) var naturalSize = Point2.zero

    // MARK: Layout at one scale

    private init(_ notation: ComputationGraphNotation, _ layering: ComputationGraphLayering, area: DeviceRect, scale s: Double,
                 partials: Bool, digits: Int, text: TextLayout, metrics m: Metrics) {
        self.metrics = m
        self.scale = s
        let graph = notation.graph
        func line(_ kind: LineKind, _ tex: String, size: Double) -> Line {
            Line(kind: kind, tex: tex, box: text.layout("$" + tex + "$", size: size * s), origin: .zero)
        }

        // Node contents and sizes.
        var contents: [Int: [Line]] = [:]
        var widths: [Int: Double] = [:]
        for node in graph.nodes where notation.drawn[node.id] {
            let name = notation.names[node.id]
            let lines = [
                line(.definition, notation.definition(node.id), size: m.definitionSize),
                line(.value, "\(name) = \(ComputationGraphNotation.number(node.value, digits: digits))", size: m.valueSize),
                line(.adjoint, "\(Self.bar(name)) = \(ComputationGraphNotation.number(node.adjoint, digits: digits))",
                     size: m.valueSize),
            ]
            contents[node.id] = lines
            widths[node.id] = (lines.map(\.box.width).max() ?? 0) + 2 * m.paddingX * s
        }
        let lineHeights = (0..<3).map { k in contents.values.map { $0[k].box.height }.max() ?? 0 }
        let nodeHeight = lineHeights.reduce(0, +) + 2 * m.lineGap * s + 2 * m.paddingY * s

        // Edge labels: ∂(consumer)/∂(operand), summed over the operand slots that use it (x·x).
        var labels: [Int: Line] = [:]
        if partials {
            for (index, e) in layering.edges.enumerated() {
                let consumer = graph.nodes[e.to]
                let partial = zip(consumer.inputs, consumer.partials).filter { $0.0 == e.from }.map(\.1).reduce(0, +)
                let tex = "\\partial \(notation.names[e.to]) / \\partial \(notation.names[e.from]) = "
                    + ComputationGraphNotation.number(partial, digits: digits)
                labels[index] = line(.partial, tex, size: m.partialSize)
            }
        }

        // Key.
        func keyLine(_ kind: LineKind, _ label: String) -> Line {
            Line(kind: kind, tex: label, box: text.layout(label, size: m.keySize * s), origin: .zero)
        }
        var keyLines = [
            keyLine(.value, "$v$: value (forward pass)"),
            keyLine(.adjoint, "$\(Self.bar("v")) = \\partial f/\\partial v$: adjoint (reverse pass)"),
        ]
        if partials { keyLines.append(keyLine(.partial, "on the edges: local partial derivatives")) }
        // Key entries side by side, wrapped onto more rows when the panel is narrow.
        let keySpacing = 30 * s, keyRowGap = 4 * s
        var keyRows: [[Int]] = []
        var rowWidth = 0.0
        for (k, entry) in keyLines.enumerated() {
            if let last = keyRows.indices.last, rowWidth + keySpacing + entry.box.width <= area.width {
                keyRows[last].append(k)
                rowWidth += keySpacing + entry.box.width
            } else {
                keyRows.append([k])
                rowWidth = entry.box.width
            }
        }
        let keyRowWidths = keyRows.map { row in
            row.map { keyLines[$0].box.width }.reduce(0, +) + keySpacing * Double(row.count - 1)
        }
        let keyRowAscent = keyRows.map { row in row.map { keyLines[$0].box.ascent }.max() ?? 0 }
        let keyRowDescent = keyRows.map { row in row.map { keyLines[$0].box.descent }.max() ?? 0 }
        let keyWidth = keyRowWidths.max() ?? 0
        let keyHeight = zip(keyRowAscent, keyRowDescent).map { $0 + $1 }.reduce(0, +)
            + keyRowGap * Double(max(0, keyRows.count - 1))

        // Columns.
        let columnCount = layering.columns.count
        let columnWidths = layering.columns.map { items in
            items.compactMap { item -> Double? in
                if case .node(let id) = item { return widths[id] }
                return nil
            }.max() ?? 0
        }
        func itemHeight(_ item: ComputationGraphLayering.Item) -> Double {
            if case .node = item { return nodeHeight }
            return m.placeholder * s
        }
        func gapBetween(_ a: ComputationGraphLayering.Item, _ b: ComputationGraphLayering.Item) -> Double {
            if case .node = a, case .node = b { return m.rowGap * s }
            return m.rowGap * s * 0.6
        }
        let stackHeights = layering.columns.map { items -> Double in
            items.map(itemHeight).reduce(0, +)
                + zip(items, items.dropFirst()).map { gapBetween($0, $1) }.reduce(0, +)
        }
        var minGap = m.columnGap * s
        let widestLabel = labels.values.map(\.box.width).max() ?? 0
        if partials { minGap = max(minGap, widestLabel + 2 * m.labelMargin * s + m.arrowLength * s) }
        let graphWidth = columnWidths.reduce(0, +) + minGap * Double(max(0, columnCount - 1))
        let graphHeight = stackHeights.max() ?? 0
        naturalSize = Point2(max(graphWidth, keyWidth), graphHeight + m.keyGap * s + keyHeight)

        var gap = minGap
        if columnCount > 1, area.width > graphWidth {
            gap = min(max(minGap, m.maxColumnGap * s), minGap + (area.width - graphWidth) / Double(columnCount - 1))
        }
        let totalWidth = columnWidths.reduce(0, +) + gap * Double(max(0, columnCount - 1))
        var columnX: [Double] = []
        var x = area.center.x - totalWidth / 2
        for w in columnWidths {
            columnX.append(x)
            x += w + gap
        }
        let blockHeight = graphHeight + m.keyGap * s + keyHeight
        let top = area.center.y - blockHeight / 2
        let middle = top + graphHeight / 2

        // Items: rectangles (placeholders are zero-width lines across the column).
        var itemY: [ComputationGraphLayering.Item: Double] = [:]  // centre y
        var nodeRect: [Int: DeviceRect] = [:]
        for (c, items) in layering.columns.enumerated() {
            var y = middle - stackHeights[c] / 2
            for (k, item) in items.enumerated() {
                if k > 0 { y += gapBetween(items[k - 1], item) }
                let h = itemHeight(item)
                itemY[item] = y + h / 2
                if case .node(let id) = item {
                    nodeRect[id] = DeviceRect(x: columnX[c], y: y, width: columnWidths[c], height: h)
                }
                y += h
            }
        }

        // Node lines, centred in each box.
        for (c, items) in layering.columns.enumerated() {
            for case .node(let id) in items {
                let r = nodeRect[id]!
                var lines = contents[id]!
                var slotTop = r.minY + m.paddingY * s
                for k in lines.indices {
                    let box = lines[k].box
                    lines[k].origin = Point2(r.center.x - box.width / 2,
                                             slotTop + (lineHeights[k] - box.height) / 2 + box.ascent)
                    slotTop += lineHeights[k] + m.lineGap * s
                }
                let node = graph.nodes[id]
                let role: Role = id == notation.outputID ? .output : (node.inputs.isEmpty ? .input : .inner)
                nodes.append(Node(id: id, column: c, role: role, rect: r, lines: lines))
            }
        }
        nodes.sort { $0.id < $1.id }

        // Ports: edges leaving (entering) a node are spread along its right (left) side, ordered by
        // the height of the item they go to (come from).
        func y(_ item: ComputationGraphLayering.Item) -> Double { itemY[item]! }
        var outgoing: [Int: [(edge: Int, next: ComputationGraphLayering.Item)]] = [:]
        var incoming: [Int: [(edge: Int, previous: ComputationGraphLayering.Item)]] = [:]
        for index in layering.edges.indices {
            let chain = layering.chain(index)
            outgoing[layering.edges[index].from, default: []].append((index, chain[1]))
            incoming[layering.edges[index].to, default: []].append((index, chain[chain.count - 2]))
        }
        func ports(_ count: Int) -> [Double] {
            guard count > 1 else { return [0] }
            let spacing = min(m.portSpacing * s, 0.7 * nodeHeight / Double(count - 1))
            return (0..<count).map { (Double($0) - Double(count - 1) / 2) * spacing }
        }
        var outPort: [Int: Double] = [:], inPort: [Int: Double] = [:]
        for (id, list) in outgoing {
            let sorted = list.sorted { (y($0.next), $0.edge) < (y($1.next), $1.edge) }
            for (k, offset) in ports(sorted.count).enumerated() { outPort[sorted[k].edge] = nodeRect[id]!.center.y + offset }
        }
        for (id, list) in incoming {
            let sorted = list.sorted { (y($0.previous), $0.edge) < (y($1.previous), $1.edge) }
            for (k, offset) in ports(sorted.count).enumerated() { inPort[sorted[k].edge] = nodeRect[id]!.center.y + offset }
        }

        // Edge paths.
        let arrow = m.arrowLength * s
        var labelLines: [(edge: Int, gap: Int, line: Line)] = []
        for (index, e) in layering.edges.enumerated() {
            let chain = layering.chain(index)
            let source = nodeRect[e.from]!, target = nodeRect[e.to]!
            var points = [Point2(source.maxX, outPort[index]!)]
            for item in chain.dropFirst().dropLast() {
                guard case .dummy(_, let c) = item else { continue }
                points.append(Point2(columnX[c], y(item)))
                points.append(Point2(columnX[c] + columnWidths[c], y(item)))
            }
            let tip = Point2(target.minX, inPort[index]!)
            points.append(tip)
            var path = Path()
            path.move(to: points[0])
            // Curves across the gaps, straight lines through skipped columns.
            var k = 0
            while k + 1 < points.count {
                let a = points[k]
                var b = points[k + 1]
                if k + 1 == points.count - 1 { b = Point2(b.x - arrow, b.y) }
                let mid = (a.x + b.x) / 2
                path.curve(to: b, control1: Point2(mid, a.y), control2: Point2(mid, b.y))
                if k + 2 < points.count { path.line(to: points[k + 2]) }
                k += 2
            }
            var label: Line?
            if var line = labels[index] {
                // Halfway along the last curve, in the gap before the target.
                let a = points[points.count - 2], b = Point2(tip.x - arrow, tip.y)
                let centre = Point2((a.x + b.x) / 2, (a.y + b.y) / 2)
                line.origin = Point2(centre.x - line.box.width / 2, centre.y + (line.box.ascent - line.box.descent) / 2)
                label = line
                labelLines.append((index, layering.column[e.to]! - 1, line))
            }
            edges.append(Edge(from: e.from, to: e.to, path: path, waypoints: points, tip: tip, label: label))
        }

        // Labels in one gap must not overlap: push them apart vertically, keeping each group
        // centred on the mean of its wanted positions.
        for gapIndex in Set(labelLines.map(\.gap)).sorted() {
            let group = labelLines.filter { $0.gap == gapIndex }.sorted { ($0.line.rect.center.y, $0.edge) < ($1.line.rect.center.y, $1.edge) }
            let heights = group.map { $0.line.box.height + 3 * s }
            let wanted = group.map { $0.line.rect.center.y }
            let tops = Self.separate(wanted: wanted, heights: heights)
            for (k, entry) in group.enumerated() {
                var line = entry.line
                line.origin.y = tops[k] + 1.5 * s + line.box.ascent
                edges[entry.edge].label = line
            }
        }

        // Key, under the graph.
        var rowTop = top + graphHeight + m.keyGap * s
        for (r, row) in keyRows.enumerated() {
            var keyX = area.center.x - keyRowWidths[r] / 2
            for k in row {
                var line = keyLines[k]
                line.origin = Point2(keyX, rowTop + keyRowAscent[r])
                keyX += line.box.width + keySpacing
                key.append(line)
            }
            rowTop += keyRowAscent[r] + keyRowDescent[r] + keyRowGap
        }
    }
}
