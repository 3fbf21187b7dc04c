#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GDVizEngine

/// How an iterations panel shows the spread of a repeated run (`"repeat": n`) around its mean.
package enum IterationBand: String, Sendable, CaseIterable, Codable {
    /// Shaded between the smallest and the largest value over the seeds at each step.
    case minmax
    /// Shaded between mean − σ and mean + σ (σ the population standard deviation over the seeds).
    case std
    /// The mean alone.
    case none
}

/// One run's curve in an iterations panel, in plotted coordinates: t (from 1 on a log–log plot)
/// against the quantity; for a repeated run the mean over its seeds, with the band's edges.
package struct IterationSeries: Sendable {
    /// Index into `EvaluatedScene.runs`.
    package var run: Int
    package var points: [Point2]
    /// Lower and upper edges of the band at each point's t; empty without `"repeat"` or with `"band": "none"`.
    package var lower: [Double] = []
    package var upper: [Double] = []
}

extension IterationsPanelSpec {
    /// The quantity along one trajectory, one value per step index k.
    func values(_ trajectory: Trajectory, run: RunSpec, optimum: Double) -> [Double] {
        switch quantity {
        case .value: return trajectory.values
        case .gap: return trajectory.values.map { $0 - optimum }
        case .gradientNorm: return trajectory.gradientNorms
        case .stepSize: return trajectory.stepSizes
        case .learningRate:
            return trajectory.stepSizes.indices.map { t in
                run.optimizer == .gdLineSearch ? run.learningRate : run.settings.schedule.rate(base: run.learningRate, step: t)
            }
        }
    }

    /// The plotted t of step index k: on a log–log plot t starts at 1 (t = 0 has no place on a log axis).
    func plottedStep(_ k: Int) -> Double {
        Double(scale == .loglog ? k + 1 : k)
    }

    /// A run's series: its values, or with several seeds their mean over the steps every seed
    /// reached, and the band's edges.
    func series(_ run: EvaluatedRun, index: Int, optimum: Double) -> IterationSeries {
        let all = run.allTrajectories.map { values($0, run: run.spec, optimum: optimum) }
        guard all.count > 1 else {
            return IterationSeries(run: index, points: all[0].enumerated().map { Point2(plottedStep($0.offset), $0.element) })
        }
        let length = all.map(\.count).min() ?? 0
        var result = IterationSeries(run: index, points: [])
        let n = Double(all.count)
        for k in 0..<length {
            let column = all.map { $0[k] }
            let mean = column.reduce(0, +) / n
            result.points.append(Point2(plottedStep(k), mean))
            switch band {
            case .minmax:
                result.lower.append(column.min() ?? mean)
                result.upper.append(column.max() ?? mean)
            case .std:
                let sigma = (column.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / n).squareRoot()
                result.lower.append(mean - sigma)
                result.upper.append(mean + sigma)
            case .none:
                break
            }
        }
        return result
    }
}
