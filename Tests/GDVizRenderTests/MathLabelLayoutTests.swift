import XCTest
@testable import GDVizRender
import GDVizEngine

/// The typesetter, checked through the boxes it builds: glyph indices of Latin Modern Math,
/// rules and offsets. Each construct must differ from its neighbours where TeX's output does.
final class MathLabelLayoutTests: XCTestCase {
    private final class MeasuringCanvas: Canvas {
        func fill(_ path: Path, color: Color) {}
        func stroke(_ path: Path, style: StrokeStyle) {}
        func pushClip(_ rect: DeviceRect) {}
        func popClip() {}
        func measure(_ text: String, font: FontRole, size: Double) -> TextExtents {
            TextExtents(width: 0.6 * size * Double(text.count), ascent: 0.75 * size, descent: 0.25 * size)
        }
        func drawText(_ text: String, font: FontRole, size: Double, at origin: Point2, angle: Double, color: Color) {}
    }

    private let size = 20.0
    private func box(_ label: String, limits: Bool = false) -> TextBox {
        TextLayout(canvas: MeasuringCanvas()).layout(label, size: size, limits: limits)
    }
    private func ids(_ label: String) -> [UInt32] { box(label).glyphs.map(\.id) }
    private var font: MathFont { MathFont.shared! }

    func testMathTableConstantsAreLatinModernMath() throws {
        let c = try XCTUnwrap(MathFont.shared).table.constants
        XCTAssertEqual(c.scriptPercentScaleDown, 70)
        XCTAssertEqual(c.scriptScriptPercentScaleDown, 50)
        XCTAssertEqual(c.axisHeight, 250)
        XCTAssertEqual(c.fractionRuleThickness, 40)
        XCTAssertFalse(font.table.vertical.isEmpty, "size variants for delimiters")
        XCTAssertNotNil(font.table.vertical[font.glyph("(")]?.assembly, "parentheses extend beyond their variants")
    }

    func testEveryAccentAddsADistinctMarkToTheBareLetter() {
        let bare = ids("$x$")
        XCTAssertEqual(bare.count, 1)
        var marks: Set<UInt32> = []
        for accent in ["hat", "tilde", "bar", "vec", "dot", "ddot"] {
            let accented = ids("$\\\(accent){x}$")
            XCTAssertEqual(accented.count, 2, accent)
            XCTAssertEqual(accented.first, bare.first, "\(accent): the letter stays")
            marks.insert(accented[1])
        }
        XCTAssertEqual(marks.count, 6, "six different accent glyphs")
        XCTAssertEqual(box("$\\overline{x+y}$").rules.count, 1)
        XCTAssertEqual(box("$\\underline{x}$").rules.first.map { $0.rect.minY > 0 }, true, "below the baseline")
    }

    func testAnAccentSitsOnTheLettersSlantedCentre() {
        let b = box("$\\hat{x}$")
        let letter = b.glyphs[0], mark = b.glyphs[1]
        let attachment = font.metrics(letter.id).topAccent! * letter.size / font.unitsPerEm
        let m = font.metrics(mark.id)
        let markCentre = mark.offset.x + (m.topAccent ?? (m.minX + m.maxX) / 2) * mark.size / font.unitsPerEm
        XCTAssertEqual(markCentre, letter.offset.x + attachment, accuracy: 1e-9)
    }

    func testFontsMapToTheirAlphabets() {
        let forms = ["$R$", "$\\mathbb{R}$", "$\\mathcal{R}$", "$\\mathbf{R}$", "$\\mathrm{R}$", "$\\boldsymbol{R}$",
                     "$\\text{R}$"]
        let glyphs = forms.map { ids($0) }
        XCTAssertEqual(Set(glyphs.map { $0.first! }).count, 6, "\\mathrm and \\text are the same upright R")
        XCTAssertEqual(glyphs[4], glyphs[6])
        XCTAssertEqual(ids("$\\mathbb{R}$").first, font.glyph("ℝ"))
        XCTAssertEqual(ids("$\\boldsymbol{\\theta}$").first, font.glyph(Unicode.Scalar(0x1D73D)!))
    }

    func testScriptsAreScriptSizedAndShiftedByTheFontsConstants() {
        let b = box("$x_i^2$")
        let base = b.glyphs[0], sup = b.glyphs[1], sub = b.glyphs[2]
        XCTAssertEqual(sup.size, base.size * 0.7, accuracy: 1e-9)
        XCTAssertEqual(sub.size, base.size * 0.7, accuracy: 1e-9)
        let k = base.size / font.unitsPerEm
        XCTAssertGreaterThanOrEqual(-sup.offset.y, font.table.constants.superscriptShiftUp * k - 1e-9)
        XCTAssertGreaterThanOrEqual(sub.offset.y, font.table.constants.subscriptShiftDown * k - 1e-9)
        XCTAssertEqual(box("$x^{y^z}$").glyphs[2].size, base.size * 0.5, accuracy: 1e-9, "second level is scriptscript")
    }

    func testLimitsGoAboveAndBelowInTitlesAndBesideInline() {
        let stacked = box("$\\sum_{i}^{n}$", limits: true).glyphs
        let inline = box("$\\sum_{i}^{n}$", limits: false).glyphs
        let sigma = stacked[0]
        XCTAssertLessThan(stacked[1].offset.y, sigma.offset.y - 10, "n above")
        XCTAssertGreaterThan(stacked[2].offset.y, sigma.offset.y, "i below")
        XCTAssertLessThan(abs(stacked[1].offset.x - stacked[2].offset.x), 3, "both centred on the operator")
        XCTAssertGreaterThan(inline[1].offset.x, inline[0].offset.x + 5, "inline: n to the right")
        XCTAssertGreaterThan(box("$$\\sum$$").height, box("$\\sum$").height, "display size variant")
        XCTAssertNotEqual(box("$\\argmin_x$", limits: true).glyphs.last!.offset.y, box("$\\argmin_x$").glyphs.last!.offset.y)
    }

