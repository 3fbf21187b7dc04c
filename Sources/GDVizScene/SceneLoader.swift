import Foundation

/// Reads and validates scene files.
///
/// Every failure — an unreadable file, invalid JSON, or any number of problems in the scene —
/// is thrown as one ``SceneValidationError`` listing every issue found. An unreadable file or
/// invalid JSON is a single issue at path `$`.
public enum SceneLoader {
    /// Reads the scene file at `path`. The scene's name is the file's base name without extension.
    public static func load(contentsOf path: String) throws(SceneValidationError) -> Scene {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw SceneValidationError(file: path, issues: [
                SceneIssue(path: "$", message: "cannot read the file: \(reason(error))"),
            ])
        }
        return try parse(data, file: path)
    }

    /// Parses and validates scene JSON. `file` names the source in messages (and gives the
    /// scene's name, its base name without extension).
    public static func parse(_ data: Data, file: String) throws(SceneValidationError) -> Scene {
        let document: JSONValue
        do {
            document = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw SceneValidationError(file: file, issues: [
                SceneIssue(path: "$", message: "invalid JSON: \(jsonReason(error))"),
            ])
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
    static func sceneName(_ file: String) -> String {
        let base = (file as NSString).lastPathComponent
        let stem = (base as NSString).deletingPathExtension
        return stem.isEmpty ? base : stem
    }

    /// The operating system's reason, e.g. "No such file or directory".
    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(nsError.code)))
        }
        return nsError.localizedDescription
    }

    /// The parser's own message, which names the line and column, rather than the generic
    /// "The given data was not valid JSON."
    private static func jsonReason(_ error: any Error) -> String {
        guard case DecodingError.dataCorrupted(let context) = error else { return String(describing: error) }
        if let underlying = context.underlyingError as NSError?,
           let detail = underlying.userInfo[NSDebugDescriptionErrorKey] as? String {
            return detail
        }
        return context.debugDescription
    }
}
