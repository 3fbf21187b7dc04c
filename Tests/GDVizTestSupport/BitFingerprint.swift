import GDVizEngine

/// Every number inside a value, bit for bit, with the names of the fields and types that hold
/// them: two values have equal fingerprints when they hold the same doubles (same bits, so −0 ≠ 0
/// and each NaN payload counts) in the same structure. Walks any value by reflection; the bulk
/// arrays of results (samples, points) are read directly, which keeps it fast. Names and text
/// enter as 64-bit FNV-1a hashes.
package enum BitFingerprint {
    package static func of(_ value: Any) -> [UInt64] {
        var out: [UInt64] = []
        walk(value, label: "", into: &out)
        return out
    }

    private static func walk(_ value: Any, label: String, into out: inout [UInt64]) {
        out.append(hash(label))
        switch value {
        case let d as Double:
            out.append(d.bitPattern)
            return
        case let ds as [Double]:
            out.append(UInt64(ds.count))
            out.append(contentsOf: ds.lazy.map(\.bitPattern))
            return
        case let p as Point2:
            out.append(p.x.bitPattern)
            out.append(p.y.bitPattern)
            return
        case let ps as [Point2]:
            out.append(UInt64(ps.count))
            for p in ps {
                out.append(p.x.bitPattern)
                out.append(p.y.bitPattern)
            }
            return
        case let x as Int:
            out.append(UInt64(bitPattern: Int64(x)))
            return
        case let s as String:
            out.append(hash(s))
            return
        case let b as Bool:
            out.append(b ? 1 : 0)
            return
        default:
            break
        }
        let mirror = Mirror(reflecting: value)
        out.append(hash("\(mirror.subjectType)"))
        if mirror.displayStyle == .enum { out.append(hash(String(describing: value).prefix(80))) }
        var children: [[UInt64]] = mirror.children.map { child in
            var part: [UInt64] = []
            walk(child.value, label: child.label ?? "", into: &part)
            return part
        }
        // A dictionary's order is its hashing's, not its content's.
        if mirror.displayStyle == .dictionary || mirror.displayStyle == .set {
            children.sort { $0.lexicographicallyPrecedes($1) }
        }
        out.append(UInt64(children.count))
        for child in children { out.append(contentsOf: child) }
    }

    private static func hash<S: StringProtocol>(_ text: S) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return h
    }
}
