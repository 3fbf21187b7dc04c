import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Independent pieces of engine work (seeds, grid rows, optimizer runs) spread over the cores.
///
/// Each piece runs exactly the operations it would run alone and results come back in index
/// order, so the output is bit-identical to the serial loop whatever the threads do. Called from
/// inside another `concurrentPerform` (the CLI renders several scenes at once), Dispatch runs the
/// nested loop on the calling thread, so nested use never oversubscribes the cores.
package enum ParallelWork {
    /// `true` runs every loop serially on the calling thread (tests compare both ways). Bound
    /// with `$serial.withValue(true) { … }`; serial loops never leave the thread, so the binding
    /// reaches every nested loop.
    @TaskLocal package static var serial = false

    /// `body(i)` for i in `0..<count`, in index order.
    package static func map<T>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        guard count > 1, !serial else { return (0..<max(0, count)).map(body) }
        return [T](unsafeUninitializedCapacity: count) { slots, initialized in
            // Each iteration initialises only its own slot.
            let address = UInt(bitPattern: slots.baseAddress!)
            withoutActuallyEscaping(body) { body in
                DispatchQueue.concurrentPerform(iterations: count) { i in
                    UnsafeMutablePointer<T>(bitPattern: address)!.advanced(by: i).initialize(to: body(i))
                }
            }
            initialized = count
        }
    }

    /// `0..<count` cut into contiguous ranges of at least `minimum` elements (a few per core, so
    /// uneven pieces still balance), each handed to `body` with its own scratch state.
    package static func forEachRange(_ count: Int, minimum: Int, _ body: @Sendable (Range<Int>) -> Void) {
        let pieces = min(4 * width, max(1, count / max(1, minimum)))
        guard pieces > 1 else {
            if count > 0 { body(0..<count) }
            return
        }
        withoutActuallyEscaping(body) { body in
            DispatchQueue.concurrentPerform(iterations: pieces) { k in
                body((k * count / pieces)..<((k + 1) * count / pieces))
            }
        }
    }

    static let cores = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))

    /// How many pieces work is worth cutting into: the cores, or 1 when serial.
    package static var width: Int { serial ? 1 : cores }
}
