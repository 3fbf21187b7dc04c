import GDVizEngine
import GDVizScene

/// A computation-graph panel: the nodes of f's expression left to right in evaluation order, each
/// with its definition, forward value and reverse-mode adjoint (see ``ComputationGraphLayout``).
package struct ComputationGraphPanel: PanelDrawing {
    package var graph: ComputationGraph
    /// Label each edge with ∂(consumer)/∂(operand).
    package var partials: Bool
    /// Significant digits of every number shown.
    package var digits: Int

    package init(graph: ComputationGraph, partials: Bool = false, digits: Int = 4) {
        self.graph = graph
        self.partials = partials
        self.digits = digits
    }

    /// The layout inside `rect` (what `draw` draws).
    func layout(in rect: DeviceRect, canvas: Canvas) -> ComputationGraphLayout {
        ComputationGraphLayout(graph, in: rect.insetBy(dx: 6, dy: 6), partials: partials, digits: digits,
                    text: TextLayout(canvas: canvas))
    }

    package func draw(in rect: DeviceRect, canvas: Canvas, theme: Theme) {
        let layout = layout(in: rect, canvas: canvas)
        let style = ComputationGraphStyle(theme)
        let s = layout.scale, m = layout.metrics

        let edgeStroke = StrokeStyle(color: style.edge, width: 1.3 * max(s, 0.6), cap: .round)
        for edge in layout.edges {
            canvas.stroke(edge.path, style: edgeStroke)
            let l = m.arrowLength * s, w = m.arrowWidth * s / 2
            canvas.fill(.polyline([edge.tip, Point2(edge.tip.x - l, edge.tip.y - w),
                                   Point2(edge.tip.x - l, edge.tip.y + w)], closed: true), color: style.edge)
        }
        for edge in layout.edges {
            guard let label = edge.label else { continue }
            let halo = label.rect.insetBy(dx: -3 * s, dy: -1 * s)
            canvas.fill(Self.roundedRect(halo, radius: 3 * s), color: theme.background)
            label.box.draw(on: canvas, at: label.origin, color: style.partial)
        }
        for node in layout.nodes {
            let path = Self.roundedRect(node.rect, radius: m.cornerRadius * s)
            let look = style.node(node.role)
            canvas.withPaintRole(.backdrop) { canvas.fill(path, color: look.fill) }
            canvas.stroke(path, style: StrokeStyle(color: look.stroke, width: look.width * max(s, 0.6)))
            for line in node.lines {
                line.box.draw(on: canvas, at: line.origin, color: style.color(line.kind, foreground: theme.foreground))
            }
        }
        for line in layout.key {
            line.box.draw(on: canvas, at: line.origin, color: style.color(line.kind, foreground: theme.foreground))
        }
    }

    /// A rectangle with circular corners of `radius` (at most half the shorter side).
    static func roundedRect(_ r: DeviceRect, radius: Double) -> Path {
        let q = min(radius, r.width / 2, r.height / 2)
        let k = 0.5522847498307936 * q
        var p = Path()
        p.move(to: Point2(r.minX + q, r.minY))
        p.line(to: Point2(r.maxX - q, r.minY))
        p.curve(to: Point2(r.maxX, r.minY + q), control1: Point2(r.maxX - q + k, r.minY), control2: Point2(r.maxX, r.minY + q - k))
        p.line(to: Point2(r.maxX, r.maxY - q))
        p.curve(to: Point2(r.maxX - q, r.maxY), control1: Point2(r.maxX, r.maxY - q + k), control2: Point2(r.maxX - q + k, r.maxY))
        p.line(to: Point2(r.minX + q, r.maxY))
        p.curve(to: Point2(r.minX, r.maxY - q), control1: Point2(r.minX + q - k, r.maxY), control2: Point2(r.minX, r.maxY - q + k))
        p.line(to: Point2(r.minX, r.minY + q))
        p.curve(to: Point2(r.minX + q, r.minY), control1: Point2(r.minX, r.minY + q - k), control2: Point2(r.minX + q - k, r.minY))
        p.close()
        return p
    }
}

/// Colours of a graph panel for each theme: inputs blue, the output orange, values blue and
/// adjoints red (the print theme uses greys and tells them apart by v and v̄ alone).
struct ComputationGraphStyle {
    struct NodeLook {
        var fill: Color
        var stroke: Color
        var width: Double
    }

    var input: NodeLook
    var inner: NodeLook
    var output: NodeLook
    var edge: Color
    var value: Color
    var adjoint: Color
    var partial: Color

    init(_ theme: Theme) {
        if theme.forcesGreyscale {
            input = NodeLook(fill: Color(hex: 0xEDEDED), stroke: .black, width: 1.6)
            inner = NodeLook(fill: .white, stroke: Color(hex: 0x444444), width: 1.1)
            output = NodeLook(fill: Color(hex: 0xD9D9D9), stroke: .black, width: 2.2)
            edge = Color(hex: 0x555555)
            value = .black
            adjoint = .black
            partial = Color(hex: 0x333333)
        } else if theme.background.r + theme.background.g + theme.background.b < 1.5 {
            input = NodeLook(fill: Color(hex: 0x1D3350), stroke: Color(hex: 0x6FA8E8), width: 1.6)
            inner = NodeLook(fill: Color(hex: 0x26292E), stroke: Color(hex: 0x8A8F96), width: 1.1)
            output = NodeLook(fill: Color(hex: 0x4A3219), stroke: Color(hex: 0xF0A050), width: 1.8)
            edge = Color(hex: 0x9AA0A8)
            value = Color(hex: 0x8CC4FF)
            adjoint = Color(hex: 0xFF8C7A)
            partial = Color(hex: 0xC8CCD2)
        } else {
            input = NodeLook(fill: Color(hex: 0xE4EEFA), stroke: Color(hex: 0x2B5C9E), width: 1.6)
            inner = NodeLook(fill: Color(hex: 0xFAFAFA), stroke: Color(hex: 0x6B6B6B), width: 1.1)
            output = NodeLook(fill: Color(hex: 0xFDE9D4), stroke: Color(hex: 0xC2601A), width: 1.8)
            edge = Color(hex: 0x707070)
            value = Color(hex: 0x1F4E96)
            adjoint = Color(hex: 0xB0222E)
            partial = Color(hex: 0x444444)
        }
    }

    func node(_ role: ComputationGraphLayout.Role) -> NodeLook {
        switch role {
        case .input: return input
        case .inner: return inner
        case .output: return output
        }
    }

    func color(_ kind: ComputationGraphLayout.LineKind, foreground: Color) -> Color {
        switch kind {
        case .definition: return foreground
        case .value: return value
        case .adjoint: return adjoint
        case .partial: return partial
        }
    }
}

extension ComputationGraphLayerSpec.Evaluated: DrawableLayer {
    /// Scenes draw graphs as panels (Scene.drawnPanels), never inside data axes.
    func figureLayer(_ context: FigureLayerContext) throws -> FigureLayer {
        throw RenderError.unsupported(#"a "graph" layer cannot be drawn inside a plot; use a {"type": "graph"} panel"#)
    }
}

extension ComputationGraphPanelSpec.Evaluated: DrawablePanel {
    func panel(_ context: FigureLayerContext) -> Panel {
        var result = Panel(domain: context.evaluated.scene.domain, title: title, xLabel: "", yLabel: "", layers: [])
        result.custom = ComputationGraphPanel(graph: graph.graph, partials: graph.spec.partials, digits: graph.spec.digits)
        return result
    }
}
