import CCairo
import Foundation
import GDVizEngine

/// Latin Modern Math read through FreeType: glyph indices, unscaled metrics and outlines, and the
/// OpenType MATH table (constants, italic corrections, accent attachment, size variants and
/// extensible assemblies) that places scripts, fractions, radicals and delimiters as TeX does.
/// All lengths are in font units (1000 per em); y points up as in the font.
final class MathFont: @unchecked Sendable {
    // @unchecked: FreeType faces are not thread-safe; every face access holds `lock`.

    struct Metrics: Sendable {
        var advance: Double
        var minX: Double, maxX: Double
        /// Ink above and below the baseline (TeX's height and depth).
        var height: Double, depth: Double
        var italicCorrection: Double
        /// Where an accent above this glyph is centred; nil means the middle of the advance.
        var topAccent: Double?
    }

    /// The process's copy, or nil when the font file cannot be read (then maths falls back to text runs).
    static let shared: MathFont? = {
        let fontDirectory = ProcessInfo.processInfo.environment[FontLibrary.fontDirectoryVariable]
        guard let path = try? FontLibrary.locate(FontLibrary.defaultPaths[.math]!, fontDirectory: fontDirectory)
        else { return nil }
        return MathFont(path: path)
    }()

    let unitsPerEm: Double
    let table: OpenTypeMath
    private let face: UnsafeMutablePointer<FT_FaceRec_>
    private let lock = NSLock()
    private var metricsCache: [UInt32: Metrics] = [:]
    private var outlineCache: [UInt32: [Path.Element]] = [:]
    private var indexCache: [UInt32: UInt32] = [:]
    private var characters: [UInt32: Unicode.Scalar]?

    private init?(path: String) {
        var library: OpaquePointer?
        guard FT_Init_FreeType(&library) == 0, let library else { return nil }
        var face: UnsafeMutablePointer<FT_FaceRec_>?
        guard FT_New_Face(library, path, 0, &face) == 0, let face else { return nil }
        self.face = face
        unitsPerEm = Double(face.pointee.units_per_EM)
        let tag = FT_ULong(0x4D41_5448)  // 'MATH'
        var length: FT_ULong = 0
        guard FT_Load_Sfnt_Table(face, tag, 0, nil, &length) == 0, length > 0, length < 10_000_000 else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(length))
        guard FT_Load_Sfnt_Table(face, tag, 0, &bytes, &length) == 0,
              let table = OpenTypeMath(bytes) else { return nil }
        self.table = table
    }

    /// The glyph for a code point, or 0 when the font has none.
    func glyph(_ scalar: Unicode.Scalar) -> UInt32 {
        lock.lock()
        defer { lock.unlock() }
        if let cached = indexCache[scalar.value] { return cached }
        let index = UInt32(FT_Get_Char_Index(face, FT_ULong(scalar.value)))
        indexCache[scalar.value] = index
        return index
    }

    /// The lowest code point the font's cmap maps to `glyph`; nil for size variants and
    /// assembly pieces, which no code point reaches.
    func character(_ glyph: UInt32) -> Unicode.Scalar? {
        lock.lock()
        defer { lock.unlock() }
        if characters == nil {
            var map: [UInt32: Unicode.Scalar] = [:]
            var index: FT_UInt = 0
            var code = FT_Get_First_Char(face, &index)
            while index != 0 {
                if map[UInt32(index)] == nil, let scalar = Unicode.Scalar(UInt32(truncatingIfNeeded: code)) {
                    map[UInt32(index)] = scalar
                }
                code = FT_Get_Next_Char(face, code, &index)
            }
            characters = map
        }
        return characters?[glyph]
    }

    func metrics(_ glyph: UInt32) -> Metrics {
        lock.lock()
        defer { lock.unlock() }
        if let cached = metricsCache[glyph] { return cached }
        var m = Metrics(advance: 0, minX: 0, maxX: 0, height: 0, depth: 0, italicCorrection: 0, topAccent: nil)
        if FT_Load_Glyph(face, glyph, Int32(FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING)) == 0 {
            let g = face.pointee.glyph.pointee.metrics
            m.advance = Double(g.horiAdvance)
            m.minX = Double(g.horiBearingX)
            m.maxX = Double(g.horiBearingX + g.width)
            m.height = Double(g.horiBearingY)
            m.depth = Double(g.height - g.horiBearingY)
        }
        m.italicCorrection = table.italicCorrection[glyph] ?? 0
        m.topAccent = table.topAccent[glyph]
        metricsCache[glyph] = m
        return m
    }

    /// The glyph's outline in font units (y up).
    func outline(_ glyph: UInt32) -> [Path.Element] {
        lock.lock()
        defer { lock.unlock() }
        if let cached = outlineCache[glyph] { return cached }
        var elements: [Path.Element] = []
        if FT_Load_Glyph(face, glyph, Int32(FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING)) == 0,
           face.pointee.glyph.pointee.format == FT_GLYPH_FORMAT_OUTLINE {
            let sink = OutlineSink()
            var funcs = FT_Outline_Funcs(
                move_to: { to, user in OutlineSink.from(user).move(to!.pointee); return 0 },
                line_to: { to, user in OutlineSink.from(user).line(to!.pointee); return 0 },
                conic_to: { control, to, user in OutlineSink.from(user).conic(control!.pointee, to!.pointee); return 0 },
                cubic_to: { c1, c2, to, user in OutlineSink.from(user).cubic(c1!.pointee, c2!.pointee, to!.pointee); return 0 },
                shift: 0, delta: 0)
            let user = Unmanaged.passUnretained(sink).toOpaque()
            _ = FT_Outline_Decompose(&face.pointee.glyph.pointee.outline, &funcs, user)
            elements = sink.elements
        }
        outlineCache[glyph] = elements
        return elements
    }
}

/// Collects FreeType's outline callbacks as path elements (quadratic pieces become cubics).
private final class OutlineSink {
    var elements: [Path.Element] = []
    var current = Point2(0, 0)

    static func from(_ user: UnsafeMutableRawPointer?) -> OutlineSink {
        Unmanaged<OutlineSink>.fromOpaque(user!).takeUnretainedValue()
    }

    private func point(_ v: FT_Vector) -> Point2 { Point2(Double(v.x), Double(v.y)) }

    func move(_ to: FT_Vector) {
        if !elements.isEmpty { elements.append(.close) }
        current = point(to)
        elements.append(.move(current))
    }

    func line(_ to: FT_Vector) {
        current = point(to)
        elements.append(.line(current))
    }

    func conic(_ control: FT_Vector, _ to: FT_Vector) {
        let c = point(control), p = point(to)
        let c1 = Point2(current.x + 2 / 3 * (c.x - current.x), current.y + 2 / 3 * (c.y - current.y))
        let c2 = Point2(p.x + 2 / 3 * (c.x - p.x), p.y + 2 / 3 * (c.y - p.y))
        elements.append(.curve(c1, c2, p))
        current = p
    }

    func cubic(_ c1: FT_Vector, _ c2: FT_Vector, _ to: FT_Vector) {
        current = point(to)
        elements.append(.curve(point(c1), point(c2), current))
    }
}
