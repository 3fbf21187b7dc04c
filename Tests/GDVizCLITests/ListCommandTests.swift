import Foundation
import XCTest

/// `gdviz list` and `gdviz schema`, run as a user would.
final class ListCommandTests: XCTestCase {
    func testListsOptimizersWithTheirDefaults() throws {
        let result = try CLI.run(["list", "optimizers"])
        XCTAssertEqual(result.status, 0, result.stderr)
        for name in ["gd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "newton", "gd_line_search", "sgd", "minibatch"] {
            XCTAssertTrue(result.stdout.contains("\n\(name): ") || result.stdout.hasPrefix("\(name): "), name)
        }
        XCTAssertTrue(result.stdout.contains("beta2      default 0.999"), result.stdout)
    }

    func testListsEveryTopicWithoutArguments() throws {
        let result = try CLI.run(["list"])
        XCTAssertEqual(result.status, 0, result.stderr)
        for header in ["FUNCTIONS", "OPTIMIZERS", "LAYERS", "PANELS", "COLORMAPS", "THEMES", "SCHEDULES"] {
            XCTAssertTrue(result.stdout.contains(header + "\n"), header)
        }
        XCTAssertTrue(result.stdout.contains("chord (1-D): "))
        XCTAssertTrue(result.stdout.contains("rosenbrock"))
    }

    func testUnknownTopicIsAUsageError() throws {
        let result = try CLI.run(["list", "colours"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("colormaps"), result.stderr)
    }

    func testSchemaIsJSONDraft202012() throws {
        let result = try CLI.run(["schema"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        XCTAssertEqual(object?["$schema"] as? String, "https://json-schema.org/draft/2020-12/schema")
        let definitions = object?["$defs"] as? [String: Any]
        XCTAssertNotNil(definitions?["layer"])
    }
}
