/// Why rendering, encoding or writing an image failed. One structured value per cause,
/// so the CLI can map each to a message and an exit code in one place.
package enum RenderError: Error, Equatable, CustomStringConvertible {
    /// A font file is in none of the searched locations.
    case fontNotFound(file: String, searched: [String])
    /// FreeType or cairo rejected a font file that exists.
    case fontUnreadable(path: String, reason: String)
    /// Width, height or scale cannot make a surface (non-positive, non-finite or too large).
    case invalidPageSize(width: Double, height: Double, scale: Double)
    /// A cairo call left an error status; `operation` names the call.
    case cairo(operation: String, status: String)
    /// Bytes that should have been a PNG could not be decoded.
    case invalidPNG(reason: String)
    /// libpng could not encode an image.
    case pngEncoding(reason: String)
    /// A file could not be written; the destination was left untouched.
    case fileWrite(path: String, reason: String)
    /// The scene asks for something the renderer cannot draw yet.
    case unsupported(String)

    package var description: String {
        switch self {
        case let .fontNotFound(file, searched):
            return "font file \(file) not found (looked in: \(searched.joined(separator: ", "))); "
                + "run `make setup` to install fonts-dejavu-core and fonts-lmodern"
        case let .fontUnreadable(path, reason):
            return "cannot load font \(path): \(reason)"
        case let .invalidPageSize(width, height, scale):
            return "cannot create a \(width)×\(height) surface at scale \(scale): "
                + "sizes must be finite and positive, at most 32767 pixels per side"
        case let .cairo(operation, status):
            return "cairo: \(operation) failed: \(status)"
        case let .unsupported(what):
            return what
        case let .invalidPNG(reason):
            return "not a readable PNG: \(reason)"
        case let .pngEncoding(reason):
            return "cannot encode PNG: \(reason)"
        case let .fileWrite(path, reason):
            return "cannot write \(path): \(reason)"
        }
    }
}
