import Foundation
import GDVizRender
import GDVizScene

/// Reads reference and actual images for comparisons. `role` names the file in messages
/// ("reference", "expected", "actual").
package enum ImageFile {
    package static func readBytes(_ path: String, role: String) throws(InputError) -> [UInt8] {
        do {
            return try RegularFile.read(path, limit: RegularFile.imageLimit)
        } catch {
            if error.isMissing { throw InputError("\(role) \(path): no such file") }
            throw InputError("cannot read \(role) \(path): \(error.reason)")
        }
    }

    /// Decodes PNG bytes; an empty, truncated or foreign file is an error, never a blank image.
    package static func decode(_ bytes: [UInt8], path: String, role: String) throws(InputError) -> RasterImage {
        if bytes.isEmpty { throw InputError("\(role) \(path) is empty (0 bytes)") }
        if bytes.starts(with: Array("version https://git-lfs".utf8)) {
            throw InputError("\(role) \(path) is a Git LFS pointer, not a PNG; run `git lfs pull`")
        }
        do {
            return try RasterImage.decodePNG(bytes)
        } catch {
            throw InputError("\(role) \(path): \(error)")
        }
    }

    package static func readPNG(_ path: String, role: String) throws(InputError) -> RasterImage {
        try decode(try readBytes(path, role: role), path: path, role: role)
    }

    /// `out/diff.png` → `out/diff.compare.png`.
    package static func comparePath(forDiff path: String) -> String {
        let stem = PathText.pathExtension(path).lowercased() == "png" ? String(path.dropLast(4)) : path
        return stem + ".compare.png"
    }
}
