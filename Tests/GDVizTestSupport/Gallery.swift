import Foundation
import GDVizRender
import GDVizScene

/// The package's gallery (Scenes/*.json), loaded and rendered once per test run and shared by
/// every test that needs it: renders are the slowest thing the tests do, and a scene's PNG,
/// SVG or PDF does not change between two tests of one run. Each format is rendered on first
/// use, all scenes at once on every core, or ahead of time by ``prefetch()`` on a background
/// thread while the first tests (mostly waiting on child processes) run.
package final class Gallery: @unchecked Sendable {
    // @unchecked: `renders` is only touched while holding `lock`; everything else is immutable.
    package static let shared = Gallery()

    /// The package root (three levels above this file).
    package static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    package struct Entry: Sendable {
        /// `Scenes/gd-quadratic.json`, relative to the package root.
        package var file: String
        package var scene: Scene
    }

    /// Every gallery scene, sorted by file name; loading failures are thrown by ``load()``.
    package let files: [String]
    private let lock = NSLock()
    private var loaded: Result<[Entry], Error>?
    private var renders: [OutputFormat: [String: Result<[UInt8], Error>]] = [:]
    private var prefetching = false
    /// Held while a format is being rendered, so a second caller waits instead of rendering again.
    private let formatLocks = Dictionary(uniqueKeysWithValues: OutputFormat.allCases.map { ($0, NSLock()) })

    /// Starts rendering every format on one background thread (once per run); callers that
    /// need a format before it is done wait for it.
    package func prefetch() {
        lock.lock(); defer { lock.unlock() }
        guard !prefetching else { return }
        prefetching = true
        Thread.detachNewThread {
            for format in [OutputFormat.png, .svg, .pdf] { _ = try? self.renderAll(format, parallel: false) }
        }
    }

    private init() {
        let folder = Self.root.appendingPathComponent("Scenes").path
        files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted().map { "Scenes/" + $0 }
    }

    /// The gallery's scenes, read and validated once.
    package func load() throws -> [Entry] {
        lock.lock(); defer { lock.unlock() }
        if loaded == nil {
            loaded = Result {
                try files.map { Entry(file: $0, scene: try SceneLoader.load(contentsOf: Self.root.appendingPathComponent($0).path)) }
            }
        }
        return try loaded!.get()
    }

    /// The scene's bytes in `format`, rendered once per run (all scenes in parallel).
    package func render(_ entry: Entry, _ format: OutputFormat) throws -> [UInt8] {
        try renderAll(format)[entry.scene.name]!.get()
    }

    private func renderAll(_ format: OutputFormat, parallel: Bool = true) throws -> [String: Result<[UInt8], Error>] {
        let entries = try load()
        let formatLock = formatLocks[format]!
        formatLock.lock(); defer { formatLock.unlock() }
        if let done = stored(format) { return done }
        let slots = Slots(count: entries.count)
        let work: @Sendable (Int) -> Void = { k in slots.set(k, Result { try SceneRenderer.render(entries[k].scene, format: format) }) }
        if parallel {
            DispatchQueue.concurrentPerform(iterations: entries.count, execute: work)
        } else {
            for k in entries.indices { work(k) }
        }
        var done: [String: Result<[UInt8], Error>] = [:]
        for (entry, result) in zip(entries, slots.values) { done[entry.scene.name] = result }
        lock.lock(); renders[format] = done; lock.unlock()
        return done
    }

    private func stored(_ format: OutputFormat) -> [String: Result<[UInt8], Error>]? {
        lock.lock(); defer { lock.unlock() }
        return renders[format]
    }
}

/// Results written by concurrent workers, one slot each.
private final class Slots: @unchecked Sendable {
    // @unchecked: every access to `values` holds `lock`.
    private let lock = NSLock()
    private var storage: [Result<[UInt8], Error>?]
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    func set(_ k: Int, _ value: Result<[UInt8], Error>) { lock.lock(); storage[k] = value; lock.unlock() }
    var values: [Result<[UInt8], Error>] { lock.lock(); defer { lock.unlock() }; return storage.map { $0! } }
}
