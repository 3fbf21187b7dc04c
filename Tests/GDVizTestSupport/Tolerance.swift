import XCTest

/// The one closeness test of gdviz's tests, after swift-numerics' `assertClose`: a tolerance is
/// stated at each call, never hidden in a helper.
///
/// Passes iff |actual − expected| ≤ tolerance · max(1, |actual|, |expected|): a relative error
/// for magnitudes above 1, an absolute one below (where a relative error is meaningless, e.g. a
/// gradient that should be 0). The default 1e-12 is about 4500 ulps at 1.0: room for a few
/// dozen rounded operations, far below any error a wrong formula makes.
package func assertClose(_ actual: Double, _ expected: Double, _ tolerance: Double = 1e-12,
                        _ message: @autoclosure () -> String = "",
                        file: StaticString = #filePath, line: UInt = #line) {
    let scale = max(1, abs(actual), abs(expected))
    let error = abs(actual - expected)
    guard !(error <= tolerance * scale) else { return }
    let what = message()
    XCTFail("\(what.isEmpty ? "" : what + ": ")\(actual) is not within \(tolerance)·\(scale) of \(expected) (off by \(error))",
            file: file, line: line)
}

/// Element-wise ``assertClose(_:_:_:_:file:line:)`` for vectors of the same length.
package func assertClose(_ actual: [Double], _ expected: [Double], _ tolerance: Double = 1e-12,
                        _ message: @autoclosure () -> String = "",
                        file: StaticString = #filePath, line: UInt = #line) {
    let what = message()
    guard actual.count == expected.count else {
        return XCTFail("\(what.isEmpty ? "" : what + ": ")\(actual.count) values, expected \(expected.count)", file: file, line: line)
    }
    for (k, (a, e)) in zip(actual, expected).enumerated() {
        assertClose(a, e, tolerance, "\(what)[\(k)]", file: file, line: line)
    }
}