    func testDelimitersGrowWithTheirContent() {
        let small = box("$\\left( x \\right)$")
        let tall = box("$\\left( \\frac{\\frac{a}{b}}{c} \\right)$")
        let smallParen = small.glyphs[0].id, tallParen = tall.glyphs[0].id
        XCTAssertNotEqual(smallParen, tallParen, "a larger size variant")
        let huge = box("$\\left( \\begin{matrix} a \\\\ b \\\\ c \\\\ d \\\\ e \\\\ f \\end{matrix} \\right)$")
        XCTAssertGreaterThan(huge.glyphs.filter { [$0.id] != [tall.glyphs[0].id] }.count, 8,
                             "beyond the variants the parenthesis is assembled from pieces")
        XCTAssertGreaterThan(huge.height, tall.height)
    }

    func testNormsFloorsCeilingsAndAnglesUseTheirGlyphs() {
        for (label, glyph) in [("$\\|x\\|$", "‖"), ("$\\lfloor x \\rfloor$", "⌊"), ("$\\lceil x \\rceil$", "⌈"),
                               ("$\\langle x \\rangle$", "⟨")] {
            XCTAssertEqual(ids(label).first, font.glyph(glyph.unicodeScalars.first!), label)
        }
    }

    func testFractionsHaveARuleOnTheAxisAndBinomialsNone() {
        let f = box("$\\frac{1}{2}$")
        XCTAssertEqual(f.rules.count, 1)
        let axis = font.table.constants.axisHeight * size * TextLayout.mathScale(.sans) / font.unitsPerEm
        XCTAssertEqual(f.rules[0].rect.center.y, -axis, accuracy: 1e-9)
        XCTAssertTrue(box("$\\binom{n}{k}$").rules.isEmpty)
        XCTAssertGreaterThan(box("$\\dfrac{1}{2}$").height, box("$\\tfrac{1}{2}$").height)
        XCTAssertEqual(box("$\\tfrac{1}{2}$").height, f.height, accuracy: 1e-9, "inline \\frac is \\tfrac")
    }

    func testRootsWithAndWithoutDegree() {
        let plain = box("$\\sqrt{x}$"), cube = box("$\\sqrt[3]{x}$")
        XCTAssertEqual(plain.rules.count, 1)
        XCTAssertEqual(cube.glyphs.count, plain.glyphs.count + 1)
        XCTAssertEqual(cube.glyphs.first { $0.id == font.glyph("3") }?.size ?? 0, size * TextLayout.mathScale(.sans) * 0.5,
                       accuracy: 1e-9, "the degree is in scriptscript size")
    }

    func testMatrixEnvironmentsDifferOnlyInTheirDelimiters() {
        let cells = "a & b \\\\ c & d"
        let p = ids("$\\begin{pmatrix}\(cells)\\end{pmatrix}$"), b = ids("$\\begin{bmatrix}\(cells)\\end{bmatrix}$")
        let v = ids("$\\begin{vmatrix}\(cells)\\end{vmatrix}$"), m = ids("$\\begin{matrix}\(cells)\\end{matrix}$")
        XCTAssertEqual(m.count, 4)
        XCTAssertEqual(Set([p.first!, b.first!, v.first!]).count, 3)
        XCTAssertEqual(Array(p.dropFirst().dropLast()), m)
        let four = box("$\\begin{bmatrix} 1&2&3&4 \\\\ 5&6&7&8 \\\\ 1&2&3&4 \\\\ 5&6&7&8 \\end{bmatrix}$")
        XCTAssertGreaterThan(four.height, box("$\\begin{bmatrix}\(cells)\\end{bmatrix}$").height)
    }

    func testBracesAndCases() {
        let under = box("$\\underbrace{a+b}_{n}$")
        let n = under.glyphs.last!
        XCTAssertGreaterThan(n.offset.y, size * 0.8, "the label sits under the brace")
        let brace = font.glyph("{")
        let braces = [brace] + (font.table.vertical[brace]?.variants.map(\.glyph) ?? [])
        XCTAssertTrue(braces.contains(ids("$\\begin{cases} 1 & x \\end{cases}$").first!), "a { of some size")
    }

    func testDotsAndRelationsAreTheirOwnGlyphs() {
        let names = ["cdots", "ldots", "vdots", "ddots", "succ", "succeq", "preceq", "approx", "propto", "sim", "odot",
                     "otimes", "circ", "nabla", "partial", "infty", "in", "notin", "subset", "to", "mapsto", "leftarrow",
                     "Rightarrow", "le", "ge", "neq", "cdot", "times"]
        let glyphs = names.map { ids("$\\\($0)$") }
        XCTAssertTrue(glyphs.allSatisfy { $0.count == 1 && $0[0] != 0 })
        XCTAssertEqual(Set(glyphs.map { $0[0] }).count, names.count)
    }

    func testSpacingCommandsWidenInOrder() {
        let widths = [",", ":", ";", "quad", "qquad"].map { box("$a\\\($0)b$").width }
        XCTAssertEqual(widths, widths.sorted())
        XCTAssertLessThan(box("$a\\!b$").width, box("$ab$").width)
    }

    func testLineBreaksStackLines() {
        let one = box("Title"), two = box("Title\\\\$\\alpha$ second")
        XCTAssertGreaterThan(two.height, one.height + size)
        XCTAssertEqual(two.ascent, one.ascent)
    }
}
