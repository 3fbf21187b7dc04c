import GDVizEngine
import GDVizScene
import XCTest
@testable import GDVizRender

/// The computation-graph layout, checked as geometry (no pixels): text is measured with the real
/// fonts through a Cairo canvas, but nothing is compared as an image.
final class ComputationGraphLayoutTests: XCTestCase {
    static let seed = "sqrt(x^2 + exp(x^2)) + cos(x^2 + exp(x^2))"

    private func graph(_ source: String, at point: [Double]) throws -> ComputationGraph {
        let variables = source.contains("y") ? ["x", "y"] : ["x"]
        return ComputationGraph.build(try MathExpression.parse(source, variables: variables), at: point)
    }

    /// Lays out inside a Cairo drawing so that text is measured with the real fonts.
    private func layout(_ graph: ComputationGraph, in rect: DeviceRect, partials: Bool = false) throws -> ComputationGraphLayout {
        var result: ComputationGraphLayout?
        _ = try PageRenderer.render(format: .png, width: rect.maxX + 10, height: rect.maxY + 10) { canvas in
            result = ComputationGraphLayout(graph, in: rect, partials: partials, digits: 4, text: TextLayout(canvas: canvas))
        }
        return try XCTUnwrap(result)
    }

    /// The longest path from an input to each drawn node, computed here independently.
    private func depths(_ graph: ComputationGraph, drawn: Set<Int>) -> [Int: Int] {
        var depth: [Int: Int] = [:]
        func visit(_ id: Int) -> Int {
            if let d = depth[id] { return d }
            let inputs = graph.nodes[id].inputs.filter(drawn.contains)
            let d = inputs.isEmpty ? 0 : inputs.map(visit).max()! + 1
            depth[id] = d
            return d
        }
        for id in drawn { _ = visit(id) }
        return depth
    }

    /// Every structural promise of the layout.
    private func assertWellFormed(_ layout: ComputationGraphLayout, _ graph: ComputationGraph, in rect: DeviceRect,
                                  file: StaticString = #filePath, line: UInt = #line) {
        let drawn = Set(layout.nodes.map(\.id))
        let depth = depths(graph, drawn: drawn)
        let tolerance = 1e-6
        for node in layout.nodes {
            XCTAssertEqual(node.column, depth[node.id], "column = depth for node \(node.id)", file: file, line: line)
            XCTAssertTrue(contains(rect, node.rect, tolerance), "node \(node.id) outside the panel", file: file, line: line)
            for text in node.lines {
                XCTAssertTrue(contains(node.rect, text.rect, tolerance),
                              "\(text.tex) does not fit its box \(node.rect): \(text.rect)", file: file, line: line)
            }
            for (a, b) in zip(node.lines, node.lines.dropFirst()) {
                XCTAssertLessThanOrEqual(a.rect.maxY, b.rect.minY + tolerance, "lines overlap in node \(node.id)",
                                         file: file, line: line)
            }
        }
        // Columns are left to right in order, and nodes never overlap.
        for a in layout.nodes {
            for b in layout.nodes where b.id > a.id {
                XCTAssertFalse(a.rect.intersects(b.rect), "nodes \(a.id) and \(b.id) overlap", file: file, line: line)
                if a.column < b.column { XCTAssertLessThan(a.rect.maxX, b.rect.minX, file: file, line: line) }
                if a.column == b.column { XCTAssertEqual(a.rect.minX, b.rect.minX, accuracy: tolerance, file: file, line: line) }
            }
        }
        // Every edge goes left to right, from its source's right side to its target's left side,
        // and nowhere through another node.
        let rects = Dictionary(uniqueKeysWithValues: layout.nodes.map { ($0.id, $0.rect) })
        for edge in layout.edges {
            let source = rects[edge.from]!, target = rects[edge.to]!
            XCTAssertEqual(edge.waypoints.first?.x ?? .nan, source.maxX, accuracy: tolerance, file: file, line: line)
            XCTAssertEqual(edge.tip.x, target.minX, accuracy: tolerance, file: file, line: line)
            XCTAssertTrue((source.minY...source.maxY).contains(edge.waypoints[0].y), file: file, line: line)
            XCTAssertTrue((target.minY...target.maxY).contains(edge.tip.y), file: file, line: line)
            for (p, q) in zip(edge.waypoints, edge.waypoints.dropFirst()) {
                XCTAssertLessThan(p.x, q.x + tolerance, "edge \(edge.from)→\(edge.to) goes left", file: file, line: line)
            }
            for p in sampled(edge.path) {
                for (id, r) in rects where id != edge.from && id != edge.to {
                    XCTAssertFalse(r.insetBy(dx: -1, dy: -1).contains(p),
                                   "edge \(edge.from)→\(edge.to) passes through node \(id) at \(p)", file: file, line: line)
                }
            }
        }
        // No text overlaps other text or a node it does not belong to.
        let labels = layout.edges.compactMap(\.label).map(\.rect)
        for (i, a) in labels.enumerated() {
            for b in labels.dropFirst(i + 1) {
                XCTAssertFalse(a.intersects(b), "edge labels overlap: \(a) \(b)", file: file, line: line)
            }
            for (id, r) in rects {
                XCTAssertFalse(a.intersects(r), "edge label over node \(id)", file: file, line: line)
            }
            XCTAssertTrue(contains(rect, a, tolerance), "edge label outside the panel", file: file, line: line)
        }
        for key in layout.key {
            for (id, r) in rects { XCTAssertFalse(key.rect.intersects(r), "key over node \(id)", file: file, line: line) }
            for l in labels { XCTAssertFalse(key.rect.intersects(l), "key over an edge label", file: file, line: line) }
            XCTAssertTrue(contains(rect, key.rect, tolerance), "key outside the panel", file: file, line: line)
        }
        for (i, a) in layout.key.enumerated() {
            for b in layout.key.dropFirst(i + 1) {
                XCTAssertFalse(a.rect.intersects(b.rect), "key entries overlap", file: file, line: line)
            }
        }
    }

