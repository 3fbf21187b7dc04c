/// The values a scene gets for keys it leaves out, and the accepted ranges.
/// docs/scenes.md quotes these; keep the two in step.
public enum SceneDefaults {
    /// The only scene format version.
    public static let version = 1
    /// 800 × 600 is a 4:3 slide figure.
    public static let width = 800
    public static let height = 600
    public static let sizeRange = 100...8000

    /// 200 samples per axis resolve the contours of typical lecture functions smoothly in a
    /// fraction of a second.
    public static let resolution = 200
    public static let resolutionRange = 10...2000

    public static let learningRate = 0.1
    public static let maxSteps = 100
    public static let maxStepsRange = 0...1_000_000
    public static let tolerance = 1e-6

    public static let contourLevelCount = 12
    public static let contourLevelCountRange = 2...200
    public static let contourLineWidth = 1.0
    public static let curveLineWidth = 1.5

    /// The expression variables of a scene of this dimension.
    public static func variables(dimension: Int) -> [String] {
        dimension == 1 ? ["x"] : ["x", "y"]
    }
}
