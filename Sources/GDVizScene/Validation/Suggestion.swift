/// "Did you mean …?" for unknown keys and enum values.
package enum Suggestion {
    /// The candidate the user most likely meant by `word`, or `nil` if none is close.
    ///
    /// In order: the same word up to case, `_`, `-` and spaces (`maxSteps` → `max_steps`);
    /// a known synonym from ``SceneAliases`` (`learning_rate` → `lr`); the nearest candidate by
    /// Damerau–Levenshtein distance, at most 2 edits and at most a third of the candidate
    /// (`lable` → `label`, `contour` → `contours`); a shared prefix of 4 or more letters, or the whole
    /// of a 3-letter word (`trajectory` → `trajectories`, `res` → `resolution`).
    package static func closest(to word: String, among candidates: [String]) -> String? {
        let key = normalized(word)
        guard !key.isEmpty, !candidates.isEmpty else { return nil }
        if let same = candidates.first(where: { normalized($0) == key }) { return same }
        if let targets = SceneAliases.targets[key], let alias = targets.first(where: candidates.contains) {
            return alias
        }
        let typed = Array(key)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let target = Array(normalized(candidate))
            let d = distance(typed, target)
            guard d <= 2, d <= max(1, target.count / 3), d < typed.count else { continue }
            if best == nil || d < best!.distance { best = (candidate, d) }
        }
        if let best { return best.candidate }
        for candidate in candidates {
            let target = Array(normalized(candidate))
            let shared = zip(typed, target).prefix { $0 == $1 }.count
            if shared >= 4 || (shared >= 3 && shared == min(typed.count, target.count)) { return candidate }
        }
        return nil
    }

    /// `; did you mean "lr"?` or the empty string.
    static func clause(for word: String, among candidates: [String]) -> String {
        closest(to: word, among: candidates).map { "; did you mean \(JSONValue.quote($0))?" } ?? ""
    }

    /// Lowercased, without `_`, `-` and spaces.
    static func normalized(_ word: String) -> String {
        String(word.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " })
    }

    /// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
    /// neighbours each cost 1 (`lable` → `label` is 1).
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
