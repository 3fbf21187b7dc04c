import Foundation
import XCTest
@testable import GDVizRender

final class FontLibraryTests: XCTestCase {
    func testLoadsEveryRoleFromAnExistingFile() throws {
        let fonts = try FontLibrary.shared()
        for role in FontRole.allCases {
            let path = try XCTUnwrap(fonts.paths[role])
            XCTAssertTrue(FileManager.default.fileExists(atPath: path), path)
        }
    }

    func testFontDirectoryIsSearchedFirst() throws {
        let dir = NSTemporaryDirectory() + "gdviz-fonts-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let system = FontLibrary.defaultPaths[.sans]!
        XCTAssertEqual(try FontLibrary.locate(system, fontDirectory: dir), system)
        XCTAssertTrue(FileManager.default.createFile(atPath: dir + "/DejaVuSans.ttf", contents: Data([0])))
        XCTAssertEqual(try FontLibrary.locate(system, fontDirectory: dir), dir + "/DejaVuSans.ttf")
    }

    func testMissingFontNamesTheFileAndTheFix() {
        XCTAssertThrowsError(try FontLibrary.locate("/nonexistent/Missing.ttf", fontDirectory: "/also/not")) { error in
            let message = String(describing: error)
            XCTAssertTrue(message.contains("Missing.ttf"), message)
            XCTAssertTrue(message.contains("/also/not/Missing.ttf"), message)
            XCTAssertTrue(message.contains("make setup"), message)
        }
    }
}
