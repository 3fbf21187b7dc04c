import XCTest
import GDVizEngine
@testable import GDVizScene

/// Computation graphs in scene files: the `graph` panel, the top-level `graph` layer rule, the
/// trace, and the reader's errors.
final class ComputationGraphSceneTests: XCTestCase {
    private let seed = "sqrt(x^2 + exp(x^2)) + cos(x^2 + exp(x^2))"

    func testGraphPanelReadsEveryKey() throws {
        let scene = try XCTUnwrap(parseScene("""
            {"function": "\(seed)", "domain": {"x": [-2, 2]},
             "panels": [{"type": "graph", "title": "at $x = 0.5$", "at": [0.5], "partials": true, "digits": 3}]}
            """))
        XCTAssertEqual(scene.panels, [PanelSpec(ComputationGraphPanelSpec(title: "at $x = 0.5$", ComputationGraphLayerSpec(at: [0.5], partials: true, digits: 3)))])
        XCTAssertEqual(scene.drawnPanels, scene.panels)
    }

    func testGraphDefaults() throws {
        let scene = try XCTUnwrap(parseScene(scene2D(#""panels": [{"type": "graph", "at": [1, 2]}]"#)))
        XCTAssertEqual(scene.panels, [PanelSpec(ComputationGraphPanelSpec(title: nil, ComputationGraphLayerSpec(at: [1, 2], partials: false, digits: 4)))])
    }

    /// A scene whose only layer is a graph is one graph panel; with other layers, the plot of those
    /// comes first and the graph panel after it, side by side.
    func testTopLevelGraphLayerBecomesAPanel() throws {
        let only = try XCTUnwrap(parseScene("""
            {"function": "\(seed)", "domain": {"x": [-2, 2]}, "layers": [{"type": "graph", "at": [0.5]}]}
            """))
        XCTAssertEqual(only.panels, [])
        XCTAssertEqual(only.drawnPanels, [PanelSpec(ComputationGraphPanelSpec(title: nil, ComputationGraphLayerSpec(at: [0.5])))])
        XCTAssertEqual(only.columns, 1)

        let mixed = try XCTUnwrap(parseScene("""
            {"function": "\(seed)", "domain": {"x": [-2, 2]},
             "layers": [{"type": "curve"}, {"type": "graph", "at": [0.5], "partials": true}]}
            """))
        XCTAssertEqual(mixed.drawnPanels, [
            PanelSpec(PlotPanelSpec(layers: [LayerSpec(CurveLayerSpec())])),
            PanelSpec(ComputationGraphPanelSpec(title: nil, ComputationGraphLayerSpec(at: [0.5], partials: true))),
        ])
        XCTAssertEqual(mixed.columns, 2, "the plot and the graph side by side")

        let none = try XCTUnwrap(parseScene(scene2D()))
        XCTAssertEqual(none.drawnPanels, [PanelSpec(PlotPanelSpec(layers: none.layers))])
        XCTAssertEqual(none.columns, 1)
    }

    func testEvaluatedGraphPanelHasTheSeedsAdjoints() throws {
        let scene = try XCTUnwrap(parseScene("""
            {"function": "\(seed)", "domain": {"x": [-2, 2]}, "panels": [{"type": "graph", "at": [0.5]}]}
            """))
        let evaluated = SceneEvaluator.evaluate(scene)
        guard let panel = evaluated.panels.first as? ComputationGraphPanelSpec.Evaluated, panel.title == nil else { return XCTFail("no graph panel") }
        let spec = panel.graph.spec, graph = panel.graph.graph
        XCTAssertEqual(spec.at, [0.5])
        XCTAssertEqual(graph.nodes.count, 7)
        let x = 0.5, u = x * x + exp(x * x)
        let derivative = (1 / (2 * u.squareRoot()) - sin(u)) * (2 * x + 2 * x * exp(x * x))
        XCTAssertEqual(graph.gradient[0], derivative, accuracy: 1e-12 * abs(derivative))
    }

    /// `gdviz trace` reports the graph of a graph panel and of a top-level graph layer alike.
    func testGraphPanelAppearsInTheTrace() throws {
        for json in [
            #"{"function": "x*y + sin(x)", "domain": {"x": [-3, 3], "y": [-3, 3]}, "panels": [{"type": "graph", "at": [1, 2]}]}"#,
            #"{"function": "x*y + sin(x)", "domain": {"x": [-3, 3], "y": [-3, 3]}, "layers": [{"type": "graph", "at": [1, 2]}]}"#,
        ] {
            let scene = try XCTUnwrap(parseScene(json))
            let text = SceneTrace.json(for: SceneEvaluator.evaluate(scene)).text
            let trace = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            let graph = try XCTUnwrap(trace["graph"] as? [String: Any], json)
            let nodes = try XCTUnwrap(graph["nodes"] as? [[String: Any]])
            XCTAssertEqual(nodes.map { $0["operation"] as? String }, ["x", "y", "*", "sin", "+"])
            let gradient = try XCTUnwrap(graph["gradient"] as? [Double])
            XCTAssertEqual(gradient[0], 2 + cos(1), accuracy: 1e-12)
            XCTAssertEqual(gradient[1], 1, accuracy: 1e-12)
        }
    }

    func testGraphReaderErrors() {
        let issues = sceneIssues("""
            {"function": "\(seed)", "domain": {"x": [-2, 2]},
             "panels": [{"type": "graph", "at": [0.5, 1], "digits": 12, "partials": "yes", "partial": true},
                        {"type": "grahp", "at": [0.5]},
                        {"type": "graph"},
                        {"layers": [{"type": "curve"}, {"type": "graph", "at": [0.5]}]}]}
            """)
        XCTAssertEqual(issues.lines, [
            #"$.panels[0].partial: unknown key "partial"; did you mean "partials"?"#,
            "$.panels[0].at: expected an array of 1 number [x], got [0.5, 1]",
            #"$.panels[0].partials: expected true or false, got "yes""#,
            "$.panels[0].digits: expected an integer between 2 and 8, got 12",
            #"$.panels[1].type: expected one of "plot", "iterations", "surface", "graph", "data"; got "grahp"; did you mean "graph"?"#,
            "$.panels[2].at: missing; expected a point [x]",
            #"$.panels[3].layers[1].type: a computation graph is drawn as a panel of its own, not inside a plot; use {"type": "graph", "at": [...]} in "panels""#,
        ])
    }

    func testGraphLayerReaderErrors() {
        let issues = sceneIssues(scene2D(#""layers": [{"type": "graph", "at": [1], "digits": 1.5}]"#))
        XCTAssertEqual(issues.lines, [
            "$.layers[0].at: expected an array of 2 numbers [x, y], got [1]",
            "$.layers[0].digits: expected an integer between 2 and 8, got 1.5",
        ])
    }
}
