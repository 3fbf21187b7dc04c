/// How long and how deeply nested an expression may be.
///
/// The parser is recursive descent, one level of native recursion per level of nesting
/// (parentheses, function calls, signs, powers), so the depth limit is what keeps hostile input
/// such as 100 000 nested parentheses from overflowing the stack; everything after parsing works
/// on flat arrays and has no depth limit. The length limit keeps compile and evaluation costs of
/// a single expression bounded (a 10 000-character expression has at most ~5 000 operations).
public struct ExpressionLimits: Sendable, Equatable {
    /// Maximum number of Unicode scalars in the source.
    public var maxLength: Int
    /// Maximum nesting of parentheses, function calls, signs and powers.
    public var maxDepth: Int

    public init(maxLength: Int, maxDepth: Int) {
        self.maxLength = maxLength
        self.maxDepth = maxDepth
    }

    /// What a scene author may write: 10 000 characters, 100 levels.
    public static let scene = ExpressionLimits(maxLength: 10_000, maxDepth: 100)

    /// Text gdviz builds itself (a least-squares loss summed over its samples): the length is
    /// bounded by the sample budget instead; the depth adds log₂(samples) to a scene expression's.
    public static let generated = ExpressionLimits(maxLength: Int.max, maxDepth: 256)
}
