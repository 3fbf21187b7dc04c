import XCTest
@testable import GDVizScene

/// Parses `json`, failing the test if it does not validate.
func parseScene(_ json: String, file: String = "test.json",
                sourceFile: StaticString = #filePath, line: UInt = #line) -> Scene? {
    do {
        return try SceneLoader.parse(json, file: file)
    } catch {
        XCTFail("unexpected issues:\n\(error)", file: sourceFile, line: line)
        return nil
    }
}

/// The issues reported for `json`, failing the test if it validates.
func sceneIssues(_ json: String, file: String = "test.json",
                 sourceFile: StaticString = #filePath, line: UInt = #line) -> [SceneIssue] {
    do {
        let scene = try SceneLoader.parse(json, file: file)
        XCTFail("expected issues, but the scene validated: \(scene)", file: sourceFile, line: line)
        return []
    } catch {
        return error.issues
    }
}

/// A valid 2-D scene with `extra` spliced into its top-level object.
func scene2D(_ extra: String = "") -> String {
    """
    {"function": "x^2 + 10*y^2", "domain": {"x": [-4, 4], "y": [-2, 2]}\(extra.isEmpty ? "" : ", " + extra)}
    """
}

extension [SceneIssue] {
    /// `path: message` lines, for readable assertion failures.
    var lines: [String] { map(\.description) }
}
