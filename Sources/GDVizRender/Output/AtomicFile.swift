import Foundation
import GDVizScene

/// Writes whole files so readers never see a half-written image.
package enum AtomicFile {
    /// Writes `bytes` to a temporary file next to `path`, then renames it over `path`.
    /// Parent directories are created. On failure `path` is untouched and the temporary file
    /// is removed. The rename is atomic because both names are in the same directory.
    package static func write(_ bytes: [UInt8], to path: String) throws {
        // PathText, not NSString: NSString traps on one-character names such as `x` or `-`.
        let directory = PathText.parent(path)
        let name = PathText.lastComponent(path)
        func fail(_ reason: String) -> RenderError { .fileWrite(path: path, reason: reason) }
        func errnoText() -> String { String(cString: strerror(errno)) }
        guard !name.isEmpty, name != ".", name != ".." else { throw fail("not a file name") }

        if !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw fail("cannot create directory \(directory): \(error.localizedDescription)")
            }
        }
        let dirPrefix = directory.isEmpty ? "" : directory + "/"
        var template = Array("\(dirPrefix).\(name).tmp-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw fail("cannot create temporary file: \(errnoText())") }
        let tempPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var renamed = false
        defer { if !renamed { unlink(tempPath) } }

        // mkstemp creates 0600; images are ordinary, world-readable files.
        fchmod(fd, 0o644)
        var written = 0
        let writeError: String? = bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errnoText()
                }
                written += n
            }
            return nil
        }
        // close can report a delayed write error (e.g. on network file systems).
        let closeFailed = close(fd) != 0
        if let writeError { throw fail(writeError) }
        if closeFailed { throw fail(errnoText()) }
        guard rename(tempPath, path) == 0 else { throw fail(errnoText()) }
        renamed = true
    }
}
