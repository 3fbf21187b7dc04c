import Foundation
import XCTest
@testable import GDVizRender

final class AtomicFileTests: XCTestCase {
    private var dir = ""

    override func setUpWithError() throws {
        dir = NSTemporaryDirectory() + "gdviz-atomic-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: dir)
    }

    private func contents(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { Array($0) }
    }

    func testCreatesParentsAndReplacesExistingFile() throws {
        let path = dir + "/a/b/out.png"
        try AtomicFile.write([1, 2, 3], to: path)
        XCTAssertEqual(contents(path), [1, 2, 3])
        try AtomicFile.write([9], to: path)
        XCTAssertEqual(contents(path), [9])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir + "/a/b"), ["out.png"])
    }

    func testFailedRenameLeavesDestinationAndNoTemporaryFile() throws {
        let path = dir + "/target"
        try FileManager.default.createDirectory(atPath: path + "/keep", withIntermediateDirectories: true)
        XCTAssertThrowsError(try AtomicFile.write([1], to: path)) { error in
            guard case RenderError.fileWrite = error else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), ["target"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: path), ["keep"])
    }

    func testParentThatIsAFileFails() throws {
        try AtomicFile.write([1], to: dir + "/file")
        XCTAssertThrowsError(try AtomicFile.write([2], to: dir + "/file/child"))
        XCTAssertEqual(contents(dir + "/file"), [1])
    }
}
