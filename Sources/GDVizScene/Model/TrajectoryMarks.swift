/// Which iterates of a trajectory get a marker or a step number (`"markers"`, `"step_numbers"`).
package enum TrajectoryMarks: Sendable, Equatable {
    /// None.
    case none
    /// Every iterate.
    case all
    /// Thinned so that marks stay a few pixels apart on the page (decided when drawing).
    case auto
    /// Every k-th iterate, k ≥ 1.
    case every(Int)

    /// The setting's type in the key tables.
    static let settingType = SettingType.oneOf([.boolean, .choice(["auto"]), .integer(everyRange)])
    static let everyRange = 1...1_000_000

    package var isShown: Bool { self != .none }
}

extension SceneReader {
    /// `true`, `false`, `"auto"` or a positive integer k. `trueMeans` is what `true` asks for:
    /// every iterate for markers, thinned for step numbers (numbers never pile up).
    func trajectoryMarks(_ value: JSONValue, at path: JSONPath, trueMeans: TrajectoryMarks) -> TrajectoryMarks? {
        switch value {
        case .bool(let on): return on ? trueMeans : TrajectoryMarks.none
        case .string("auto"): return .auto
        case .number:
            return integer(value, at: path, in: TrajectoryMarks.everyRange).map { TrajectoryMarks.every($0) }
        default:
            expected(#"true, false, "auto" or a whole number k (every k-th iterate)"#, got: value, at: path)
            return nil
        }
    }
}
