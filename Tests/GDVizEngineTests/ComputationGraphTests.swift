import Foundation
import GDVizTestSupport
import XCTest
@testable import GDVizEngine

final class ComputationGraphTests: XCTestCase {
    /// The lecture's reverse-mode illustration.
    private let seedSource = "sqrt(x^2 + exp(x^2)) + cos(x^2 + exp(x^2))"

    /// Every node's adjoint is the sum over its consumers of consumer adjoint × local partial;
    /// the output's is 1. Checked from the finished graph, independently of the sweep's order.
    private func assertAdjointsConsistent(_ graph: ComputationGraph,
                                          file: StaticString = #filePath, line: UInt = #line) {
        let nodes = graph.nodes
        XCTAssertEqual(nodes.last?.adjoint, 1, "output adjoint", file: file, line: line)
        for node in nodes.dropLast() {
            var sum = 0.0, magnitude = 0.0
            for consumer in nodes {
                for (input, partial) in zip(consumer.inputs, consumer.partials) where input == node.id {
                    sum += consumer.adjoint * partial
                    magnitude += abs(consumer.adjoint * partial)
                }
            }
            XCTAssertEqual(node.adjoint, sum, accuracy: 1e-14 * max(1, magnitude),
                           "adjoint of node \(node.id) (\(node.label))", file: file, line: line)
        }
        for node in nodes {
            XCTAssertEqual(node.inputs.count, node.partials.count, file: file, line: line)
            XCTAssertTrue(node.inputs.allSatisfy { $0 < node.id }, "topological order", file: file, line: line)
        }
        let expectedEdges = nodes.flatMap { node in
            node.inputs.reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
                .map { ComputationGraph.Edge(from: $0, to: node.id) }
        }
        XCTAssertEqual(graph.edges, expectedEdges, "one edge per distinct operand", file: file, line: line)
    }

    private func consumers(of id: Int, in graph: ComputationGraph) -> [Int] {
        graph.edges.filter { $0.from == id }.map(\.to)
    }

    // MARK: - The lecture's example

    func testSeedGraphSharesSubexpressions() throws {
        let expression = try MathExpression.parse(seedSource, variables: ["x"])
        let graph = ComputationGraph.build(expression, at: [0.7])
        // a = x², b = exp(a), c = a + b, d = √c, e = cos c, f = d + e: each computed once.
        XCTAssertEqual(graph.nodes.map(\.operation), ["x", "^2", "exp", "+", "sqrt", "cos", "+"])
        XCTAssertEqual(graph.nodes.map(\.label), ["x", "x²", "exp(·)", "· + ·", "√·", "cos(·)", "· + ·"])
        XCTAssertEqual(graph.nodes.map(\.inputs), [[], [0], [1], [1, 2], [3], [3], [4, 5]])
        XCTAssertEqual(graph.nodes.map(\.id), Array(0..<7))
        XCTAssertEqual(consumers(of: 1, in: graph), [2, 3], "x² feeds exp and the sum")
        XCTAssertEqual(consumers(of: 3, in: graph), [4, 5], "the sum feeds √ and cos")
        XCTAssertEqual(graph.edges.count, 8)
        XCTAssertTrue(graph.nodes[0].isVariable)
        XCTAssertFalse(graph.nodes[1].isVariable)
    }

    func testSeedForwardValuesPartialsAndAdjoints() throws {
        let expression = try MathExpression.parse(seedSource, variables: ["x"])
        for x in [-1.3, -0.4, 0.25, 0.7, 1.1, 2.0] {
            let graph = ComputationGraph.build(expression, at: [x])
            let n = graph.nodes
            // Forward values by hand.
            let a = x * x, b = exp(a), c = a + b, d = sqrt(c), e = cos(c)
            for (node, expected) in zip(n, [x, a, b, c, d, e, d + e]) {
                assertClose(node.value, expected, 1e-14, "value of \(node.label) at \(x)")
            }
            // The slide's local partials: ∂a/∂x = 2x, ∂b/∂a = exp(a), ∂c/∂a = ∂c/∂b = 1,
            // ∂d/∂c = 1/(2√c), ∂e/∂c = −sin c, ∂f/∂d = ∂f/∂e = 1.
            assertClose(n[1].partials[0], 2 * x, 1e-14)
            assertClose(n[2].partials[0], exp(a), 1e-14)
            XCTAssertEqual(n[3].partials, [1, 1])
            assertClose(n[4].partials[0], 1 / (2 * sqrt(c)), 1e-14)
            assertClose(n[5].partials[0], -sin(c), 1e-14)
            XCTAssertEqual(n[6].partials, [1, 1])

            // df/dx = (1/(2√u) − sin u)·(2x + 2x·exp(x²)), u = x² + exp(x²).
            let u = x * x + exp(x * x)
            let derivative = (1 / (2 * sqrt(u)) - sin(u)) * (2 * x + 2 * x * exp(x * x))
            XCTAssertEqual(n[6].adjoint, 1)
            XCTAssertEqual(n[0].adjoint, derivative, accuracy: 1e-12 * abs(derivative), "f′(\(x))")
            XCTAssertEqual(graph.gradient.count, 1)
            XCTAssertEqual(graph.gradient[0], n[0].adjoint)
            // Intermediate adjoints by hand: ∂f/∂c = 1/(2√c) − sin c, ∂f/∂a = ∂f/∂c·(1 + exp a).
            let dc = 1 / (2 * sqrt(c)) - sin(c)
            XCTAssertEqual(n[3].adjoint, dc, accuracy: 1e-14 * max(1, abs(dc)))
            XCTAssertEqual(n[2].adjoint, dc, accuracy: 1e-14 * max(1, abs(dc)))
            XCTAssertEqual(n[1].adjoint, dc * (1 + b), accuracy: 1e-13 * max(1, abs(dc * (1 + b))))
            XCTAssertEqual(n[4].adjoint, 1)
            XCTAssertEqual(n[5].adjoint, 1)

            // Reverse mode agrees with second-order forward mode.
            let jet = Objective(expression, dimension: 1).jet(at: Point2(x, 0))
            XCTAssertEqual(n[0].adjoint, jet.gx, accuracy: 1e-12 * abs(jet.gx))
            XCTAssertEqual(graph.output?.value, jet.value)
            assertAdjointsConsistent(graph)
        }
    }

