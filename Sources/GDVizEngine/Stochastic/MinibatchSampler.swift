/// Which samples each stochastic step uses, as PyTorch's
/// `DataLoader(dataset, batch_size: B, shuffle: true, drop_last: false)` chooses them:
///
/// - each epoch starts with a fresh permutation of the N sample indices,
///   ``SplitMix64/permutation(of:)`` of a generator seeded once with the run's seed;
/// - the epoch's batches are consecutive slices of B indices of that permutation, in order;
/// - the last batch of an epoch holds the N mod B indices left over, if any, and is used as is;
/// - then the next epoch begins with a new permutation.
///
/// So every epoch visits every sample exactly once, and an epoch has ⌈N/B⌉ batches. B ≥ N gives
/// one batch of all N samples per epoch.
package struct MinibatchSampler: Sendable, Equatable {
    /// N.
    package let sampleCount: Int
    /// B.
    package let batchSize: Int
    /// How many epochs have started (1 after the first batch).
    package private(set) var epoch = 0
    private var generator: SplitMix64
    private var order: [Int] = []
    private var position = 0

    /// `sampleCount` and `batchSize` must be at least 1.
    package init(sampleCount: Int, batchSize: Int, seed: UInt64) {
        precondition(sampleCount >= 1 && batchSize >= 1, "a sampler needs samples and a positive batch size")
        self.sampleCount = sampleCount
        self.batchSize = batchSize
        self.generator = SplitMix64(seed: seed)
    }

    /// The indices of the next batch.
    package mutating func nextBatch() -> ArraySlice<Int> {
        if position >= order.count {
            order = generator.permutation(of: sampleCount)
            position = 0
            epoch += 1
        }
        let end = min(position + batchSize, order.count)
        defer { position = end }
        return order[position..<end]
    }
}
