import Foundation

/// Writes to standard output with every error reported: a full disk (`> /dev/full`), a closed
/// descriptor or a reader that went away is a failure (exit 3), never silent success.
enum StandardOutput {
    static func write(_ text: String) throws { try write(bytes: Array(text.utf8)) }

    static func write(bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Foundation.write(1, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw CommandFailure(.failure, ["error: cannot write to standard output: \(String(cString: strerror(errno)))"])
            }
            offset += n
        }
    }

    static func line(_ text: String) throws { try write(text + "\n") }

    static func lines(_ lines: [String]) throws {
        if !lines.isEmpty { try write(lines.joined(separator: "\n") + "\n") }
    }

    /// Called once at start-up. A broken pipe becomes an error from write(2) instead of a
    /// silent SIGPIPE death, and closed standard descriptors are reopened on /dev/null
    /// (read-only) so no output file can take descriptor 1 and writes to it fail loudly.
    static func prepare() {
        signal(SIGPIPE, SIG_IGN)
        for fd in Int32(0)...2 where fcntl(fd, F_GETFD) == -1 {
            let opened = open("/dev/null", O_RDONLY)
            if opened >= 0, opened != fd {
                dup2(opened, fd)
                close(opened)
            }
        }
    }
}