    private func contains(_ outer: DeviceRect, _ inner: DeviceRect, _ tolerance: Double) -> Bool {
        inner.minX >= outer.minX - tolerance && inner.maxX <= outer.maxX + tolerance
            && inner.minY >= outer.minY - tolerance && inner.maxY <= outer.maxY + tolerance
    }

    /// Points along a path (lines and Béziers evaluated at 20 steps each).
    private func sampled(_ path: Path) -> [Point2] {
        var points: [Point2] = []
        var current = Point2.zero
        for element in path.elements {
            switch element {
            case .move(let p): current = p; points.append(p)
            case .line(let p):
                for k in 1...20 { points.append(current + (Double(k) / 20) * (p - current)) }
                current = p
            case .curve(let c1, let c2, let p):
                for k in 1...20 {
                    let t = Double(k) / 20, u = 1 - t
                    points.append((u * u * u) * current + (3 * u * u * t) * c1 + (3 * u * t * t) * c2 + (t * t * t) * p)
                }
                current = p
            case .close: break
            }
        }
        return points
    }

    // MARK: The seed's example

    func testSeedGraphIsLaidOutAsOnTheSlide() throws {
        let g = try graph(Self.seed, at: [0.5])
        let rect = DeviceRect(x: 20, y: 40, width: 1360, height: 460)
        let layout = try layout(g, in: rect)
        assertWellFormed(layout, g, in: rect)
        XCTAssertGreaterThan(layout.scale, 1, "a wide panel enlarges the graph")
        XCTAssertEqual(layout.nodes.map(\.column), [0, 1, 2, 3, 4, 4, 5])
        XCTAssertEqual(layout.nodes.map(\.role), [.input, .inner, .inner, .inner, .inner, .inner, .output])
        XCTAssertEqual(layout.nodes.map { $0.lines[0].tex },
                       ["x", "a = x^{2}", "b = \\exp(a)", "c = a + b", "d = \\sqrt{c}", "e = \\cos(c)", "f = d + e"])
        XCTAssertEqual(layout.nodes[1].lines.map(\.tex), ["a = x^{2}", "a = 0.25", "\\bar{a} = -1.36"])
        XCTAssertEqual(layout.nodes[6].lines.map(\.tex).dropFirst(), ["f = 1.275", "\\bar{f} = 1"])
        XCTAssertEqual(layout.edges.count, 8)
        // a → c skips b's column: it runs through that column above or below b, clear of it.
        let skipping = try XCTUnwrap(layout.edges.first { $0.from == 1 && $0.to == 3 })
        XCTAssertEqual(skipping.waypoints.count, 4)
        let b = layout.nodes[2].rect
        XCTAssertTrue(skipping.waypoints[1].y > b.maxY || skipping.waypoints[1].y < b.minY)
        XCTAssertEqual(skipping.waypoints[1].x, b.minX, accuracy: 1e-9)
        XCTAssertEqual(skipping.waypoints[2].x, b.maxX, accuracy: 1e-9)
        // Two edges enter c: separate ports.
        let intoC = layout.edges.filter { $0.to == 3 }.map(\.tip.y)
        XCTAssertEqual(intoC.count, 2)
        XCTAssertGreaterThan(abs(intoC[0] - intoC[1]), 8)
    }

