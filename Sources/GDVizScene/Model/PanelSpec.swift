import GDVizEngine

/// What an iteration panel plots against the step t.
public enum IterationQuantity: String, Sendable, CaseIterable, Codable {
    /// f(x_t).
    case value
    /// f(x_t) − f*, with f* the smallest minimum the engine finds (or the smallest value reached).
    case gap
    /// ‖∇f(x_t)‖.
    case gradientNorm = "gradient_norm"
}

/// Axis scales of an iteration panel: `log` makes the quantity axis logarithmic, `loglog` both.
public enum IterationScale: String, Sendable, CaseIterable, Codable {
    case linear, log, loglog
}

/// One panel of a multi-panel figure.
public enum PanelSpec: Sendable, Equatable {
    /// A plot of the function with its own layers; `domain` overrides the scene's when given.
    case plot(title: String?, layers: [LayerSpec], domain: Domain?)
    /// Convergence curves, one per run, against the step t.
    case iterations(title: String?, quantity: IterationQuantity, scale: IterationScale, runLabels: [String]?)
    /// The graph of f as a shaded 3-D surface (2-D scenes only).
    case surface(SurfacePanelSpec)
    /// The computation graph of f at a point, with forward values and reverse-mode adjoints.
    case graph(title: String?, GraphLayerSpec)

    public var title: String? {
        switch self {
        case .plot(let title, _, _), .iterations(let title, _, _, _): return title
        case .surface(let spec): return spec.title
        case .graph(let title, _): return title
        }
    }

    public static func == (a: PanelSpec, b: PanelSpec) -> Bool {
        switch (a, b) {
        case let (.plot(t1, l1, d1), .plot(t2, l2, d2)):
            return t1 == t2 && l1 == l2 && d1?.description == d2?.description
        case let (.iterations(t1, q1, s1, r1), .iterations(t2, q2, s2, r2)):
            return t1 == t2 && q1 == q2 && s1 == s2 && r1 == r2
        case let (.surface(s1), .surface(s2)):
            return s1 == s2
        case let (.graph(t1, g1), .graph(t2, g2)):
            return t1 == t2 && g1 == g2
        default:
            return false
        }
    }
}

/// Colours of the whole figure.
public enum ThemeName: String, Sendable, CaseIterable, Codable {
    /// White background (the default).
    case light
    /// Dark background for slides.
    case dark
    /// Black on white with greyscale-safe colour maps and dash patterns.
    case print
}

extension Domain {
    var description: String { "\(xMin) \(xMax) \(yMin) \(yMax)" }
}
