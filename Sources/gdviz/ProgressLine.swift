import Foundation

/// "gd-quadratic.gif: frame 120/200, 1.2 s, about 0.8 s left" on one line of stderr, redrawn in
/// place. Shown only on a terminal, only once rendering has taken a second, and never with
/// `--quiet`, so scripts and logs see nothing.
final class ProgressLine: @unchecked Sendable {  // @unchecked: used by one render at a time
    private let label: String
    private let enabled: Bool
    private let started = Date()
    private var lastDrawn: Date?
    private var shown = false

    init(label: String, quiet: Bool) {
        self.label = label
        self.enabled = !quiet && isatty(STDERR_FILENO) == 1
    }

    func update(done: Int, total: Int) {
        guard enabled else { return }
        let now = Date()
        let elapsed = now.timeIntervalSince(started)
        guard elapsed >= 1, done < total else { return }
        if let lastDrawn, now.timeIntervalSince(lastDrawn) < 0.1 { return }
        lastDrawn = now
        shown = true
        let remaining = done > 0 ? elapsed / Double(done) * Double(total - done) : 0
        write("\r\u{1B}[K\(label): frame \(done)/\(total), \(Self.seconds(elapsed)) elapsed, about \(Self.seconds(remaining)) left")
    }

    /// Clears the line (the command's own output follows).
    func finish() {
        guard shown else { return }
        write("\r\u{1B}[K")
        shown = false
    }

    static func seconds(_ t: Double) -> String {
        t < 60 ? String(format: "%.1f s", t) : String(format: "%d min %02d s", Int(t) / 60, Int(t) % 60)
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
