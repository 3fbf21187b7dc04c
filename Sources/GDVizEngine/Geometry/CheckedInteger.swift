extension Int {
    /// `Int(value)` (rounding toward zero) that cannot trap: NaN gives `nan`, and values beyond
    /// ±2⁵³ (including ±∞) are clamped to ±2⁵³, where doubles stop being exact integers.
    ///
    /// Every conversion of a computed `Double` to an index or count goes through this: a
    /// degenerate domain, a huge or tiny separation, or a NaN from f must give a wrong-looking
    /// picture or a validation error, never a crash.
    package static func checked(_ value: Double, nan: Int = 0) -> Int {
        guard !value.isNaN else { return nan }
        let limit = 9_007_199_254_740_992.0
        return Int(Swift.min(Swift.max(value, -limit), limit))
    }
}
