import GDVizEngine

/// The figure's frame: `"size"`, `"domain"` and `"axes"`.
extension SceneReader {
    static let sizeKeys = SceneKeys.size.map(\.name)
    static let domainKeys = SceneKeys.domain.map(\.name)
    static let axesKeys = SceneKeys.axes.map(\.name)

    /// Width and height in device units (points), and whether either was given in a physical
    /// unit (cm, mm, in, pt), which makes the default text size that of a 10 pt document.
    func readSize(_ value: JSONValue?, at path: JSONPath) -> (width: Double, height: Double, physical: Bool) {
        let fallback = (Double(SceneDefaults.width), Double(SceneDefaults.height), false)
        guard let value else { return fallback }
        guard let size = members(of: value, at: path, allowed: Self.sizeKeys,
                                 expected: #"an object {"width": 800, "height": 600} or {"width": "12cm", "height": "8cm"}"#)
        else { return fallback }
        let read = { (value: JSONValue, path: JSONPath) -> Double? in
            if case .string = value {
                return self.length(value, at: path, in: SceneDefaults.lengthRange, example: "12cm")
            }
            guard case .number = value else {
                self.expected("a number of pixels or a length such as \"12cm\" (cm, mm, in, pt, px)", got: value, at: path)
                return nil
            }
            return self.integer(value, at: path, in: SceneDefaults.sizeRange).map(Double.init)
        }
        let physical = [size["width"], size["height"]].contains { value in
            if case .string(let text) = value { return Length.isPhysical(text) }
            return false
        }
        return (optional(size, "width", in: path, default: Double(SceneDefaults.width), read),
                optional(size, "height", in: path, default: Double(SceneDefaults.height), read), physical)
    }

    /// `"font_size"`: a positive number of pixels or a length, within ``SceneDefaults/fontSizeRange``.
    func fontSize(_ value: JSONValue, at path: JSONPath) -> Double? {
        let range = SceneDefaults.fontSizeRange
        if case .string = value { return length(value, at: path, in: range, example: "10pt") }
        guard case .number(let number) = value, number.isFinite, range.contains(number) else {
            expected("a size from \(Self.points(range.lowerBound)) to \(Self.points(range.upperBound)) pt, "
                     + "as a number or with a unit (\"10pt\")", got: value, at: path)
            return nil
        }
        return number
    }

    /// A length string (`"12cm"`) in points, within `range` (points).
    func length(_ value: JSONValue, at path: JSONPath, in range: ClosedRange<Double>, example: String) -> Double? {
        guard case .string(let text) = value, let points = Length.points(text) else {
            var hint = ""
            if case .string(let text) = value, text.hasPrefix("-") { hint = " (a length cannot be negative)" }
            expected("a length such as \"\(example)\": a number and one of the units cm, mm, in, pt, px", got: value,
                     at: path, hint: hint)
            return nil
        }
        guard range.contains(points) else {
            report(path, "expected a length from \(Self.points(range.lowerBound)) pt (\(Self.centimetres(range.lowerBound)) cm) "
                   + "to \(Self.points(range.upperBound)) pt (\(Self.centimetres(range.upperBound)) cm), got \(value.summary) "
                   + "= \(Self.points(points)) pt")
            return nil
        }
        return points
    }

    private static func points(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    private static func centimetres(_ points: Double) -> String {
        Self.points(points * 2.54 / 72)
    }

    /// In 1-D the y range is optional and NaN means "automatic"; see ``Scene/domain``.
    /// With a `fallback` (a built-in test function's usual region) the domain and each of its
    /// ranges are optional: what the file leaves out comes from the fallback.
    func readDomain(_ value: JSONValue?, at path: JSONPath, dimension: Int, fallback: Domain? = nil) -> Domain {
        let example = dimension == 1 ? #"{"x": [-4, 4]}"# : #"{"x": [-4, 4], "y": [-2, 2]}"#
        if let fallback, value == nil { return fallback }
        var x = fallback.map { $0.xMin...$0.xMax } ?? -1.0...1.0
        var y: ClosedRange<Double>? = fallback.map { $0.yMin...$0.yMax } ?? (dimension == 2 ? -1.0...1.0 : nil)
        guard let value else {
            missing(path, expected: "the plotted region, e.g. \(example)")
            return Self.domain(x: x, y: y)
        }
        guard let domain = members(of: value, at: path, allowed: Self.domainKeys,
                                   expected: "an object such as \(example)")
        else { return Self.domain(x: x, y: y) }

        if let xValue = domain["x"] {
            x = interval(xValue, at: path.key("x")) ?? x
        } else if fallback == nil {
            missing(path.key("x"), expected: "an array of 2 numbers [min, max]")
        }
        if let yValue = domain["y"] {
            y = interval(yValue, at: path.key("y")) ?? y
        } else if dimension == 2, fallback == nil {
            missing(path.key("y"), expected: "an array of 2 numbers [min, max] (a 2-D scene needs a y range)")
        }
        return Self.domain(x: x, y: y)
    }

    private static func domain(x: ClosedRange<Double>, y: ClosedRange<Double>?) -> Domain {
        Domain(xMin: x.lowerBound, xMax: x.upperBound,
               yMin: y?.lowerBound ?? .nan, yMax: y?.upperBound ?? .nan)
    }

    /// `labels` replaces the default `$x$`, `$y$` / `$f(x)$` (least squares labels its parameters).
    func readAxes(_ value: JSONValue?, at path: JSONPath, dimension: Int,
                  labels: (x: String, y: String)? = nil) -> AxesOptions {
        var axes = AxesOptions.defaults(dimension: dimension)
        if let labels {
            axes.xLabel = labels.x
            axes.yLabel = labels.y
        }
        guard let value, let members = members(of: value, at: path, allowed: Self.axesKeys) else { return axes }
        axes.xLabel = optional(members, "x_label", in: path, default: axes.xLabel, text)
        axes.yLabel = optional(members, "y_label", in: path, default: axes.yLabel, text)
        axes.equalAspect = optional(members, "equal_aspect", in: path, default: axes.equalAspect, bool)
        axes.grid = optional(members, "grid", in: path, default: axes.grid, bool)
        return axes
    }
}
