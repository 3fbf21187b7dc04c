import GDVizEngine
import GDVizScene

/// A map ℝ² → ℝ²: the domain's grid in light grey, its image in colour, and at a point a small
/// square (orange), its exact image (orange) and its image under the Jacobian (dashed), with the
/// Jacobian written as a matrix.
struct GridMapLayer: FigureLayer {
    var evaluated: GridMapLayerSpec.Evaluated
    var color: Color
    var theme: Theme

    private var showsGrid: Bool { evaluated.spec.show != .image }
    private var showsImage: Bool { evaluated.spec.show != .grid }
    private var squareColor: Color { theme.forcesGreyscale ? theme.foreground : theme.legible(Color(hex: 0xFF7F0E)) }
    private var linearStyle: StrokeStyle {
        StrokeStyle(color: theme.foreground, width: 1.5, dash: [5, 3], join: .miter)
    }

    func draw(in context: PlotContext) {
        let device = context.transform.device
        if showsGrid {
            // The undeformed grid is a faint reference under the image, like a plot's grid lines.
            let style = StrokeStyle(color: Color(hex: 0xA8A8A8), width: 0.8)
            context.canvas.withPaintRole(.decoration) {
                for line in evaluated.grid { context.canvas.stroke(.polyline(line.map(device)), style: style) }
            }
        }
        if showsImage {
            let style = StrokeStyle(color: color, width: 1.1, join: .round)
            for line in evaluated.image {
                // A line through a point where the map is undefined is drawn in its finite pieces.
                for piece in Self.finitePieces(line) where piece.count > 1 {
                    context.canvas.stroke(.polyline(piece.map(device)), style: style)
                }
            }
        }
        let fill = squareColor.withAlpha(0.35), edge = StrokeStyle(color: squareColor, width: 1.4, join: .miter)
        if showsGrid, evaluated.square.count > 2 {
            let path = Path.polyline(evaluated.square.map(device), closed: true)
            context.canvas.withPaintRole(.backdrop) { context.canvas.fill(path, color: fill) }
            context.canvas.stroke(path, style: edge)
        }
        if showsImage, evaluated.squareImage.count > 2, evaluated.squareImage.allSatisfy(\.isFinite) {
            let path = Path.polyline(evaluated.squareImage.map(device), closed: true)
            context.canvas.withPaintRole(.backdrop) { context.canvas.fill(path, color: fill) }
            context.canvas.stroke(path, style: edge)
            context.canvas.stroke(.polyline(evaluated.linearImage.map(device), closed: true), style: linearStyle)
            if evaluated.spec.jacobianLabel, let text = jacobianText, let anchor = evaluated.linearImage.map(device)
                .max(by: { $0.x < $1.x }) {
                _ = CalculusDrawing.label(text, beside: anchor, direction: Point2(1, -0.3), gap: 8,
                                          color: theme.foreground, in: context)
            }
        }
    }

    /// `$J = \begin{bmatrix} a & b \\ c & d \end{bmatrix}$` with entries to 2 decimals.
    var jacobianText: String? {
        guard let j = evaluated.jacobian, j.allSatisfy({ $0.allSatisfy(\.isFinite) }) else { return nil }
        let rows = j.map { $0.map(Self.short).joined(separator: " & ") }.joined(separator: " \\\\ ")
        return "$J = \\begin{bmatrix} \(rows) \\end{bmatrix}$"
    }

    /// A number to at most 2 decimals, without trailing zeros ("1.5", "-0.25", "3").
    static func short(_ x: Double) -> String {
        let r = (x * 100).rounded() / 100
        if r == r.rounded(), abs(r) < 1e15 { return String(Int(r)) }
        var text = String(r)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    static func finitePieces(_ line: [Point2]) -> [[Point2]] {
        var pieces: [[Point2]] = [[]]
        for p in line {
            if p.isFinite { pieces[pieces.count - 1].append(p) } else if !(pieces.last?.isEmpty ?? true) { pieces.append([]) }
        }
        return pieces
    }

    var legendEntries: [LegendEntry] {
        var entries: [LegendEntry] = []
        if showsImage, let label = evaluated.spec.label {
            entries.append(LegendEntry(label: label, key: .line(StrokeStyle(color: color, width: 1.1), marker: nil)))
        }
        if showsImage, !evaluated.linearImage.isEmpty {
            entries.append(LegendEntry(label: "Jacobian image of the square", key: .line(linearStyle, marker: nil)))
        }
        return entries
    }

    func inkLines(in context: PlotContext) -> [(line: [Point2], weight: Double)] {
        (showsImage ? evaluated.image : []).map { ($0.map(context.transform.device), LineInk.flow) }
    }

    func dataPoints(in context: PlotContext) -> [(point: Point2, weight: Double)] {
        let shown = (showsImage ? evaluated.squareImage + evaluated.linearImage : []) + (showsGrid ? evaluated.square : [])
        return shown.filter(\.isFinite).map { (context.transform.device($0), 2.0) }
            + (showsImage ? evaluated.image : []).flatMap { line in
                stride(from: 0, to: line.count, by: 6).compactMap { line[$0].isFinite ? (context.transform.device(line[$0]), 0.3) : nil }
            }
    }
}

extension GridMapLayerSpec.Evaluated: DrawableLayer {
    func figureLayer(_ context: FigureLayerContext) -> FigureLayer {
        GridMapLayer(evaluated: self, color: context.color(spec.color, default: 0x1F77B4), theme: context.theme)
    }
}
