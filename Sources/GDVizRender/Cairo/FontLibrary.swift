import CCairo
import Foundation

/// The gdviz fonts, loaded from known files through FreeType.
///
/// Fonts are never looked up by family name: fontconfig could silently substitute another
/// font, and under cairo 1.16 its settings can force subpixel antialiasing (research
/// image-diff.md §5.4). Loading the file directly makes glyph outlines a function of the file.
///
/// The library is loaded once per process and never freed: cairo font faces keep pointers
/// to the FreeType faces, which must outlive every surface that drew with them.
package final class FontLibrary: @unchecked Sendable {
    // @unchecked: all stored properties are immutable after init; cairo serialises access
    // to each FT_Face with its own per-face lock.

    /// Default install locations (Debian/Ubuntu packages fonts-dejavu-core and fonts-lmodern).
    static let defaultPaths: [FontRole: String] = [
        .sans: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        .sansBold: "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        .math: "/usr/share/texmf/fonts/opentype/public/lm-math/latinmodern-math.otf",
        .serif: "/usr/share/texmf/fonts/opentype/public/lm/lmroman10-regular.otf",
        .latinModernSans: "/usr/share/texmf/fonts/opentype/public/lm/lmsans10-regular.otf",
    ]

    /// Environment variable naming a folder searched first for the same file names.
    package static let fontDirectoryVariable = "GDVIZ_FONT_DIR"

    /// The file each role was loaded from, for the environment fingerprint.
    package let paths: [FontRole: String]

    private let library: OpaquePointer            // FT_Library
    private let ftFaces: [UnsafeMutablePointer<FT_FaceRec_>]
    private let cairoFaces: [FontRole: OpaquePointer]  // cairo_font_face_t*

    /// Swift runs this initializer exactly once, thread-safely, on first use.
    private static let loaded: Result<FontLibrary, RenderError> = {
        do throws(RenderError) { return .success(try FontLibrary()) } catch { return .failure(error) }
    }()

    /// The process-wide library; throws (every time) if a font file is missing or unreadable.
    package static func shared() throws(RenderError) -> FontLibrary {
        try loaded.get()
    }

    /// The cairo font face for `role`, valid for the whole process.
    func face(_ role: FontRole) -> OpaquePointer {
        cairoFaces[role]!  // init fills every role or throws
    }

    private init() throws(RenderError) {
        var lib: OpaquePointer?
        let err = FT_Init_FreeType(&lib)
        guard err == 0, let lib else {
            throw RenderError.fontUnreadable(path: "(FreeType)", reason: "FT_Init_FreeType error \(err)")
        }
        library = lib
        let fontDirectory = ProcessInfo.processInfo.environment[Self.fontDirectoryVariable]
        var paths: [FontRole: String] = [:]
        var ftFaces: [UnsafeMutablePointer<FT_FaceRec_>] = []
        var cairoFaces: [FontRole: OpaquePointer] = [:]
        // On failure the already-opened faces stay open: failure is cached for the process,
        // so this happens at most once and freeing would gain nothing.
        for role in FontRole.allCases {
            let path = try Self.locate(Self.defaultPaths[role]!, fontDirectory: fontDirectory)
            var face: UnsafeMutablePointer<FT_FaceRec_>?
            let err = FT_New_Face(lib, path, 0, &face)
            guard err == 0, let face else {
                throw RenderError.fontUnreadable(path: path, reason: "FreeType error \(err)")
            }
            // Unhinted outlines: the glyph shape is font data, independent of hinter versions.
            let flags = Int32(FT_LOAD_NO_HINTING | FT_LOAD_NO_AUTOHINT)
            guard let cairoFace = cairo_ft_font_face_create_for_ft_face(face, flags) else {
                throw RenderError.fontUnreadable(path: path, reason: "cairo returned no font face")
            }
            let status = cairo_font_face_status(cairoFace)
            guard status == CAIRO_STATUS_SUCCESS else {
                throw RenderError.fontUnreadable(path: path, reason: String(cString: cairo_status_to_string(status)))
            }
            paths[role] = path
            ftFaces.append(face)
            cairoFaces[role] = cairoFace
        }
        self.paths = paths
        self.ftFaces = ftFaces
        self.cairoFaces = cairoFaces
    }

    /// `<fontDirectory>/<name>` if it is readable, else `defaultPath` if it is readable.
    static func locate(_ defaultPath: String, fontDirectory: String?) throws(RenderError) -> String {
        let name = (defaultPath as NSString).lastPathComponent
        var candidates: [String] = []
        if let dir = fontDirectory, !dir.isEmpty {
            candidates.append((dir as NSString).appendingPathComponent(name))
        }
        candidates.append(defaultPath)
        for path in candidates where FileManager.default.isReadableFile(atPath: path) {
            return path
        }
        throw RenderError.fontNotFound(file: name, searched: candidates)
    }
}
