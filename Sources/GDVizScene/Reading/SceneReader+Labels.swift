/// Reads of drawn text. Every key whose string is drawn goes through ``text(_:at:)``, so a label
/// with a JSON escape mistake (`"\theta"` is a tab), an unknown macro or an unclosed `$` or `{`
/// stops the render with its path instead of being drawn wrong.
extension SceneReader {
    func text(_ value: JSONValue, at path: JSONPath) -> String? {
        guard let label = string(value, at: path) else { return nil }
        return checkedLabel(label, at: path)
    }

    func nonEmptyText(_ value: JSONValue, at path: JSONPath) -> String? {
        guard let label = nonEmptyString(value, at: path) else { return nil }
        return checkedLabel(label, at: path)
    }

    /// `label` if it typesets; otherwise reports why at `path` and returns nil.
    func checkedLabel(_ label: String, at path: JSONPath) -> String? {
        do {
            _ = try LabelSyntax.parse(label)
            return label
        } catch {
            report(path, error.message, detail: LabelSyntax.caretDiagram(label, error))
            return nil
        }
    }
}

extension SceneReader {
    /// An array of labels, exactly `count` of them when a count is given.
    func texts(_ value: JSONValue, at path: JSONPath, count: Int?) -> [String]? {
        guard let items = strings(value, at: path, count: count) else { return nil }
        let checked = items.enumerated().compactMap { checkedLabel($1, at: path.index($0)) }
        return checked.count == items.count ? checked : nil
    }
}
