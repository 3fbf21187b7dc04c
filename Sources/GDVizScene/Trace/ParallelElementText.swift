import Dispatch

/// The long arrays of a trace (10⁶ points and values for a run of 10⁶ steps) written block by
/// block on every core and handed on in order: the same bytes as writing one element after the
/// other, in about 1/cores of the time. Short arrays are written in place.
enum ParallelElementText {
    static let blockSize = 8_192
    /// Blocks in flight at once; bounds the memory to a few MB whatever the array's length.
    static let blocksPerBatch = 8

    /// Appends the text of elements `0..<count` to `out`, each written by `element(i, &bytes)`,
    /// and passes `out` to `emit` whenever it holds `chunkSize` bytes or more.
    static func write(count: Int, into out: inout [UInt8], chunkSize: Int, _ emit: ([UInt8]) throws -> Void,
                      element: @escaping @Sendable (Int, inout [UInt8]) -> Void) rethrows {
        func flushIfFull() throws {
            if out.count >= chunkSize {
                try emit(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        guard count >= 2 * blockSize else {
            for i in 0..<count {
                element(i, &out)
                try flushIfFull()
            }
            return
        }
        var batchStart = 0
        while batchStart < count {
            let blocks = min(blocksPerBatch, (count - batchStart + blockSize - 1) / blockSize)
            let start = batchStart
            let texts = inParallel(blocks) { b in
                var bytes: [UInt8] = []
                bytes.reserveCapacity(blockSize * 24)
                for i in (start + b * blockSize)..<min(count, start + (b + 1) * blockSize) { element(i, &bytes) }
                return bytes
            }
            for text in texts {
                out += text
                try flushIfFull()
            }
            batchStart += blocks * blockSize
        }
    }

    private static func inParallel(_ count: Int, _ body: @escaping @Sendable (Int) -> [UInt8]) -> [[UInt8]] {
        var results = [[UInt8]](repeating: [], count: count)
        results.withUnsafeMutableBufferPointer { slots in
            // Each iteration writes only its own slot.
            let address = UInt(bitPattern: slots.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: count) { i in
                UnsafeMutablePointer<[UInt8]>(bitPattern: address)!.advanced(by: i).pointee = body(i)
            }
        }
        return results
    }
}
