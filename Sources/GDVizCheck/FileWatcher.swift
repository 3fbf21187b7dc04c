import Foundation
import GDVizScene
#if canImport(Glibc)
import Glibc
#endif

/// Waits until one of a few files changes. On Linux it uses inotify on the files' folders, so
/// an editor that saves by writing a temporary file and renaming it over the scene is seen
/// like any other save (watching the file itself would lose it at the first rename); elsewhere,
/// or when inotify is unavailable or GDVIZ_WATCH_POLL=1, it compares each file's size,
/// modification time and inode every `pollInterval`.
package final class FileWatcher {
    package static let pollInterval = 0.2
    /// After the first event, changes are gathered until the files are quiet this long, so a
    /// save in several writes is one render.
    package static let settleInterval = 0.08

    private let files: [String]
    #if canImport(Glibc)
    private var inotify: Int32 = -1
    /// Watch descriptor → (folder, the watched names in it → the paths as given).
    private var folders: [Int32: [String: String]] = [:]
    #endif
    private var signatures: [String: [Int]] = [:]

    /// "inotify" or "polling", for the start-up line.
    package private(set) var method = "polling"

    package init(files: [String], forcePolling: Bool = false) {
        self.files = files
        #if canImport(Glibc)
        if !forcePolling { startInotify() }
        #endif
        if method == "polling" { for file in files { signatures[file] = Self.signature(file) } }
    }

    deinit {
        #if canImport(Glibc)
        if inotify >= 0 { close(inotify) }
        #endif
    }

    /// Blocks until some files changed and settled, and returns them (as given, sorted); nil
    /// as soon as `shouldStop` says so (checked at least every `pollInterval`).
    package func next(shouldStop: () -> Bool) -> [String]? {
        var changed = Set<String>()
        while changed.isEmpty {
            if shouldStop() { return nil }
            changed = waitOnce(timeout: Self.pollInterval)
        }
        // Gather the rest of the save.
        while true {
            if shouldStop() { return nil }
            let more = waitOnce(timeout: Self.settleInterval)
            if more.isEmpty { break }
            changed.formUnion(more)
        }
        return changed.sorted()
    }

    private func waitOnce(timeout: Double) -> Set<String> {
        #if canImport(Glibc)
        if method == "inotify" { return readInotify(timeout: timeout) }
        #endif
        usleep(useconds_t(timeout * 1_000_000))
        var changed = Set<String>()
        for file in files {
            let now = Self.signature(file)
            if now != signatures[file] {
                signatures[file] = now
                changed.insert(file)
            }
        }
        return changed
    }

    /// Size, modification time (ns) and inode; empty when the file is missing.
    private static func signature(_ path: String) -> [Int] {
        var info = stat()
        guard stat(path, &info) == 0 else { return [] }
        #if canImport(Glibc)
        let mtime = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        #else
        let mtime = Int(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int(info.st_mtimespec.tv_nsec)
        #endif
        return [Int(info.st_size), mtime, Int(info.st_ino)]
    }

    #if canImport(Glibc)
    private func startInotify() {
        let fd = inotify_init1(Int32(IN_CLOEXEC) | Int32(IN_NONBLOCK))
        guard fd >= 0 else { return }
        let mask = UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_CREATE) | UInt32(IN_MODIFY)
        var byFolder: [String: [String: String]] = [:]
        for file in files {
            let folder = PathText.parent(file).isEmpty ? "." : PathText.parent(file)
            byFolder[folder, default: [:]][PathText.lastComponent(file)] = file
        }
        for (folder, names) in byFolder {
            let wd = inotify_add_watch(fd, folder, mask)
            guard wd >= 0 else { close(fd); return }
            folders[wd, default: [:]].merge(names) { a, _ in a }
        }
        inotify = fd
        method = "inotify"
    }

    private func readInotify(timeout: Double) -> Set<String> {
        var descriptor = pollfd(fd: inotify, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, Int32(timeout * 1000))
        guard ready > 0 else { return [] }  // timeout, or EINTR from Ctrl-C
        var changed = Set<String>()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(inotify, $0.baseAddress!, $0.count) }
            guard n > 0 else { break }
            // struct inotify_event: int wd; uint32 mask, cookie, len; char name[len].
            var offset = 0
            while offset + 16 <= n {
                let field = { (at: Int) -> UInt32 in
                    buffer[offset + at..<offset + at + 4].reversed().reduce(0) { $0 << 8 | UInt32($1) }
                }
                let wd = Int32(bitPattern: field(0)), length = Int(field(12))
                let nameBytes = buffer[offset + 16..<min(n, offset + 16 + length)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                if let file = folders[wd]?[name] { changed.insert(file) }
                offset += 16 + length
            }
        }
        return changed
    }
    #endif
}
