import Foundation
import GDVizRender
import GDVizScene

/// The package's gallery (Scenes/*.json), loaded, evaluated and rendered once per test run and
/// shared by every test that needs it: evaluation and rendering are the slowest things the tests
/// do, and a scene's evaluation, PNG, SVG or PDF does not change between two tests of one run.
/// Every scene is evaluated once (the first time any test asks); each format is rendered from
/// those evaluations on first use, all scenes at once on every core, or ahead of time by
/// ``prefetch()`` on a background thread while the first tests (mostly waiting on child
/// processes) run. The SVG pass also keeps the layout boxes the figure notes, so the layout
/// tests need no render of their own.
package final class Gallery: @unchecked Sendable {
    // @unchecked: `loaded`, `evaluations`, `renders`, `boxes` and `prefetching` are only touched
    // while holding `lock`; everything else is immutable.
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
    private var evaluations: [String: Result<EvaluatedScene, Error>]?
    private var renders: [OutputFormat: [String: Result<[UInt8], Error>]] = [:]
    private var boxes: [String: [LayoutBox]] = [:]
    private var drawings: [String: LayoutDrawing] = [:]
    private var prefetching = false
    /// Held while the scenes are evaluated or a format is rendered, so a second caller waits
    /// instead of doing the work again.
    private let evaluationLock = NSLock()
    private let formatLocks = Dictionary(uniqueKeysWithValues: OutputFormat.allCases.map { ($0, NSLock()) })

    /// Starts evaluating and rendering every format on one background thread (once per run);
    /// callers that need something before it is done wait for it. `GDVIZ_TEST_PREFETCH=0` turns
    /// it off: scripts/test.sh sets it for the test process that runs no gallery class, which
    /// would otherwise render a gallery nobody asks for (a gallery test there still works, on demand).
    package func prefetch() {
        lock.lock(); defer { lock.unlock() }
        guard !prefetching, ProcessInfo.processInfo.environment["GDVIZ_TEST_PREFETCH"] != "0" else { return }
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

    /// The scene evaluated by `SceneEvaluator` (once per run, all scenes in parallel). The
    /// evaluation does not read the scene's theme, so tests may restyle a copy of it.
    package func evaluated(_ entry: Entry) throws -> EvaluatedScene {
        try evaluatedAll()[entry.scene.name]!.get()
    }

    /// The scene's bytes in `format`, rendered once per run (all scenes in parallel) from the
    /// shared evaluation through the same `SceneRenderer` path as `gdviz render`.
    package func render(_ entry: Entry, _ format: OutputFormat) throws -> [UInt8] {
        try renderAll(format)[entry.scene.name]!.get()
    }

    /// The text, legend and marker boxes the figure noted while its shared SVG was drawn
    /// (real font metrics of a vector page).
    package func layoutBoxes(_ entry: Entry) throws -> [LayoutBox] {
        _ = try render(entry, .svg)
        lock.lock(); defer { lock.unlock() }
        return boxes[entry.scene.name] ?? []
    }

    /// The strokes of the same SVG pass, in drawing order, and the clip of each box.
    package func layoutDrawing(_ entry: Entry) throws -> LayoutDrawing {
        _ = try render(entry, .svg)
        lock.lock(); defer { lock.unlock() }
        return drawings[entry.scene.name] ?? LayoutDrawing()
    }

    private func evaluatedAll(parallel: Bool = true) throws -> [String: Result<EvaluatedScene, Error>] {
        let entries = try load()
        evaluationLock.lock(); defer { evaluationLock.unlock() }
        if let done = locked({ evaluations }) { return done }
        let slots = Slots<EvaluatedScene>(count: entries.count)
        each(entries.count, parallel: parallel) { k in slots.set(k, Result { try SceneEvaluator.evaluate(entries[k].scene) }) }
        let done = Dictionary(uniqueKeysWithValues: zip(entries.map(\.scene.name), slots.values))
        locked { evaluations = done }
        return done
    }

    private func renderAll(_ format: OutputFormat, parallel: Bool = true) throws -> [String: Result<[UInt8], Error>] {
        let entries = try load()
        let evaluated = try evaluatedAll(parallel: parallel)
        let formatLock = formatLocks[format]!
        formatLock.lock(); defer { formatLock.unlock() }
        if let done = locked({ renders[format] }) { return done }
        let slots = Slots<[UInt8]>(count: entries.count)
        let noted = Slots<[LayoutBox]>(count: entries.count)
        let drawn = Slots<LayoutDrawing>(count: entries.count)
        each(entries.count, parallel: parallel) { k in
            let recorder = LayoutBoxRecorder()
            slots.set(k, Result {
                try SceneRenderer.render(evaluated[entries[k].scene.name]!.get(), formats: [format],
                                         wrapping: format == .svg ? recorder.wrap : { $0 })[0]
            })
            noted.set(k, .success(recorder.boxes))
            drawn.set(k, .success(LayoutDrawing(strokes: recorder.strokes, boxClips: recorder.boxClips)))
        }
        let names = entries.map(\.scene.name)
        let done = Dictionary(uniqueKeysWithValues: zip(names, slots.values))
        let noteds = noted.values, drawns = drawn.values
        locked {
            renders[format] = done
            if format == .svg {
                for (name, result) in zip(names, noteds) { boxes[name] = try? result.get() }
                for (name, result) in zip(names, drawns) { drawings[name] = try? result.get() }
            }
        }
        return done
    }

    private func each(_ count: Int, parallel: Bool, _ work: @Sendable (Int) -> Void) {
        if parallel {
            DispatchQueue.concurrentPerform(iterations: count, execute: work)
        } else {
            for k in 0..<count { work(k) }
        }
    }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock(); defer { lock.unlock() }
        return try body()
    }
}

/// Results written by concurrent workers, one slot each.
private final class Slots<Value>: @unchecked Sendable {
    // @unchecked: every access to `storage` holds `lock`.
    private let lock = NSLock()
    private var storage: [Result<Value, Error>?]
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    func set(_ k: Int, _ value: Result<Value, Error>) { lock.lock(); storage[k] = value; lock.unlock() }
    var values: [Result<Value, Error>] { lock.lock(); defer { lock.unlock() }; return storage.map { $0! } }
}
