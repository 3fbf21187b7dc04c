import Foundation
import GDVizTestSupport
import XCTest
@testable import GDVizCheck
import GDVizRender
import GDVizScene

final class OutputSafetyTests: XCTestCase {
    func testPathTextNeverTrapsOnShortNames() {
        for (path, last, parent, ext, stem) in [
            ("x", "x", "", "", "x"), ("-", "-", "", "", "-"), ("/", "/", "/", "", "/"), ("a/b.png", "b.png", "a", "png", "b"),
            ("/c", "c", "/", "", "c"), ("d/", "d", "", "", "d"), (".hidden", ".hidden", "", "", ".hidden"),
            ("...json", "...json", "", "json", ".."), ("a.tar.gz", "a.tar.gz", "", "gz", "a.tar"),
        ] {
            XCTAssertEqual(PathText.lastComponent(path), last, path)
            XCTAssertEqual(PathText.parent(path), parent, path)
            XCTAssertEqual(PathText.pathExtension(path), ext, path)
            XCTAssertEqual(PathText.stem(path), stem, path)
        }
        XCTAssertEqual(PathText.join("", "a"), "a")
        XCTAssertEqual(PathText.join("out/", "a"), "out/a")
    }

    func testResolveFollowsSymlinksAndDotDotOfFoldersNotYetCreated() throws {
        let dir = try temporaryFolder()
        let real = OutputSafety.resolve(dir.path)
        XCTAssertEqual(OutputSafety.resolve(dir.path + "/new/deeper/../../s.json"), real + "/s.json")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/link", withDestinationPath: dir.path)
        XCTAssertEqual(OutputSafety.resolve(dir.path + "/link/x.png"), real + "/x.png")
        XCTAssertTrue(OutputSafety.isInside(dir.path + "/link/a/b.json", folder: dir.path))
        XCTAssertFalse(OutputSafety.isInside(dir.path + "x/b.json", folder: dir.path), "a sibling with the same prefix is outside")
    }

    func testProblems() throws {
        let dir = try temporaryFolder()
        let input = dir.path + "/s.json"
        try Data("{}".utf8).write(to: URL(fileURLWithPath: input))
        try FileManager.default.linkItem(atPath: input, toPath: dir.path + "/hard.json")
        let cases: [(String, String?)] = [
            (input, "which is the input"),
            (dir.path + "/hard.json", "which is the input"),   // same inode
            (dir.path, "which is a folder"),
            ("/dev/null", "which is a character device"),
            (dir.path + "/fresh.png", nil),
        ]
        for (path, needle) in cases {
            let problem = OutputSafety.problem(outputs: [.init(path, role: "the image")], inputs: [input])
            if let needle {
                XCTAssertTrue(problem?.contains(needle) == true, "\(path): \(problem ?? "nil")")
            } else {
                XCTAssertNil(problem, path)
            }
        }
        let twice = OutputSafety.problem(outputs: [.init(dir.path + "/a.png", role: "the image of a"),
                                                   .init(dir.path + "/./a.png", role: "the image of b")], inputs: [])
        XCTAssertEqual(twice, "the image of a and the image of b would both be written to \(dir.path)/./a.png; give each its own name")
    }

    func testRenderPlan() throws {
        XCTAssertEqual(try RenderPlan.jobs(scenes: ["a/s.json"], output: nil, format: nil),
                       [.init(scene: "a/s.json", destination: "Renders/s.png", format: .png)])
        XCTAssertEqual(try RenderPlan.jobs(scenes: ["s.json"], output: "x", format: nil).first?.format, .png)
        XCTAssertEqual(try RenderPlan.jobs(scenes: ["s.json"], output: "x.pdf", format: nil).first?.format, .pdf)
        XCTAssertEqual(try RenderPlan.jobs(scenes: ["a.json", "b.json"], output: "out", format: .svg).map(\.destination),
                       ["out/a.svg", "out/b.svg"])
        XCTAssertThrowsError(try RenderPlan.jobs(scenes: ["a.json", "b.json"], output: "both.png", format: nil)) { error in
            XCTAssertEqual("\(error)", "2 scenes cannot all be written to the file both.png; give a folder instead, e.g. -o both/")
        }
        XCTAssertThrowsError(try RenderPlan.jobs(scenes: ["s.json"], output: "-", format: nil))
        XCTAssertThrowsError(try RenderPlan.jobs(scenes: ["s.json"], output: "x.gif", format: nil))
        XCTAssertThrowsError(try RenderPlan.jobs(scenes: ["s.json"], output: "x.png", format: .svg))
    }

    func testSceneListExpandsFolders() throws {
        let dir = try temporaryFolder()
        for name in ["b.json", "a.json", "notes.txt", ".hidden.json"] { try Data().write(to: dir.appendingPathComponent(name)) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub.json"), withIntermediateDirectories: true)
        XCTAssertEqual(try SceneList.expand([dir.path, "x.json"]), [dir.path + "/a.json", dir.path + "/b.json", "x.json"])
        XCTAssertThrowsError(try SceneList.expand([dir.appendingPathComponent("sub.json").path])) { error in
            XCTAssertTrue("\(error)".contains("has no .json scene files"), "\(error)")
        }
    }
}
