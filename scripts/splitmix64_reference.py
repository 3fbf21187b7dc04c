#!/usr/bin/env python3
"""Reference outputs of gdviz's SplitMix64, bounded draws, Fisher-Yates permutations and SGD.

The algorithm is the one documented in Sources/GDVizEngine/Stochastic/SplitMix64.swift; the
numbers printed here are pasted into Tests/GDVizEngineTests/StochasticTests.swift.
Run: python3 scripts/splitmix64_reference.py
"""
MASK = (1 << 64) - 1


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def below(self, bound):
        threshold = (-bound) % (1 << 64) % bound
        while True:
            r = self.next()
            if r >= threshold:
                return r % bound

    def permutation(self, n):
        order = list(range(n))
        for i in range(n - 1, 0, -1):
            j = self.below(i + 1)
            order[i], order[j] = order[j], order[i]
        return order


def batches(n, batch_size, seed, epochs):
    g = SplitMix64(seed)
    out = []
    for _ in range(epochs):
        order = g.permutation(n)
        out += [order[k:k + batch_size] for k in range(0, n, batch_size)]
    return out


XS = [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5]
YS = [0.8, 1.5, 1.2, 2.1, 2.4, 2.2, 3.1, 3.0, 3.8, 3.5, 4.4, 4.1]


def sgd_final(seed, steps, eta):
    """SGD (batch size 1) on the mean squared error of theta0 + theta1*x, from theta = 0."""
    g = SplitMix64(seed)
    t0 = t1 = 0.0
    order, pos = [], 0
    for t in range(steps):
        if pos >= len(order):
            order, pos = g.permutation(len(XS)), 0
        i = order[pos]
        pos += 1
        r = t0 + t1 * XS[i] - YS[i]
        t0, t1 = t0 - eta(t) * 2 * r, t1 - eta(t) * 2 * r * XS[i]
    return t0, t1


def sgd_mean_error(seeds=40, steps=3600):
    n = len(XS)
    sx, sy = sum(XS), sum(YS)
    sxx, sxy = sum(x * x for x in XS), sum(x * y for x, y in zip(XS, YS))
    det = n * sxx - sx * sx
    star = ((sxx * sy - sx * sxy) / det, (n * sxy - sx * sy) / det)
    finals = [sgd_final(s, steps, lambda t: 0.02 / (1 + 0.004 * t)) for s in range(seeds)]
    mean = [sum(f[k] for f in finals) / seeds for k in (0, 1)]
    spread = [(sum((f[k] - mean[k]) ** 2 for f in finals) / seeds) ** 0.5 for k in (0, 1)]
    return star, (mean[0] - star[0], mean[1] - star[1]), spread


if __name__ == "__main__":
    for seed in (0, 1, 42):
        g = SplitMix64(seed)
        print(f"seed {seed}:", ", ".join(f"0x{g.next():016X}" for _ in range(4)))
    g = SplitMix64(7)
    print("seed 7, below(10) x 8:", [g.below(10) for _ in range(8)])
    print("seed 1, permutation(12):", SplitMix64(1).permutation(12))
    print("seed 3, N=10, B=4, 2 epochs:", batches(10, 4, 3, 2))
    g = SplitMix64(5)
    print("seed 5, below(2**63 + 1) x 4 (about half the draws are rejected):",
          [g.below(2**63 + 1) for _ in range(4)], "state after:", hex(g.state))
    star, error, spread = sgd_mean_error()
    print("SGD, 40 seeds, 3600 steps, eta_t = 0.02/(1 + 0.004 t): theta* =", star,
          "mean final - theta* =", error, "spread =", spread)
