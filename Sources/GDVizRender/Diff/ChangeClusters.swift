/// A rectangle of pixels: columns `x ..< x + width`, rows `y ..< y + height`.
package struct PixelBox: Sendable, Equatable, Codable, CustomStringConvertible {
    package var x: Int, y: Int, width: Int, height: Int

    package init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }

    package var maxX: Int { x + width }
    package var maxY: Int { y + height }

    /// `x,y WxH`, e.g. `120,40 12x9`.
    package var description: String { "\(x),\(y) \(width)x\(height)" }

    func union(_ o: PixelBox) -> PixelBox {
        let nx = min(x, o.x), ny = min(y, o.y)
        return PixelBox(x: nx, y: ny, width: max(maxX, o.maxX) - nx, height: max(maxY, o.maxY) - ny)
    }

    func padded(by pad: Int, width w: Int, height h: Int) -> PixelBox {
        let nx = max(0, x - pad), ny = max(0, y - pad)
        return PixelBox(x: nx, y: ny, width: min(w, maxX + pad) - nx, height: min(h, maxY + pad) - ny)
    }

    func intersects(_ o: PixelBox) -> Bool {
        x < o.maxX && o.x < maxX && y < o.maxY && o.y < maxY
    }
}

/// Groups changed pixels into clusters for the report and the diff image's magenta boxes.
///
/// Clusters are the 8-connected components of the changed pixels; components whose boxes,
/// padded by ``padding`` pixels, overlap are merged, so one changed glyph or marker gives one
/// box. Each cluster is reported by its tight bounding box. Above ``maxClusters`` clusters
/// (noise all over the image) a single box around every change is reported instead.
enum ChangeClusters {
    static let padding = 4
    static let maxClusters = 256

    static func boxes(changed: [Bool], width: Int, height: Int) -> [PixelBox] {
        var components: [PixelBox] = []
        var seen = [Bool](repeating: false, count: changed.count)
        var stack: [Int] = []
        changed.withUnsafeBufferPointer { changed in
            for start in 0..<changed.count where changed[start] && !seen[start] {
                seen[start] = true
                stack.append(start)
                var minX = Int.max, minY = Int.max, maxX = Int.min, maxY = Int.min
                while let p = stack.popLast() {
                    let px = p % width, py = p / width
                    minX = min(minX, px); maxX = max(maxX, px); minY = min(minY, py); maxY = max(maxY, py)
                    for ny in max(0, py - 1)...min(height - 1, py + 1) {
                        for nx in max(0, px - 1)...min(width - 1, px + 1) {
                            let n = ny * width + nx
                            if changed[n] && !seen[n] { seen[n] = true; stack.append(n) }
                        }
                    }
                }
                components.append(PixelBox(x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1))
            }
        }
        return merge(components, width: width, height: height)
    }

    /// Merges boxes whose padded versions overlap, until no two do.
    static func merge(_ components: [PixelBox], width: Int, height: Int) -> [PixelBox] {
        var merged: [PixelBox] = []
        for component in components {
            var box = component
            var changed = true
            while changed {
                changed = false
                let padded = box.padded(by: padding, width: width, height: height)
                if let k = merged.firstIndex(where: { $0.padded(by: padding, width: width, height: height).intersects(padded) }) {
                    box = box.union(merged.remove(at: k))
                    changed = true
                }
            }
            merged.append(box)
            if merged.count > maxClusters {
                return [components.dropFirst().reduce(components[0]) { $0.union($1) }]
            }
        }
        return merged.sorted { ($0.y, $0.x) < ($1.y, $1.x) }
    }
}
