import Foundation

/// Reads and validates scene files.
///
/// Every failure — an unreadable file, invalid JSON, or any number of problems in the scene —
/// is thrown as one ``SceneValidationError`` listing every issue found. An unreadable file or
/// invalid JSON is a single issue at path `$`.
package enum SceneLoader {
    /// Reads the scene file at `path`. The scene's name is the file's base name without extension.
    package static func load(contentsOf path: String) throws(SceneValidationError) -> Scene {
        let bytes: [UInt8]
        do {
            bytes = try readFile(path)
        } catch {
            throw SceneValidationError(file: path, issues: [
                SceneIssue(path: "$", message: "cannot read the file: \(error.reason)"),
            ])
        }
        return try parse(Data(bytes), file: path)
    }

    /// Parses and validates scene JSON. `file` names the source in messages and gives the
    /// scene's name (its base name without extension).
    package static func parse(_ data: Data, file: String) throws(SceneValidationError) -> Scene {
        let document = try decode(data, file: file)
        let reader = SceneReader(name: sceneName(file))
        guard let scene = reader.read(document) else {
            throw SceneValidationError(file: file, issues: reader.issues)
        }
        return scene
    }

    /// Parses and validates scene JSON given as text.
    package static func parse(_ text: String, file: String) throws(SceneValidationError) -> Scene {
        try parse(Data(text.utf8), file: file)
    }

    /// `scenes/gd.json` → `gd`.
    package static func sceneName(_ file: String) -> String {
        let base = PathText.lastComponent(file)
        let stem = PathText.stem(base)
        return stem.isEmpty ? base : stem
    }

    /// Why the loader could not get a JSON tree; becomes the message of an issue at `$`.
    private struct Failure: Error {
        var reason: String
    }

    /// Reads the document with ``JSONSyntaxCheck``: a syntax error is one issue at `$` with line
    /// and column; problems with single values (duplicated keys, numbers out of range, lone
    /// surrogates) are issues at their own paths.
    private static func decode(_ data: Data, file: String) throws(SceneValidationError) -> JSONValue {
        let bytes = [UInt8](data)
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw SceneValidationError(file: file, issues: [
                SceneIssue(path: "$", message: "invalid JSON: the file is not UTF-8 text"),
            ])
        }
        let document: (value: JSONValue, issues: [JSONSyntaxCheck.ValueIssue])
        do {
            document = try JSONSyntaxCheck.read(bytes)
        } catch {
            throw SceneValidationError(file: file, issues: [
                SceneIssue(path: "$", message: "invalid JSON at \(error.description)"),
            ])
        }
        guard document.issues.isEmpty else {
            throw SceneValidationError(file: file, issues: document.issues.map {
                SceneIssue(path: $0.path, message: $0.message)
            })
        }
        return document.value
    }

    /// The file's bytes, or the operating system's reason ("No such file or directory"); only
    /// regular files up to ``RegularFile/sceneLimit`` are read.
    private static func readFile(_ path: String) throws(Failure) -> [UInt8] {
        do {
            return try RegularFile.read(path, limit: RegularFile.sceneLimit)
        } catch {
            throw Failure(reason: error.reason)
        }
    }
}
