/// Path arithmetic on plain strings. Foundation's `NSString` path methods trap on some
/// one-character names on Linux (`-o x`, `-o -` crashed gdviz), so gdviz splits paths itself.
package enum PathText {
    /// `a/b/c.png` → `c.png`; `a/b/` → `b`; `/` → `/`.
    package static func lastComponent(_ path: String) -> String {
        let trimmed = trimmingTrailingSlashes(path)
        if trimmed == "/" { return "/" }
        guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    /// `a/b/c.png` → `a/b`; `c.png` → `` (the working directory); `/c` → `/`.
    package static func parent(_ path: String) -> String {
        let trimmed = trimmingTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        if slash == trimmed.startIndex { return "/" }
        return trimmingTrailingSlashes(String(trimmed[..<slash]))
    }

    /// `c.tar.png` → `png`; `c` and `.hidden` → `` (a leading dot is not an extension).
    package static func pathExtension(_ path: String) -> String {
        let name = lastComponent(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }

    /// `dir/c.png` → `c`; `dir/.hidden` → `.hidden`.
    package static func stem(_ path: String) -> String {
        let name = lastComponent(path)
        let ext = pathExtension(name)
        return ext.isEmpty && !name.hasSuffix(".") ? name : String(name.dropLast(ext.count + 1))
    }

    /// `a` + `b.png` → `a/b.png`; an empty folder means the working directory.
    package static func join(_ folder: String, _ name: String) -> String {
        if folder.isEmpty { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    private static func trimmingTrailingSlashes(_ path: String) -> String {
        var p = Substring(path)
        while p.count > 1, p.hasSuffix("/") { p = p.dropLast() }
        return String(p)
    }
}