    func testPartialsLabelEveryEdgeWithoutOverlap() throws {
        let g = try graph(Self.seed, at: [0.5])
        let rect = DeviceRect(x: 0, y: 0, width: 1400, height: 480)
        let layout = try layout(g, in: rect, partials: true)
        assertWellFormed(layout, g, in: rect)
        let labels = layout.edges.compactMap(\.label?.tex)
        XCTAssertEqual(labels.count, 8)
        XCTAssertTrue(labels.contains("\\partial b / \\partial a = 1.284"), "\(labels)")  // exp(0.25)
        XCTAssertTrue(labels.contains("\\partial a / \\partial x = 1"), "\(labels)")       // 2x at 0.5
        // Each label sits in the gap just before its edge's target.
        let rects = Dictionary(uniqueKeysWithValues: layout.nodes.map { ($0.id, $0.rect) })
        for edge in layout.edges {
            let label = try XCTUnwrap(edge.label).rect
            XCTAssertLessThan(label.maxX, rects[edge.to]!.minX)
        }
    }

    func testTwoVariableGraph() throws {
        let g = try graph("x*y + sin(x)", at: [1, 2])
        let rect = DeviceRect(x: 0, y: 0, width: 900, height: 420)
        let layout = try layout(g, in: rect, partials: true)
        assertWellFormed(layout, g, in: rect)
        XCTAssertEqual(layout.nodes.map { $0.lines[0].tex }, ["x", "y", "a = x \\cdot y", "b = \\sin(x)", "f = a + b"])
        XCTAssertEqual(layout.nodes.filter { $0.role == .input }.map(\.id), [0, 1])
    }

    /// Constants are written into the operation that uses them, not drawn as nodes.
    func testConstantsAreFoldedIntoTheirConsumer() throws {
        let g = try graph("2*x + pi", at: [1])
        let rect = DeviceRect(x: 0, y: 0, width: 800, height: 300)
        let layout = try layout(g, in: rect)
        assertWellFormed(layout, g, in: rect)
        XCTAssertEqual(layout.nodes.map { $0.lines[0].tex }, ["x", "a = 2x", "f = a + \\pi"])
        XCTAssertEqual(layout.edges.map { [$0.from, $0.to] }.count, 2)
    }

    /// A panel too small for the natural size shrinks everything uniformly and stays inside.
    func testSmallPanelShrinksToFit() throws {
        let g = try graph(Self.seed, at: [0.5])
        let rect = DeviceRect(x: 10, y: 10, width: 520, height: 200)
        let layout = try layout(g, in: rect, partials: true)
        XCTAssertLessThan(layout.scale, 1)
        assertWellFormed(layout, g, in: rect)
    }

    func testLayoutIsDeterministic() throws {
        let g = try graph("x*y + sin(x)*exp(y) + x^2", at: [0.3, -1])
        let rect = DeviceRect(x: 0, y: 0, width: 1000, height: 500)
        let first = try layout(g, in: rect, partials: true), second = try layout(g, in: rect, partials: true)
        XCTAssertEqual(first.nodes.map(\.rect), second.nodes.map(\.rect))
        XCTAssertEqual(first.edges.map(\.path), second.edges.map(\.path))
        assertWellFormed(first, g, in: rect)
    }

    /// x·y and sin(x) in evaluation order cross (y → x·y over x → sin x); the sweep swaps them.
    func testBarycentreSweepsRemoveCrossings() throws {
        let g = try graph("x*y + sin(x)", at: [1, 2])
        let notation = ComputationGraphNotation(g)
        let layering = ComputationGraphLayering(g, drawn: notation.drawn, sweeps: 0)
        XCTAssertEqual(layering.crossings(), 1)
        let swept = ComputationGraphLayering(g, drawn: notation.drawn)
        XCTAssertEqual(swept.crossings(), 0)
        XCTAssertEqual(swept.columns[1], [.node(3), .node(2)])
    }

