import XCTest
@testable import GDVizRender
@testable import GDVizScene

/// The tables of layer and panel kinds are complete: every kind can be drawn, and its names are unique.
final class LayerTableTests: XCTestCase {
    private func evaluatedType<Kind: LayerSpecification>(_ kind: Kind.Type) -> Any.Type { Kind.Evaluated.self }
    private func evaluatedPanelType<Kind: PanelSpecification>(_ kind: Kind.Type) -> Any.Type { Kind.Evaluated.self }

    func testEveryLayerKindHasADrawing() {
        for kind in LayerTable.all {
            XCTAssertTrue(evaluatedType(kind) is DrawableLayer.Type, "\(kind.kind.name) has no DrawableLayer conformance")
        }
    }

    func testEveryPanelKindHasADrawing() {
        for kind in PanelTable.all {
            XCTAssertTrue(evaluatedPanelType(kind) is DrawablePanel.Type, "\(kind.kind.name) has no DrawablePanel conformance")
        }
    }

    func testNamesAndKeysAreUnique() {
        let names = LayerTable.kinds.map(\.name)
        XCTAssertEqual(Set(names).count, names.count, "layer names")
        let panelNames = PanelTable.kinds.map(\.name)
        XCTAssertEqual(Set(panelNames).count, panelNames.count, "panel names")
        for kind in LayerTable.kinds {
            let keys = kind.allowedKeys
            XCTAssertEqual(Set(keys).count, keys.count, "\(kind.name) keys")
            for key in kind.keys {
                XCTAssertFalse(key.summary.isEmpty, "\(kind.name).\(key.name) has no doc line")
                XCTAssertFalse(key.required && key.defaultJSON != nil, "\(kind.name).\(key.name): required with a default")
            }
        }
    }
}
