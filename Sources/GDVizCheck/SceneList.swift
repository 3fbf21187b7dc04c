import Foundation
import GDVizScene

/// Scene arguments as people type them: a folder means the `*.json` files directly in it,
/// sorted by name; a file is taken as given (its problems are reported when it is read).
package enum SceneList {
    package static func expand(_ arguments: [String]) throws(UsageError) -> [String] {
        var scenes: [String] = []
        for argument in arguments {
            guard OutputSafety.nonRegularKind(argument) == "a folder" else {
                scenes.append(argument)
                continue
            }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: argument)) ?? []
            let found = entries.filter { $0.lowercased().hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
                .map { PathText.join(argument, $0) }
                .filter { OutputSafety.nonRegularKind($0) == nil }
            guard !found.isEmpty else { throw UsageError("the folder \(argument) has no .json scene files") }
            scenes += found
        }
        return scenes
    }
}
