import Foundation

/// Reads and validates scene files.
///
/// Every failure — an unreadable file, invalid JSON, or any number of problems in the scene —
/// is thrown as one ``SceneValidationError`` listing every issue found. An unreadable file or
/// invalid JSON is a single issue at path `$`.
public enum SceneLoader {
    /// Reads the scene file at `path`. The scene's name is the file's base name without extension.
    public static func load(contentsOf path: String) throws(SceneValidationError) -> Scene {
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
    public static func parse(_ data: Data, file: String) throws(SceneValidationError) -> Scene {
        let document: JSONValue
        do {
            document = try decode(data)
        } catch {
            throw SceneValidationError(file: file, issues: [SceneIssue(path: "$", message: error.reason)])
        }
        let reader = SceneReader(name: sceneName(file))
        guard let scene = reader.read(document) else {
            throw SceneValidationError(file: file, issues: reader.issues)
        }
        return scene
    }

    /// Parses and validates scene JSON given as text.
    public static func parse(_ text: String, file: String) throws(SceneValidationError) -> Scene {
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

    /// Syntax is checked first for a message with line and column (see ``JSONSyntaxCheck``);
    /// the decoder's own message is the fallback.
    private static func decode(_ data: Data) throws(Failure) -> JSONValue {
        let bytes = [UInt8](data)
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw Failure(reason: "invalid JSON: the file is not UTF-8 text")
        }
        if let syntax = JSONSyntaxCheck.firstError(in: bytes) {
            throw Failure(reason: "invalid JSON at \(syntax.description)")
        }
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch DecodingError.dataCorrupted(let context) {
            let detail = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            throw Failure(reason: "invalid JSON: \(detail ?? context.debugDescription)")
        } catch {
            throw Failure(reason: "invalid JSON: \(error)")
        }
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
