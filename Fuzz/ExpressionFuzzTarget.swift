// libFuzzer entry point for the expression parser, compiled into the GDVizEngine module by
// scripts/fuzz.sh (not part of Package.swift). Any crash, trap or sanitizer report is a bug:
// every input must parse to an expression or throw an ExpressionError.

@_cdecl("LLVMFuzzerTestOneInput")
public func expressionFuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let expression: MathExpression
    do {
        expression = try MathExpression.parse(source, variables: ["x", "y"], parameters: ["a": 1.5, "b": -2])
    } catch {
        _ = error.caretDiagram
        return 0
    }
    _ = expression.usedVariables
    _ = expression.tree.depth
    _ = expression.tree.description.count
    for point in [[0.0, 0.0], [1.25, -0.5], [-1e308, 1e-310], [.nan, .infinity]] {
        _ = expression.value(at: point)
        let jet = Objective(expression, dimension: 2).jet(at: Point2(point[0], point[1]))
        _ = jet.value + jet.gx + jet.hxx
    }
    if expression.program.instructions.count <= 200 {
        let graph = ComputationGraph.build(expression, at: [0.5, -0.25])
        _ = graph.nodes.map(\.label)
    }
    return 0
}
