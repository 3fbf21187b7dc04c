/// The values a scene gets for keys it leaves out, and the accepted ranges.
/// docs/scenes.md quotes these; keep the two in step.
package enum SceneDefaults {
    /// The only scene format version.
    package static let version = 1
    /// 800 × 600 is a 4:3 slide figure.
    package static let width = 800
    package static let height = 600
    package static let sizeRange = 100...8000
    /// Sizes with a unit ("12cm") may be smaller than a bare number: a 2 cm thumbnail is 57 pt.
    package static let lengthRange = 50.0...8000.0

    /// Axis labels of an 800-unit figure are 18 units: legible on a slide at the back of a room.
    package static let fontSize = 18.0
    /// With a physical size (cm, mm, in, pt) the text defaults to the body size of a 10 pt document.
    package static let physicalFontSize = 10.0
    package static let fontSizeRange = 4.0...72.0

    /// 200 samples per axis resolve the contours of typical lecture functions smoothly in a
    /// fraction of a second.
    package static let resolution = 200
    package static let resolutionRange = 10...2000

    package static let learningRate = 0.1
    package static let maxSteps = 100
    package static let maxStepsRange = 0...1_000_000
    package static let tolerance = 1e-6

    /// The stochastic optimizers' shuffle seed. Any whole number a JSON double holds exactly.
    package static let seed: UInt64 = 0
    /// `"repeat"`: seeds per stochastic run. 100 bounds the work (charged in SceneBudget too).
    static let repeatRange = 1...100
    package static let seedRange = 0...(1 << 53)
    /// One sample per step: SGD, and PyTorch's `DataLoader` default.
    package static let batchSize = 1
    package static let batchSizeRange = 1...1_000_000
    /// Least-squares data sets: every point is a term of the loss expression, evaluated at every
    /// contour sample (200² by default), so the size is capped where that stays about a second.
    package static let dataPointRange = 1...1000

    package static let contourLevelCount = 12
    package static let contourLevelCountRange = 2...200
    package static let contourLineWidth = 1.0
    /// Contour labels from barely legible to headline size, in device units.
    package static let contourLabelSizeRange = 4.0...72.0
    package static let curveLineWidth = 1.5

    /// Computation graphs show 4 significant digits (1.284, 0.5307): enough to check a chain-rule
    /// product by hand, short enough to keep the nodes narrow.
    package static let graphDigits = 4
    package static let graphDigitsRange = 2...8

    /// The expression variables of a scene of this dimension.
    package static func variables(dimension: Int) -> [String] {
        dimension == 1 ? ["x"] : ["x", "y"]
    }
}
