import Foundation

/// Reads inputs (scenes, images) only when they are regular files of bounded size, so a path
/// like /dev/zero, a FIFO or a folder is refused at once instead of being read forever.
package enum RegularFile {
    package struct Failure: Error, CustomStringConvertible {
        package var reason: String
        /// Nothing exists at the path (ENOENT), for "no such file" messages.
        package var isMissing = false
        package var description: String { reason }
    }

    /// Scene files are hand-written JSON; the largest in Scenes/ is a few kB.
    package static let sceneLimit = 8 << 20
    /// PNG and SVG files given to `diff` and `check`.
    package static let imageLimit = 64 << 20

    /// `8 MiB`, `64 MiB`, `512 kB`: limits as people read them.
    package static func size(_ bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 20 { return String(format: "%.1f MiB", Double(bytes) / Double(1 << 20)) }
        return "\(bytes) bytes"
    }

    /// What kind of thing is at a path when it is not a regular file, from its mode bits:
    /// "a folder", "a character device", ….
    package static func kind(_ mode: mode_t) -> String {
        switch mode & mode_t(S_IFMT) {
        case mode_t(S_IFDIR): return "a folder"
        case mode_t(S_IFIFO): return "a FIFO (named pipe)"
        case mode_t(S_IFCHR): return "a character device"
        case mode_t(S_IFBLK): return "a block device"
        case mode_t(S_IFSOCK): return "a socket"
        default: return "not a regular file"
        }
    }

    /// The whole file, or why not (missing, unreadable, not a regular file, over `limit`).
    package static func read(_ path: String, limit: Int) throws(Failure) -> [UInt8] {
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(reason: String(cString: strerror(errno)), isMissing: errno == ENOENT) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        guard info.st_mode & mode_t(S_IFMT) == mode_t(S_IFREG) else {
            throw Failure(reason: "\(kind(info.st_mode)), not a regular file")
        }
        if Int(info.st_size) > limit {
            throw Failure(reason: "the file is \(size(Int(info.st_size))); the limit is \(size(limit))")
        }
        // Read until end of file, but never past the limit (the file may grow while read).
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(reason: String(cString: strerror(errno)))
            }
            if n == 0 { return bytes }
            bytes += buffer[..<n]
            if bytes.count > limit {
                throw Failure(reason: "the file is larger than the limit of \(size(limit))")
            }
        }
    }
}
