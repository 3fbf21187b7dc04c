import XCTest
@testable import GDVizScene

/// `"size"` with units, `"font_size"` and `"font"`: one device unit is one point (1/72 in).
final class PhysicalSizeTests: XCTestCase {
    private func scene(_ extra: String) throws -> Scene {
        try SceneLoader.parse(scene2D(extra), file: "test.json")
    }

    func testUnitsConvertToPoints() throws {
        let tolerance = 1e-9
        XCTAssertEqual(Length.points("12cm")!, 12 / 2.54 * 72, accuracy: tolerance)
        XCTAssertEqual(Length.points("90mm")!, 9 / 2.54 * 72, accuracy: tolerance)
        XCTAssertEqual(Length.points("3.5in")!, 252, accuracy: tolerance)
        XCTAssertEqual(Length.points("10pt")!, 10, accuracy: tolerance)
        XCTAssertEqual(Length.points("800px")!, 800, accuracy: tolerance)
        for bad in ["12", "cm", "12 cm", "-3cm", "1e3cm", ".5in", "5.in", "12parsecs", "12CM", "1.2.3cm", ""] {
            XCTAssertNil(Length.points(bad), bad)
        }
    }

    func testPhysicalSizeAndItsDefaultFontSize() throws {
        let s = try scene(#""size": {"width": "12cm", "height": "8cm"}"#)
        XCTAssertEqual(s.width, 340.15748, accuracy: 1e-4)
        XCTAssertEqual(s.height, 226.77165, accuracy: 1e-4)
        XCTAssertEqual(s.fontSize, SceneDefaults.physicalFontSize)
        XCTAssertEqual(s.font, .sans)
    }

    func testPixelSizesKeepTheirMeaning() throws {
        let s = try scene(#""size": {"width": 640, "height": "480px"}"#)
        XCTAssertEqual(s.width, 640)
        XCTAssertEqual(s.height, 480)
        XCTAssertEqual(s.fontSize, SceneDefaults.fontSize, "px is not a physical unit: the slide default stays")
    }

    func testFontSizeAndFont() throws {
        let s = try scene(#""size": {"width": "4in", "height": "3in"}, "font_size": "9pt", "font": "serif""#)
        XCTAssertEqual(s.fontSize, 9)
        XCTAssertEqual(s.font, .serif)
        XCTAssertEqual(try scene(#""font_size": 24, "font": "latin-modern-sans""#).fontSize, 24)
        XCTAssertEqual(try scene(#""font_size": "0.5cm""#).fontSize, 0.5 / 2.54 * 72, accuracy: 1e-9)
    }

    func testBadLengthsAreReportedWithTheirPaths() {
        let issues = sceneIssues(scene2D(#"""
            "size": {"width": "12 parsecs", "height": "-3cm"}, "font_size": 0, "font": "comic"
            """#)).lines
        XCTAssertEqual(issues, [
            #"$.size.width: expected a length such as "12cm": a number and one of the units cm, mm, in, pt, px, got "12 parsecs""#,
            #"$.size.height: expected a length such as "12cm": a number and one of the units cm, mm, in, pt, px, got "-3cm" (a length cannot be negative)"#,
            #"$.font_size: expected a size from 4 to 72 pt, as a number or with a unit ("10pt"), got 0"#,
            #"$.font: expected one of "sans", "serif", "latin-modern-sans"; got "comic""#,
        ])
    }

    func testZeroAndHugeLengthsAreOutOfRange() {
        let issues = sceneIssues(scene2D(#""size": {"width": "0cm", "height": "1000in"}, "font_size": "2in""#)).lines
        XCTAssertEqual(issues, [
            #"$.size.width: expected a length from 50 pt (1.76 cm) to 8000 pt (282.22 cm), got "0cm" = 0 pt"#,
            #"$.size.height: expected a length from 50 pt (1.76 cm) to 8000 pt (282.22 cm), got "1000in" = 72000 pt"#,
            #"$.font_size: expected a length from 4 pt (0.14 cm) to 72 pt (2.54 cm), got "2in" = 144 pt"#,
        ])
        XCTAssertEqual(sceneIssues(scene2D(#""size": {"width": true}"#)).lines,
                       [#"$.size.width: expected a number of pixels or a length such as "12cm" (cm, mm, in, pt, px), got true"#])
    }
}