    func testLargerGraphHasFewCrossingsAndStaysWellFormed() throws {
        let g = try graph("log(1 + exp(x*y)) - tanh(x - y)^2 + sqrt(x^2 + y^2) * cos(x)", at: [0.4, 1.3])
        let rect = DeviceRect(x: 0, y: 0, width: 1600, height: 700)
        let layout = try layout(g, in: rect)
        assertWellFormed(layout, g, in: rect)
        let notation = ComputationGraphNotation(g)
        let unswept = ComputationGraphLayering(g, drawn: notation.drawn, sweeps: 0)
        XCTAssertLessThanOrEqual(ComputationGraphLayering(g, drawn: notation.drawn).crossings(), unswept.crossings())
    }

    /// A top-level graph layer next to a curve: a plot panel and a graph panel, drawn without error.
    func testSceneWithCurveAndGraphDrawsTwoPanels() throws {
        let scene = try SceneLoader.parse("""
            {"function": "\(Self.seed)", "domain": {"x": [-2, 2]}, "size": {"width": 1600, "height": 500},
             "layers": [{"type": "curve"}, {"type": "graph", "at": [0.5], "partials": true}]}
            """, file: "mixed.json")
        let figure = try SceneFigure.figure(for: SceneEvaluator.evaluate(scene))
        XCTAssertEqual(figure.panels.count, 2)
        XCTAssertEqual(figure.columns, 2)
        XCTAssertNil(figure.panels[0].custom)
        let panel = try XCTUnwrap(figure.panels[1].custom as? ComputationGraphPanel)
        XCTAssertTrue(panel.partials)
        XCTAssertEqual(panel.graph.nodes.count, 7)
        let image = try RasterImage.decodePNG(SceneRenderer.render(SceneEvaluator.evaluate(scene), format: .png))
        XCTAssertEqual(image.width, 1600)
    }

    // MARK: Notation

    func testNumbersHaveFixedSignificantDigits() {
        let cases: [(Double, Int, String)] = [
            (1.2840254166877414, 4, "1.284"), (0.5, 4, "0.5"), (1, 4, "1"), (-0.93056, 4, "-0.9306"), (-1.36027, 4, "-1.36"),
            (9.99996, 4, "10"), (123.456, 4, "123.5"), (1234.5, 4, "1235"), (0.001234567, 3, "0.00123"),
            (12345.6, 4, "1.235 \\times 10^{4}"), (0.0000123, 4, "1.23 \\times 10^{-5}"), (0, 4, "0"),
            (.nan, 4, "\\mathrm{NaN}"), (-.infinity, 4, "-\\infty"), (2.5, 2, "2.5"),
        ]
        for (value, digits, expected) in cases {
            XCTAssertEqual(ComputationGraphNotation.number(value, digits: digits), expected, "\(value) to \(digits) digits")
        }
    }

    func testDefinitionsOfEveryOperation() throws {
        func definitions(_ source: String) throws -> [String] {
            let g = try graph(source, at: [0.7, 0.2])
            let notation = ComputationGraphNotation(g)
            return g.nodes.filter { notation.drawn[$0.id] }.map { notation.definition($0.id) }
        }
        XCTAssertEqual(try definitions("-x / y - 3"), ["x", "a = -x", "y", "b = a / y", "f = b - 3"])
        XCTAssertEqual(try definitions("x^y + abs(x) * (-2) + 0.00001"),
                       ["x", "y", "a = x^{y}", "b = |x|", "c = b \\cdot (-2)", "d = a + c", "f = d + 1 \\times 10^{-5}"])
        XCTAssertEqual(try definitions("tanh(log(x))^0.5"), ["x", "a = \\log(x)", "b = \\tanh(a)", "f = b^{0.5}"])
        XCTAssertEqual(try definitions("x"), ["x"], "the output is the input itself")
        XCTAssertEqual(try definitions("3"), ["f = 3"], "a constant function is one node")
    }

    func testNamesSkipLettersTheExpressionUses() throws {
        // e is Euler's number here, so the intermediate results are a, b, c, d, g…
        let g = try graph("e^x * x + exp(x) / x", at: [1])
        let notation = ComputationGraphNotation(g)
        let names = g.nodes.filter { notation.drawn[$0.id] }.map { notation.names[$0.id] }
        XCTAssertFalse(names.contains("e"), "\(names)")
        XCTAssertEqual(names.last, "f")
        XCTAssertEqual(ComputationGraphNotation.variableTeX("theta0"), "\\theta_{0}")
        XCTAssertEqual(ComputationGraphNotation.variableTeX("w1"), "w_{1}")
        XCTAssertEqual(ComputationGraphLayout.bar("v_{3}"), "\\bar{v}_{3}")
    }
}
