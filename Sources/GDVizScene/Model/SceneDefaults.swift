/// The values a scene gets for keys it leaves out, and the accepted ranges.
/// docs/scenes.md quotes these; keep the two in step.
public enum SceneDefaults {
    /// The only scene format version.
    public static let version = 1
    /// 800 × 600 is a 4:3 slide figure.
    public static let width = 800
    public static let height = 600
    public static let sizeRange = 100...8000
    /// Sizes with a unit ("12cm") may be smaller than a bare number: a 2 cm thumbnail is 57 pt.
    public static let lengthRange = 50.0...8000.0

    /// Axis labels of an 800-unit figure are 18 units: legible on a slide at the back of a room.
    public static let fontSize = 18.0
    /// With a physical size (cm, mm, in, pt) the text defaults to the body size of a 10 pt document.
    public static let physicalFontSize = 10.0
    public static let fontSizeRange = 4.0...72.0

    /// 200 samples per axis resolve the contours of typical lecture functions smoothly in a
    /// fraction of a second.
    public static let resolution = 200
    public static let resolutionRange = 10...2000

    public static let learningRate = 0.1
    public static let maxSteps = 100
    public static let maxStepsRange = 0...1_000_000
    public static let tolerance = 1e-6

    /// The stochastic optimizers' shuffle seed. Any whole number a JSON double holds exactly.
    public static let seed: UInt64 = 0
    public static let seedRange = 0...(1 << 53)
    /// One sample per step: SGD, and PyTorch's `DataLoader` default.
    public static let batchSize = 1
    public static let batchSizeRange = 1...1_000_000
    /// Least-squares data sets: every point is a term of the loss expression, evaluated at every
    /// contour sample (200² by default), so the size is capped where that stays about a second.
    public static let dataPointRange = 1...1000

    public static let contourLevelCount = 12
    public static let contourLevelCountRange = 2...200
    public static let contourLineWidth = 1.0
    /// Contour labels from barely legible to headline size, in device units.
    public static let contourLabelSizeRange = 4.0...72.0
    public static let curveLineWidth = 1.5

    /// Computation graphs show 4 significant digits (1.284, 0.5307): enough to check a chain-rule
    /// product by hand, short enough to keep the nodes narrow.
    public static let graphDigits = 4
    public static let graphDigitsRange = 2...8

    /// The expression variables of a scene of this dimension.
    public static func variables(dimension: Int) -> [String] {
        dimension == 1 ? ["x"] : ["x", "y"]
    }
}
