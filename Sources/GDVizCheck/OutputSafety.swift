import Foundation
import GDVizScene

/// The rule every command follows before it writes: never replace one of its own inputs,
/// never replace anything but a regular file, never write two outputs to the same place.
/// Paths are compared after resolving symlinks and `..`, so `-o ./link-to-input` is caught.
package enum OutputSafety {
    /// One planned output: where, and what it is (for the message: "the diff image").
    package struct Output: Sendable {
        package var path: String
        package var role: String
        package init(_ path: String, role: String) {
            self.path = path
            self.role = role
        }
    }

    /// The first problem with writing `outputs` for a command that reads `inputs`, as one
    /// line, or nil when every output is safe.
    package static func problem(outputs: [Output], inputs: [String]) -> String? {
        var seen: [String: Output] = [:]
        let resolvedInputs = inputs.map { (path: $0, real: resolve($0), id: identity($0, follow: true)) }
        for output in outputs {
            if let kind = nonRegularKind(output.path) {
                return "\(output.role) would be written to \(output.path), which is \(kind); gdviz only replaces regular files"
            }
            let real = resolve(output.path)
            let id = identity(output.path, follow: true)
            for input in resolvedInputs where input.real == real || (id != nil && input.id == id) {
                return "\(output.role) would be written to \(output.path), which is the input \(input.path); refusing to overwrite it"
            }
            if let first = seen[real] {
                return "\(first.role) and \(output.role) would both be written to \(output.path); give each its own name"
            }
            seen[real] = output
        }
        return nil
    }

    /// Whether `path` lies inside `folder` (both resolved); for output folders that must not
    /// hold the command's inputs.
    package static func isInside(_ path: String, folder: String) -> Bool {
        let p = resolve(path), f = resolve(folder)
        return p == f || p.hasPrefix(f.hasSuffix("/") ? f : f + "/")
    }

    /// What an existing path is when it is not a regular file (symlinks followed): "a folder",
    /// "a character device", …; nil for a regular file or nothing at all.
    package static func nonRegularKind(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & mode_t(S_IFMT) != mode_t(S_IFREG) else { return nil }
        return RegularFile.kind(info.st_mode)
    }

    /// The absolute path with symlinks and `..` resolved for the part that exists; the rest
    /// (a file about to be created, in folders about to be created) is appended as written.
    package static func resolve(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var existing = absolute
        var rest: [String] = []
        while true {
            if let real = realpath(existing, nil) {
                defer { free(real) }
                // The missing part will be created as plain folders, so its `..` are lexical.
                var parts = String(cString: real).split(separator: "/").map(String.init)
                for part in rest.reversed() {
                    if part == ".." { _ = parts.popLast() } else { parts.append(part) }
                }
                return "/" + parts.joined(separator: "/")
            }
            let last = PathText.lastComponent(existing)
            let parent = PathText.parent(existing)
            if parent == existing || parent.isEmpty { return absolute }
            if !last.isEmpty, last != "." { rest.append(last) }
            existing = parent
        }
    }

    /// Device and inode of an existing file, so hard links and case-insensitive file systems
    /// cannot hide an input behind another name.
    private static func identity(_ path: String, follow: Bool) -> [UInt64]? {
        var info = stat()
        guard (follow ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
        return [UInt64(info.st_dev), UInt64(info.st_ino)]
    }
}
