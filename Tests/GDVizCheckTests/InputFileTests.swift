import Foundation
import XCTest
@testable import GDVizCheck
import GDVizRender
import GDVizScene

/// Images and scenes are read only from regular files of bounded size.
final class InputFileTests: XCTestCase {
    func testDevicesFoldersAndFIFOsAreRefusedAtOnce() throws {
        XCTAssertThrowsError(try ImageFile.readBytes("/dev/zero", role: "actual")) { error in
            XCTAssertEqual("\(error)", "cannot read actual /dev/zero: a character device, not a regular file")
        }
        XCTAssertThrowsError(try ImageFile.readBytes("/tmp", role: "expected")) { error in
            XCTAssertEqual("\(error)", "cannot read expected /tmp: a folder, not a regular file")
        }
        let fifo = FileManager.default.temporaryDirectory.appendingPathComponent("gdviz-fifo-\(UUID().uuidString)").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        defer { unlink(fifo) }
        // Would block forever if the FIFO were opened for a blocking read.
        XCTAssertThrowsError(try RegularFile.read(fifo, limit: 10)) { error in
            XCTAssertEqual("\(error)", "a FIFO (named pipe), not a regular file")
        }
        XCTAssertThrowsError(try ImageFile.readBytes("/no/such/file.png", role: "reference")) { error in
            XCTAssertEqual("\(error)", "reference /no/such/file.png: no such file")
        }
    }

    func testSizeCapIsStated() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("gdviz-big-\(UUID().uuidString)")
        try Data(repeating: 32, count: 3000).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        XCTAssertThrowsError(try RegularFile.read(file.path, limit: 2048)) { error in
            XCTAssertEqual("\(error)", "the file is 3000 bytes; the limit is 2048 bytes")
        }
        XCTAssertEqual(try RegularFile.read(file.path, limit: 3000).count, 3000)
        XCTAssertEqual(RegularFile.size(RegularFile.sceneLimit), "8 MiB")
    }

    func testOneLineKeepsTheFirstLineAndCountsTheRest() {
        XCTAssertEqual(ErrorText.oneLine("a: $.x: bad"), "a: $.x: bad")
        XCTAssertEqual(ErrorText.oneLine("a\n    b\nc"), "a (+2 more lines in the report)")
    }

    func testSettingsText() {
        XCTAssertEqual(MetricsText.settings(ComparisonOptions()), "mode exact")
        XCTAssertTrue(MetricsText.settings(ComparisonOptions(mode: .tolerant, maxDiffPixels: .max)).contains("max diff pixels unlimited"))
    }
}
