import Foundation
import XCTest
@testable import GDVizScene

/// The generated JSON Schema, checked by a real validator (Python `jsonschema`, from
/// scripts/python-env.sh): every gallery scene passes, and scenes with typical mistakes fail.
final class SceneSchemaTests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The environment's python, or a skip saying why there is none.
    private func python() throws -> String {
        let (status, output, errors) = run("/bin/bash", [Self.root.appendingPathComponent("scripts/python-env.sh").path])
        guard status == 0, let path = output.split(separator: "\n").last else {
            throw XCTSkip("no Python with jsonschema (scripts/python-env.sh: \(errors.trimmingCharacters(in: .whitespacesAndNewlines)))")
        }
        return String(path)
    }

    private func run(_ executable: String, _ arguments: [String]) -> (Int32, String, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { return (-1, "", "\(error)") }
        let output = out.fileHandleForReading.readDataToEndOfFile(), errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self))
    }

    /// Validates each file with the schema; returns one line per file: its name and "ok" or the first error.
    private func validate(_ files: [URL]) throws -> [String: String] {
        let python = try python()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gdviz-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let schema = folder.appendingPathComponent("scene.schema.json")
        try Data(SceneSchema.json.pretty.utf8).write(to: schema)
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema)
            for path in sys.argv[2:]:
                errors = sorted(validator.iter_errors(json.load(open(path))), key=lambda e: list(e.absolute_path))
                print(path + "\\t" + ("ok" if not errors else "/".join(map(str, errors[0].absolute_path)) + ": " + errors[0].message[:120]))
            """
        let (status, output, errors) = run(python, ["-c", script, schema.path] + files.map(\.path))
        XCTAssertEqual(status, 0, errors)
        var results: [String: String] = [:]
        for line in output.split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            if parts.count == 2 { results[URL(fileURLWithPath: String(parts[0])).lastPathComponent] = String(parts[1]) }
        }
        return results
    }

    func testEveryGallerySceneIsValid() throws {
        let folder = Self.root.appendingPathComponent("Scenes")
        let scenes = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
        XCTAssertGreaterThan(scenes.count, 10)
        let results = try validate(scenes)
        XCTAssertEqual(results.count, scenes.count)
        for (name, result) in results.sorted(by: { $0.key < $1.key }) {
            XCTAssertEqual(result, "ok", name)
        }
    }

    func testScenesWithMistakesAreInvalid() throws {
        let base = #""function": "x^2 + y^2", "domain": {"x": [-1, 1], "y": [-1, 1]}"#
        let mistakes = [
            "unknown-top-level-key": #"{\#(base), "colour": "red"}"#,
            "unknown-layer-type": #"{\#(base), "layers": [{"type": "contour"}]}"#,
            "unknown-layer-key": #"{\#(base), "layers": [{"type": "contours", "lw": 2}]}"#,
            "negative-line-width": #"{\#(base), "layers": [{"type": "contours", "line_width": -1}]}"#,
            "run-without-start": #"{\#(base), "runs": [{"lr": 0.1}]}"#,
            "colour-name": #"{\#(base), "runs": [{"start": [0, 0], "color": "red"}]}"#,
            "unknown-optimizer": #"{\#(base), "runs": [{"start": [0, 0], "optimizer": "adamw"}]}"#,
            "missing-function": #"{"domain": {"x": [-1, 1]}}"#,
            "tangent-without-at": #"{\#(base), "layers": [{"type": "tangent"}]}"#,
            "panel-type": #"{\#(base), "panels": [{"type": "histogram"}]}"#,
        ]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gdviz-mistakes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [URL] = []
        for (name, json) in mistakes {
            let file = folder.appendingPathComponent(name + ".json")
            try Data(json.utf8).write(to: file)
            files.append(file)
        }
        let results = try validate(files)
        XCTAssertEqual(results.count, mistakes.count)
        for (name, result) in results {
            XCTAssertNotEqual(result, "ok", "\(name) should be invalid")
        }
    }

    func testTheSchemaKeyIsAcceptedInScenes() {
        XCTAssertNotNil(parseScene(#"{"$schema": "./gdviz.schema.json", "function": "x^2", "domain": {"x": [-1, 1]}}"#))
    }
}