    // MARK: - Two variables: reverse mode equals forward mode

    func testTwoDimensionalGradientsMatchJet2() throws {
        let sources = [
            "x^2*y + y",
            "(x^2 + y - 11)^2 + (x + y^2 - 7)^2",
            "(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2",
            "sin(x*y) + exp(x - y)/(1 + y^2)",
            "x^y + log(x)*sqrt(y)",
            "-x/y + abs(x) - tanh(y) + tan(x*y/3)",
            "x*x - 2*x*y + y*y",
            "a*x^2 + b*y^2 + pi",
            "(x - 1)^-1 + y^0.5",
        ]
        let points = [Point2(0.3, 0.8), Point2(1.7, 0.45), Point2(2.5, 1.9), Point2(0.05, 3.1)]
        for source in sources {
            let expression = try MathExpression.parse(source, variables: ["x", "y"],
                                                      parameters: ["a": 3, "b": 0.5])
            let objective = Objective(expression, dimension: 2)
            for p in points {
                let graph = ComputationGraph.build(expression, at: [p.x, p.y])
                let jet = objective.jet(at: p)
                let what = "\(source) at \(p)"
                XCTAssertEqual(graph.gradient.count, 2)
                // Same elementary derivatives, different order of sums: 1e-12 relative to the
                // gradient's size.
                let size = max(1, abs(jet.gx), abs(jet.gy))
                XCTAssertEqual(graph.gradient[0], jet.gx, accuracy: 1e-12 * size, "∂x, " + what)
                XCTAssertEqual(graph.gradient[1], jet.gy, accuracy: 1e-12 * size, "∂y, " + what)
                assertClose(graph.output?.value ?? .nan, jet.value, 1e-14, what)
                for (k, name) in ["x", "y"].enumerated() {
                    if let node = graph.nodes.first(where: { $0.isVariable && $0.operation == name }) {
                        XCTAssertEqual(node.adjoint, graph.gradient[k], what)
                        XCTAssertEqual(node.value, k == 0 ? p.x : p.y)
                    }
                }
                assertAdjointsConsistent(graph)
            }
        }
    }

    // MARK: - Details

    /// x * x uses one node twice: two operands, one edge, adjoint 2x.
    func testRepeatedOperand() throws {
        let graph = ComputationGraph.build(try MathExpression.parse("x*x", variables: ["x"]), at: [3])
        XCTAssertEqual(graph.nodes.count, 2)
        XCTAssertEqual(graph.nodes[1].inputs, [0, 0])
        XCTAssertEqual(graph.nodes[1].partials, [3, 3])
        XCTAssertEqual(graph.edges, [ComputationGraph.Edge(from: 0, to: 1)])
        XCTAssertEqual(graph.gradient, [6])
        assertAdjointsConsistent(graph)
    }

    func testUnusedVariableAndNamedConstants() throws {
        let expression = try MathExpression.parse("a*x^2 + pi", variables: ["x", "y"], parameters: ["a": 3])
        let graph = ComputationGraph.build(expression, at: [2, 5])
        XCTAssertEqual(graph.gradient, [12, 0], "y is not used")
        XCTAssertFalse(graph.nodes.contains { $0.operation == "y" })
        let constants = graph.nodes.filter { $0.operation == "const" }
        XCTAssertEqual(Set(constants.map(\.label)), ["a", "π"])
        XCTAssertTrue(constants.allSatisfy { $0.inputs.isEmpty && !$0.isVariable })
        XCTAssertTrue(graph.nodes.contains { $0.label == "a × ·" })
        assertAdjointsConsistent(graph)
    }

    func testLabels() throws {
        func labels(_ source: String) throws -> [String] {
            ComputationGraph.build(try MathExpression.parse(source, variables: ["x", "y"]), at: [1, 2])
                .nodes.map(\.label)
        }
        XCTAssertEqual(try labels("x*y"), ["x", "y", "x × y"])
        XCTAssertEqual(try labels("x^3 - 2"), ["x", "x³", "2", "· − 2"])
        XCTAssertEqual(try labels("(x + y)^-1"), ["x", "y", "x + y", "(·)⁻¹"])
        XCTAssertEqual(try labels("x^0.5 / abs(y)"), ["x", "x^0.5", "y", "|y|", "· / ·"])
        XCTAssertEqual(try labels("x^y"), ["x", "y", "x^y"])
        XCTAssertEqual(try labels("-sqrt(x)"), ["x", "√x", "−·"])
    }

    /// Outside a function's domain the graph holds NaN, it does not trap.
    func testNaNPropagates() throws {
        let expression = try MathExpression.parse("sqrt(x) + x", variables: ["x"])
        let graph = ComputationGraph.build(expression, at: [-1])
        XCTAssertTrue(graph.output?.value.isNaN ?? false)
        XCTAssertTrue(graph.gradient[0].isNaN)
        XCTAssertTrue(Objective(expression, dimension: 1).jet(at: Point2(-1, 0)).gx.isNaN, "as in forward mode")
    }
}
