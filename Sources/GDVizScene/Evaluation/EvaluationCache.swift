import Foundation
import GDVizEngine

/// What the panels and layers of one evaluation (one f) share, computed once each: f sampled on
/// a grid per domain and resolution (so bands, contour lines and a surface's floor coincide), and
/// the stationary set per domain (critical points, a surface's points and f* of convergence
/// plots ask the same search).
///
/// Safe to use from several threads: the first caller of a key computes it while later callers
/// of that key wait for the same value, so nothing is computed twice.
final class EvaluationCache: @unchecked Sendable {
    private let lock = NSLock()
    private var grids: [GridKey: OnceValue<ScalarGrid>] = [:]
    private var stationarySets: [String: OnceValue<StationarySet>] = [:]

    private struct GridKey: Hashable {
        var domain: String
        var columns: Int
        var rows: Int
    }

    /// `objective` sampled on a `resolution`² grid over `domain`.
    func grid(_ objective: Objective, _ domain: Domain, resolution: Int) -> ScalarGrid {
        let key = GridKey(domain: domain.description, columns: resolution, rows: resolution)
        lock.lock()
        let entry = grids[key] ?? OnceValue()
        grids[key] = entry
        lock.unlock()
        return entry.value { objective.sample(domain, columns: resolution, rows: resolution) }
    }

    /// `StationaryPoints.analyse(objective, in: domain)` (its `points` are what `find` returns).
    func stationarySet(_ objective: Objective, _ domain: Domain) -> StationarySet {
        let key = domain.description
        lock.lock()
        let entry = stationarySets[key] ?? OnceValue()
        stationarySets[key] = entry
        lock.unlock()
        return entry.value { StationaryPoints.analyse(objective, in: domain) }
    }
}

/// A value computed by its first reader; later readers wait for it.
private final class OnceValue<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value?

    func value(_ compute: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let stored { return stored }
        let computed = compute()
        stored = computed
        return computed
    }
}
